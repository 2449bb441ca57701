// The client's side of things: what it can do and what it says at the start, its settings as they change, its
// workspace folders, and the config, ignore and word files it watches for the server. Any change means the
// configs and rules are read again and every open document is linted again.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { VERSION } from '../version';
import { ADD_WORD_COMMAND, FIX_ALL_KIND } from './actions';
import { forget, useSettings, type ServerState } from './context';
import { relintAll } from './documents';
import { chooseEncoding } from './positions';
import { readSettings } from './settings';

/** The files whose change changes what a lint finds: configs, ignore files and word lists. */
const WATCHED = '**/{.copydeskrc.json,.copydeskrc.yaml,.copydeskrc.yml,copydesk.config.js,copydesk.config.mjs,copydesk.config.cjs,package.json,.copydeskignore,.copydesk-words.txt}';

/** Asks the client for the `copydesk` section of its configuration, when it can answer. */
async function refreshSettings(state: ServerState): Promise<void> {
  if (!state.canAskConfiguration) return;
  try {
    const [section] = (await state.connection.sendRequest('workspace/configuration', { items: [{ section: 'copydesk' }] })) as unknown[];
    if (section !== null && section !== undefined) useSettings(state, readSettings(section, state.problems.complain));
  } catch {
    // A client that cannot answer keeps the settings it gave at start.
  }
}

function relintFromScratch(state: ServerState): void {
  forget(state);
  relintAll(state);
}

function initialize(state: ServerState, params: InitializeParams): InitializeResult {
  const { connection } = state;
  state.encoding = chooseEncoding(params.capabilities.general?.positionEncodings);
  useSettings(state, readSettings(params.initializationOptions, state.problems.complain));
  state.workspace.folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
  if (state.workspace.folders.length === 0 && params.rootUri) state.workspace.folders = [fileURLToPath(params.rootUri)];
  state.canAskConfiguration = params.capabilities.workspace?.configuration === true;
  state.canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
  const canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  const canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  connection.onInitialized(() => {
    if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED }] });
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
    void refreshSettings(state).then(() => relintFromScratch(state));
  });
  return {
    capabilities: {
      positionEncoding: state.encoding,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'copydesk', version: VERSION },
  };
}

export function listenToConfiguration(state: ServerState): void {
  const { connection } = state;
  connection.onInitialize((params: InitializeParams): InitializeResult => initialize(state, params));

  connection.onNotification('workspace/didChangeWorkspaceFolders', (params: { event?: { added?: { uri: string }[]; removed?: { uri: string }[] } }) => {
    const removed = new Set((params.event?.removed ?? []).map((folder) => fileURLToPath(folder.uri)));
    const { workspace } = state;
    workspace.folders = [...workspace.folders.filter((folder) => !removed.has(folder)), ...(params.event?.added ?? []).map((folder) => fileURLToPath(folder.uri))];
    relintFromScratch(state);
  });

  connection.onDidChangeConfiguration(async (params) => {
    if (state.canAskConfiguration) await refreshSettings(state);
    else if (params.settings !== undefined && params.settings !== null) useSettings(state, readSettings(params.settings, state.problems.complain));
    relintFromScratch(state);
  });

  connection.onDidChangeWatchedFiles(() => relintFromScratch(state));
}
