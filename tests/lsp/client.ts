// A language client for tests: starts `copydesk lsp --stdio` as a child process and speaks JSON-RPC to it
// over its standard input and output, as an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BIN } from '../cli/helpers';

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly Diagnostic[];
  /** When it came (performance.now()). */
  readonly at: number;
}

export class Client {
  readonly published: Published[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly registrations: unknown[] = [];
  private readonly waiters: { test: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';
  settings: unknown = null;
  private versions = new Map<string, number>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const published = { ...params, at: performance.now() };
      this.published.push(published);
      for (const waiter of [...this.waiters]) {
        if (waiter.test(published)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(published);
        }
      }
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
  }

  /** Starts the server in `cwd` and initializes it with these capabilities and options. */
  static async start(
    cwd: string,
    options: { capabilities?: ClientCapabilities; initializationOptions?: unknown; settings?: unknown; args?: readonly string[] } = {},
  ): Promise<{ client: Client; initialized: InitializeResult }> {
    const child = spawn(process.execPath, [BIN, 'lsp', ...(options.args ?? ['--stdio'])], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new Client(child, connection);
    client.settings = options.settings ?? null;
    const initialized = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(cwd).href,
      workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'test' }],
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    })) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return { client, initialized };
  }

  /** The next diagnostics published for `uri` that pass `test` (by default, any). */
  next(uri: string, test: (p: Published) => boolean = () => true, timeout = 15000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms; stderr: ${this.stderr}`)), timeout);
      this.waiters.push({
        test: (p) => p.uri === uri && test(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<Published> {
    this.versions.set(uri, 1);
    const published = this.next(uri, (p) => p.version === 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends changes and resolves with the diagnostics for the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Published> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.next(uri, (p) => p.version === version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  /** Sends changes without waiting for their diagnostics; returns the new version. */
  async changeOnly(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  codeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

/** The text after applying a code action's edits for `uri` to `text`. */
export function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
}
