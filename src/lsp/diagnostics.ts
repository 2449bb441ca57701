// Diagnostics: a document's findings linted and published, unless a newer text has come meanwhile.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../types';
import type { ServerState } from './context';
import { rangeOf } from './positions';

/**
 * How many diagnostics a document gets at most, the rest counted in one more: an editor slows to a stop under a
 * hundred thousand (a 50 MB document had 126,000), while a 50,000-word article with a slip in every sentence (about
 * 8,000) still shows them all.
 */
export const MAX_DIAGNOSTICS = 10_000;

export function toDiagnostic(state: ServerState, document: TextDocument, message: Message): Diagnostic {
  const docs = message.ruleId && !message.fatal ? state.ruleDocs.get(message.ruleId) : undefined;
  return {
    range: rangeOf(document, message.range, state.encoding),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'copydesk',
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(docs !== undefined ? { codeDescription: { href: docs } } : {}),
  };
}

/** Lints the document as it is now and publishes, unless a newer version has come meanwhile. */
export async function lintNow(state: ServerState, uri: string): Promise<void> {
  const { connection, documents } = state;
  const open = documents.get(uri);
  if (!open) return;
  const { document } = open;
  const version = document.version;
  if (!state.settings.enable) {
    open.linted = { version, messages: [] };
    void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  // Closed, reopened or edited while this runs: the newer text gets its own lint.
  const isStale = (): boolean => documents.get(uri) !== open || open.document.version !== version;
  let messages: readonly Message[] = [];
  try {
    const linted = await state.workspace.lintInSteps(document, isStale);
    if (linted === 'stale') return;
    messages = linted;
    // The rules were resolved for the lint: their pages come from the same cache.
    if (linted.some((message) => message.ruleId && !message.fatal)) for (const [id, docs] of await state.workspace.ruleDocsOf(document)) state.ruleDocs.set(id, docs);
    state.problems.clearBrokenConfigs();
  } catch (error) {
    state.problems.report(error);
  }
  if (isStale()) return;
  open.linted = { version, messages };
  const shown = messages.slice(0, MAX_DIAGNOSTICS).map((message) => toDiagnostic(state, document, message));
  if (messages.length > MAX_DIAGNOSTICS) shown.push(notShown(state, document, messages));
  void connection.sendDiagnostics({ uri, version, diagnostics: shown });
}

/** The diagnostic that says how many were left out, where the first of them is. */
function notShown(state: ServerState, document: TextDocument, messages: readonly Message[]): Diagnostic {
  return {
    range: rangeOf(document, messages[MAX_DIAGNOSTICS]!.range, state.encoding),
    severity: DiagnosticSeverity.Information,
    source: 'copydesk',
    message: `copydesk shows the first ${withCommas(MAX_DIAGNOSTICS)} of ${withCommas(messages.length)} problems in this document; run copydesk on the file to see them all`,
  };
}

/** 126000 as 126,000, without loading the ICU data toLocaleString needs. */
function withCommas(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
