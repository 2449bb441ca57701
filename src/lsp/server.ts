// The language server, `copydesk lsp`: copydesk's findings as diagnostics while a writer types, and its fixes
// as code actions, over the Language Server Protocol on standard input and output. It lints through the API's
// FileLinter, with the same engine, rules, config cascade, plugins and ignore files as the command line.
//
// Its parts: documents.ts keeps the open documents and schedules their lints, diagnostics.ts lints and publishes,
// code-actions.ts answers code action requests, configuration.ts follows the client's settings, folders and
// watched files, commands.ts adds words to the dictionary; workspace.ts lints a document as its file, and
// problems.ts shows config and settings problems once.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { listenToCodeActions } from './code-actions';
import { listenToCommands } from './commands';
import { listenToConfiguration } from './configuration';
import type { ServerState } from './context';
import { listenToDocuments } from './documents';
import { Problems } from './problems';
import { DEFAULT_SETTINGS } from './settings';
import { Workspace } from './workspace';

export { FIX_ALL_KIND } from './actions';

/** Sends the console to the client's log: anything written to standard output would break the protocol. */
function logToClient(connection: Connection): void {
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
}

/** Starts the server on these streams (standard input and output by default) and resolves when it exits. */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  logToClient(connection);
  const state: ServerState = {
    connection,
    documents: new Map(),
    workspace: new Workspace(DEFAULT_SETTINGS),
    problems: new Problems(connection),
    ruleDocs: new Map(),
    encoding: 'utf-16',
    settings: DEFAULT_SETTINGS,
    canAskConfiguration: false,
    canResolveEdits: false,
  };
  listenToConfiguration(state);
  listenToDocuments(state);
  listenToCodeActions(state);
  listenToCommands(state);
  // A client that goes away without `exit` closes the server's input: nothing is left to serve.
  input.on('end', () => process.exit(0));
  connection.listen();
  return connection;
}
