// What the language server's parts share: the connection, the open documents, the workspace documents are
// linted in, the problems shown to the user, and what the client said (position encoding, capabilities, settings).
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../types';
import type { Encoding } from './positions';
import type { Problems } from './problems';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

/** An open document, its pending lint and its latest result. */
export interface Open {
  document: TextDocument;
  timer?: NodeJS.Timeout;
  /** The messages for one version of the text, to answer code actions from. */
  linted?: { readonly version: number; readonly messages: readonly Message[] };
  /** The text with every fix applied, for one version (undefined: the fixes change nothing). */
  fixed?: { readonly version: number; readonly output: string | undefined };
}

export interface ServerState {
  readonly connection: Connection;
  readonly documents: Map<string, Open>;
  readonly workspace: Workspace;
  readonly problems: Problems;
  /** Each rule's documentation page by rule id, linked from its findings' diagnostics: filled as documents are linted. */
  readonly ruleDocs: Map<string, string>;
  encoding: Encoding;
  settings: Settings;
  canAskConfiguration: boolean;
  canResolveEdits: boolean;
}

/** Takes the client's settings: rules are resolved under them from the next lint on. */
export function useSettings(state: ServerState, settings: Settings): void {
  state.settings = settings;
  state.workspace.reset(settings);
}

/** Forgets configs, rules and ignore files, and the problems shown: they are read, and shown, again on the next lint. */
export function forget(state: ServerState): void {
  state.workspace.reset(state.settings);
  state.problems.forget();
}
