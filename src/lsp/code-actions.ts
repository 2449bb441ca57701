// Code action requests: the quick fixes for the findings under the cursor (see actions.ts) and "Fix all copydesk
// problems", whose edit is made when it is asked for, or when the action is resolved if the client can resolve it.
import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../types';
import { FIX_ALL_KIND, quickFixes } from './actions';
import type { Open, ServerState } from './context';
import { toDiagnostic } from './diagnostics';
import { offsetOf, rangeOf } from './positions';

/** Whether an action of `kind` is among those asked for (`only`: kinds and their parents, such as `source`). */
function isWanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

export function listenToCodeActions(state: ServerState): void {
  const { connection, documents, problems } = state;
  connection.onCodeAction(async (params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> => {
    const open = documents.get(params.textDocument.uri);
    if (!open || !state.settings.enable) return [];
    const { document } = open;
    try {
      return await codeActions(state, open, document, params, token);
    } catch (error) {
      problems.report(error);
      return [];
    }
  });

  connection.onCodeActionResolve(async (action: CodeAction): Promise<CodeAction> => {
    const { uri, version } = (action.data ?? {}) as { uri?: unknown; version?: unknown };
    const open = typeof uri === 'string' ? documents.get(uri) : undefined;
    // Asked for an older text: no edit, rather than one that no longer fits.
    if (action.kind !== FIX_ALL_KIND || !open || open.document.version !== version) return action;
    try {
      const edit = await fixAllEdit(state, open, open.document);
      return { ...action, edit: edit ?? { changes: {} } };
    } catch (error) {
      problems.report(error);
      return action;
    }
  });
}

/** The messages for the document's current text: the published ones when they are current, else a lint now. */
async function currentMessages(state: ServerState, open: Open): Promise<readonly Message[]> {
  if (open.linted?.version === open.document.version) return open.linted.messages;
  const messages = (await state.workspace.lint(open.document, false))?.messages ?? [];
  open.linted = { version: open.document.version, messages };
  return messages;
}

async function codeActions(state: ServerState, open: Open, document: TextDocument, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
  const { encoding } = state;
  const { uri } = params.textDocument;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const messages = await currentMessages(state, open);
  if (open.document !== document) return [];
  const from = offsetOf(document, params.range.start, encoding);
  const to = offsetOf(document, params.range.end, encoding);
  const touching = messages.filter((message) => message.ruleId && !message.fatal && message.range[0] <= to && message.range[1] >= from);
  if (isWanted(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(document, touching, encoding, (message) => toDiagnostic(state, document, message)));
  if (isWanted(FIX_ALL_KIND, only) && messages.some((message) => message.fix) && !token.isCancellationRequested) {
    const title = 'Fix all copydesk problems';
    // Fixing means linting again until nothing changes: a client that can resolve actions has it done only
    // when the writer picks this one, not on every move of the cursor.
    if (state.canResolveEdits) actions.push({ title, kind: FIX_ALL_KIND, data: { uri, version: document.version } });
    else {
      const edit = await fixAllEdit(state, open, document);
      if (edit) actions.push({ title, kind: FIX_ALL_KIND, edit });
    }
  }
  return actions;
}

/** The edit that applies every fix to the document as it is, or undefined when the fixes change nothing. */
async function fixAllEdit(state: ServerState, open: Open, document: TextDocument): Promise<WorkspaceEdit | undefined> {
  if (open.fixed?.version !== document.version) {
    const output = (await state.workspace.lint(document, true))?.output;
    if (open.document !== document) return undefined;
    open.fixed = { version: document.version, output };
  }
  const { output } = open.fixed;
  return output === undefined ? undefined : { changes: { [document.uri]: [{ range: rangeOf(document, [0, document.getText().length], state.encoding), newText: output }] } };
}
