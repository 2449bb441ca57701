// The open documents: kept in step with the client's edits (incremental, in the agreed position encoding), and
// linted after each edit once the debounce has passed, at once when opened; cleared when closed.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError } from '../errors';
import type { ServerState } from './context';
import { lintNow } from './diagnostics';
import { toUtf16Range } from './positions';

/** Lints after the debounce; an edit before it fires puts it off again, so only the newest text is linted. */
export function schedule(state: ServerState, uri: string, delay = state.settings.debounce): void {
  const open = state.documents.get(uri);
  if (!open) return;
  clearTimeout(open.timer);
  open.timer = setTimeout(() => {
    open.timer = undefined;
    lintNow(state, uri).catch((error: unknown) => state.connection.console.error(`copydesk: ${describeError(error)}`));
  }, delay);
}

export function relintAll(state: ServerState): void {
  for (const uri of state.documents.keys()) schedule(state, uri, 0);
}

export function listenToDocuments(state: ServerState): void {
  const { connection, documents } = state;
  connection.onDidOpenTextDocument(({ textDocument }) => {
    const previous = documents.get(textDocument.uri);
    clearTimeout(previous?.timer);
    documents.set(textDocument.uri, { document: TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text) });
    // Opened: at once, without waiting out the debounce.
    schedule(state, textDocument.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const open = documents.get(textDocument.uri);
    if (!open) return;
    let { document } = open;
    // Each change's range is in the client's encoding and refers to the text after the changes before it.
    for (const change of contentChanges) {
      const converted = 'range' in change && change.range ? { range: toUtf16Range(document, change.range, state.encoding), text: change.text } : { text: change.text };
      document = TextDocument.update(document, [converted], textDocument.version);
    }
    open.document = document;
    schedule(state, textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const open = documents.get(textDocument.uri);
    clearTimeout(open?.timer);
    documents.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });
}
