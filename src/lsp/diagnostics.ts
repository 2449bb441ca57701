// Diagnostics: a document's findings linted and published, unless a newer text has come meanwhile.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../types';
import type { ServerState } from './context';
import { rangeOf } from './positions';

export function toDiagnostic(state: ServerState, document: TextDocument, message: Message): Diagnostic {
  return {
    range: rangeOf(document, message.range, state.encoding),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'copydesk',
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.ruleId && state.docsUrl && !message.fatal ? { codeDescription: { href: state.docsUrl } } : {}),
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
    state.problems.clearBrokenConfigs();
  } catch (error) {
    state.problems.report(error);
  }
  if (isStale()) return;
  open.linted = { version, messages };
  void connection.sendDiagnostics({ uri, version, diagnostics: messages.map((message) => toDiagnostic(state, document, message)) });
}
