// The server's command: "Add to the dictionary", which writes the word into the config that applies to the
// document (see dictionary.ts), only ever inside a workspace folder, and lints every open document again at once.
import path from 'node:path';
import { MessageType } from 'vscode-languageserver/node';
import { CopydeskError, describeError } from '../errors';
import { ADD_WORD_COMMAND } from './actions';
import { forget, type ServerState } from './context';
import { lintNow } from './diagnostics';
import { addToDictionary, dictionaryFileOf } from './dictionary';

export function listenToCommands(state: ServerState): void {
  const { connection, documents, problems, workspace } = state;
  connection.onExecuteCommand(async (params) => {
    if (params.command !== ADD_WORD_COMMAND) return null;
    const [uri, word] = (params.arguments ?? []) as [unknown, unknown];
    const open = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!open || typeof word !== 'string' || word.trim() === '') {
      problems.complain(`${ADD_WORD_COMMAND} needs the URI of an open document and a word`);
      return null;
    }
    try {
      const file = workspace.fileOf(open.document);
      const config = await workspace.configOf(file);
      const folder = workspace.workspaceOf(file) ?? path.dirname(file);
      const target = dictionaryFileOf(config.source, folder);
      if (!workspace.holds(target)) {
        // Said each time it is asked: this is the answer to a request, not a standing problem to show once.
        const message = `copydesk: cannot add “${word.trim()}” to the dictionary: it would go into ${target}, which is outside every workspace folder; copydesk writes only inside them`;
        void connection.sendNotification('window/showMessage', { type: MessageType.Error, message });
        return null;
      }
      const added = await addToDictionary(word.trim(), config.source, folder);
      connection.console.log(`copydesk: added “${word.trim()}” to ${added.file}${added.created ? ' (created)' : ''}`);
    } catch (error) {
      problems.report(error instanceof CopydeskError ? error : new CopydeskError('io', `cannot add “${word}” to the dictionary: ${describeError(error)}`));
      return null;
    }
    forget(state);
    // At once: the writer just asked for it.
    await Promise.all([...documents.keys()].map((each) => lintNow(state, each)));
    return null;
  });
}
