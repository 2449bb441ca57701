// The language server, `copydesk lsp`: copydesk's findings as diagnostics while a writer types, and its fixes
// as code actions, over the Language Server Protocol on standard input and output. It lints with the same
// engine, rules, config cascade, plugins and ignore files as the command line.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Ignore } from 'ignore';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type CodeAction,
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isIgnoredBy } from '../api';
import { ConfigFinder } from '../config/load';
import { resolveRules, type ResolvedRules } from '../config/rule-set';
import { lintText as lintSource } from '../engine/linter';
import { compareMessages, runRules } from '../engine/run-rules';
import { CopydeskError, describeError } from '../errors';
import { ignoreFileOf, isArticleName } from '../io/expand-paths';
import { pathBelow } from '../io/paths';
import { formatOf, loadParsers, parseDocument } from '../parse/document';
import { packageRoot } from '../io/package-root';
import type { Config, Format, Message } from '../types';
import { VERSION } from '../version';
import { ADD_WORD_COMMAND, quickFixes } from './actions';
import { addToDictionary } from './dictionary';
import { chooseEncoding, offsetOf, rangeOf, toUtf16Range, type Encoding } from './positions';
import { DEFAULT_SETTINGS, readSettings } from './settings';

/** The code action kind of "Fix all copydesk problems", as editors ask for it on save (`source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

/** An open document, its pending lint and its latest result. */
interface Open {
  document: TextDocument;
  timer?: NodeJS.Timeout;
  /** The messages for one version of the text, to answer code actions from. */
  linted?: { readonly version: number; readonly messages: readonly Message[] };
  /** The text with every fix applied, for one version (undefined: the fixes change nothing). */
  fixed?: { readonly version: number; readonly output: string | undefined };
}

/** The documentation of copydesk's rules: the README's table, in the package the server runs from. */
function rulesDocs(): string | undefined {
  try {
    return `${pathToFileURL(path.join(packageRoot(), 'README.md')).href}#rules`;
  } catch {
    return undefined;
  }
}

const ARTICLE_LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'gfm', 'mdx']);

/** Whether copydesk lints this document: Markdown or plain text, by the client's language or by the file's name. */
function isArticle(document: TextDocument): boolean {
  return ARTICLE_LANGUAGES.has(document.languageId) || isArticleName(document.uri) || formatOf(document.uri) === 'markdown';
}

/** Whether an action of `kind` is among those asked for (`only`: kinds and their parents, such as `source`). */
function isWanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** Starts the server on these streams (standard input and output by default) and resolves when it exits. */
export function startServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Connection {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output));
  // Anything written to standard output would break the protocol: the console goes to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const documents = new Map<string, Open>();
  const docsUrl = rulesDocs();
  let encoding: Encoding = 'utf-16';
  let settings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let canAskConfiguration = false;
  let canResolveEdits = false;
  let finder = new ConfigFinder();
  let resolved = new Map<Config, Promise<ResolvedRules>>();
  let ignores = new Map<string, Promise<Ignore>>();
  /** Problems already shown to the user, so that each is shown once, not on every keystroke. */
  const shown = new Set<string>();
  /** Config files with a diagnostic on them, cleared when they are sound again. */
  const brokenConfigs = new Set<string>();

  const showOnce = (type: MessageType, problem: string): void => {
    if (shown.has(problem)) return;
    shown.add(problem);
    void connection.sendNotification('window/showMessage', { type, message: `copydesk: ${problem}` });
  };
  const complain = (problem: string): void => showOnce(MessageType.Warning, problem);

  /** Forgets configs, rules and ignore files: they are read again on the next lint. */
  const forget = (): void => {
    finder = new ConfigFinder();
    resolved = new Map();
    ignores = new Map();
    shown.clear();
  };

  const workspaceOf = (file: string): string | undefined =>
    folders.filter((folder) => file === folder || file.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)[0];

  /** The file a document stands for: its path, or for an unsaved one, a name in the first workspace folder. */
  const fileOf = (document: TextDocument): string => {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
    const extension = document.languageId === 'plaintext' ? '.txt' : '.md';
    return path.join(folders[0] ?? process.cwd(), `untitled${extension}`);
  };

  const formatFor = (document: TextDocument, file: string): Format => {
    if (document.languageId === 'plaintext') return 'text';
    if (document.languageId === 'markdown') return 'markdown';
    return formatOf(file);
  };

  /** Whether the workspace's .copydeskignore, or the config's ignore list, leaves the file out. */
  const isIgnored = async (file: string, config: Config): Promise<boolean> => {
    if (isIgnoredBy(config, file)) return true;
    const root = workspaceOf(file);
    if (!root) return false;
    let matcher = ignores.get(root);
    if (!matcher) {
      matcher = ignoreFileOf(root);
      ignores.set(root, matcher);
    }
    const below = pathBelow(root, file);
    return below !== undefined && (await matcher).ignores(below);
  };

  const rulesFor = (config: Config): Promise<ResolvedRules> => {
    let rules = resolved.get(config);
    if (!rules) {
      rules = resolveRules(settings.language ? { ...config, language: settings.language } : config, settings.rules);
      resolved.set(config, rules);
    }
    return rules;
  };

  /** What linting needs for a document: its file, format and rules; undefined when it is ignored or not an article. */
  const setUp = async (document: TextDocument): Promise<{ file: string; format: Format; rules: ResolvedRules } | undefined> => {
    if (!isArticle(document)) return undefined;
    const file = fileOf(document);
    const config = await finder.find(path.dirname(file));
    if (await isIgnored(file, config)) return undefined;
    const rules = await rulesFor(config);
    const format = formatFor(document, file);
    await loadParsers(format);
    return { file, format, rules };
  };

  /**
   * Lints a text as the file it stands for, fixing when asked; undefined when the file is ignored. Throws a
   * CopydeskError for a broken config.
   */
  const lint = async (document: TextDocument, fix: boolean): Promise<{ messages: Message[]; output?: string } | undefined> => {
    const ready = await setUp(document);
    if (!ready) return undefined;
    const { file, format, rules } = ready;
    return lintSource(document.getText(), { path: file, format, rules: rules.entries, context: rules.context, fix, knownRules: rules.knownIds });
  };

  /**
   * Lints for diagnostics one rule at a time, letting other messages in between, and stops ('stale') as soon
   * as `isStale` says a newer text has come: on a long article an edit cancels the lint under way, and requests
   * wait for one rule, not for all of them. The messages are the same as one pass of every rule gives.
   */
  const lintInSteps = async (document: TextDocument, isStale: () => boolean): Promise<readonly Message[] | 'stale'> => {
    const ready = await setUp(document);
    if (!ready) return [];
    const { file, format, rules } = ready;
    if (isStale()) return 'stale';
    const parsed = parseDocument(document.getText(), { path: file, format });
    const messages: Message[] = [];
    for (const [index, entry] of rules.entries.entries()) {
      await new Promise((resolve) => setImmediate(resolve));
      if (isStale()) return 'stale';
      // Directives naming unknown rules are reported once, with the first rule.
      messages.push(...runRules(parsed, [entry], rules.context, index === 0 ? rules.knownIds : undefined));
    }
    if (rules.entries.length === 0) messages.push(...runRules(parsed, [], rules.context, rules.knownIds));
    return messages.sort(compareMessages);
  };

  const toDiagnostic = (document: TextDocument, message: Message): Diagnostic => ({
    range: rangeOf(document, message.range, encoding),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'copydesk',
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.ruleId && docsUrl && !message.fatal ? { codeDescription: { href: docsUrl } } : {}),
  });

  /** Shows a config or plugin problem once, and puts it on the config file too when it names one. */
  const reportProblem = (error: unknown): void => {
    const text = error instanceof CopydeskError ? error.message : `internal error: ${describeError(error)}`;
    showOnce(MessageType.Error, text);
    const file = error instanceof CopydeskError ? error.file : undefined;
    if (file) {
      const uri = pathToFileURL(file).href;
      brokenConfigs.add(uri);
      void connection.sendDiagnostics({
        uri,
        diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'copydesk', message: text }],
      });
    }
  };

  const clearBrokenConfigs = (): void => {
    for (const uri of brokenConfigs) void connection.sendDiagnostics({ uri, diagnostics: [] });
    brokenConfigs.clear();
  };

  /** Lints the document as it is now and publishes, unless a newer version has come meanwhile. */
  const lintNow = async (uri: string): Promise<void> => {
    const open = documents.get(uri);
    if (!open) return;
    const { document } = open;
    const version = document.version;
    if (!settings.enable) {
      open.linted = { version, messages: [] };
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    // Closed, reopened or edited while this runs: the newer text gets its own lint.
    const isStale = (): boolean => documents.get(uri) !== open || open.document.version !== version;
    let messages: readonly Message[] = [];
    try {
      const linted = await lintInSteps(document, isStale);
      if (linted === 'stale') return;
      messages = linted;
      clearBrokenConfigs();
    } catch (error) {
      reportProblem(error);
    }
    if (isStale()) return;
    open.linted = { version, messages };
    void connection.sendDiagnostics({ uri, version, diagnostics: messages.map((message) => toDiagnostic(document, message)) });
  };

  /** Lints after the debounce; an edit before it fires puts it off again, so only the newest text is linted. */
  const schedule = (uri: string, delay = settings.debounce): void => {
    const open = documents.get(uri);
    if (!open) return;
    clearTimeout(open.timer);
    open.timer = setTimeout(() => {
      open.timer = undefined;
      lintNow(uri).catch((error: unknown) => connection.console.error(`copydesk: ${describeError(error)}`));
    }, delay);
  };

  const relintAll = (): void => {
    for (const uri of documents.keys()) schedule(uri, 0);
  };

  const refreshSettings = async (): Promise<void> => {
    if (!canAskConfiguration) return;
    try {
      const [section] = (await connection.sendRequest('workspace/configuration', { items: [{ section: 'copydesk' }] })) as unknown[];
      if (section !== null && section !== undefined) settings = readSettings(section, complain);
    } catch {
      // A client that cannot answer keeps the settings it gave at start.
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    encoding = chooseEncoding(params.capabilities.general?.positionEncodings);
    settings = readSettings(params.initializationOptions, complain);
    folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders = [fileURLToPath(params.rootUri)];
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    canResolveEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    const canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    connection.onInitialized(() => {
      if (canWatch) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/{.copydeskrc.json,.copydeskrc.yaml,.copydeskrc.yml,copydesk.config.js,copydesk.config.mjs,copydesk.config.cjs,package.json,.copydeskignore,.copydesk-words.txt}' }],
        });
      }
      if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
      void refreshSettings().then(() => {
        forget();
        relintAll();
      });
    });
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk', version: VERSION },
    };
  });

  connection.onNotification('workspace/didChangeWorkspaceFolders', (params: { event?: { added?: { uri: string }[]; removed?: { uri: string }[] } }) => {
    const removed = new Set((params.event?.removed ?? []).map((folder) => fileURLToPath(folder.uri)));
    folders = [...folders.filter((folder) => !removed.has(folder)), ...(params.event?.added ?? []).map((folder) => fileURLToPath(folder.uri))];
    forget();
    relintAll();
  });

  connection.onDidChangeConfiguration(async (params) => {
    if (canAskConfiguration) await refreshSettings();
    else if (params.settings !== undefined && params.settings !== null) settings = readSettings(params.settings, complain);
    forget();
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    forget();
    relintAll();
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    const previous = documents.get(textDocument.uri);
    clearTimeout(previous?.timer);
    documents.set(textDocument.uri, { document: TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text) });
    // Opened: at once, without waiting out the debounce.
    schedule(textDocument.uri, 0);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const open = documents.get(textDocument.uri);
    if (!open) return;
    let { document } = open;
    // Each change's range is in the client's encoding and refers to the text after the changes before it.
    for (const change of contentChanges) {
      const converted = 'range' in change && change.range ? { range: toUtf16Range(document, change.range, encoding), text: change.text } : { text: change.text };
      document = TextDocument.update(document, [converted], textDocument.version);
    }
    open.document = document;
    schedule(textDocument.uri);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const open = documents.get(textDocument.uri);
    clearTimeout(open?.timer);
    documents.delete(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> => {
    const open = documents.get(params.textDocument.uri);
    if (!open || !settings.enable) return [];
    const { document } = open;
    try {
      return await codeActions(open, document, params, token);
    } catch (error) {
      reportProblem(error);
      return [];
    }
  });

  /** The messages for the document's current text: the published ones when they are current, else a lint now. */
  const currentMessages = async (open: Open): Promise<readonly Message[]> => {
    if (open.linted?.version === open.document.version) return open.linted.messages;
    const messages = (await lint(open.document, false))?.messages ?? [];
    open.linted = { version: open.document.version, messages };
    return messages;
  };

  const editOf = (document: TextDocument, range: readonly [number, number], text: string): TextEdit => ({ range: rangeOf(document, range, encoding), newText: text });

  const codeActions = async (open: Open, document: TextDocument, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> => {
    const { uri } = params.textDocument;
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const messages = await currentMessages(open);
    if (open.document !== document) return [];
    const from = offsetOf(document, params.range.start, encoding);
    const to = offsetOf(document, params.range.end, encoding);
    const touching = messages.filter((message) => message.ruleId && !message.fatal && message.range[0] <= to && message.range[1] >= from);
    if (isWanted(CodeActionKind.QuickFix, only)) actions.push(...quickFixes(document, touching, encoding, (message) => toDiagnostic(document, message)));
    if (isWanted(FIX_ALL_KIND, only) && messages.some((message) => message.fix) && !token.isCancellationRequested) {
      const title = 'Fix all copydesk problems';
      // Fixing means linting again until nothing changes: a client that can resolve actions has it done only
      // when the writer picks this one, not on every move of the cursor.
      if (canResolveEdits) actions.push({ title, kind: FIX_ALL_KIND, data: { uri, version: document.version } });
      else {
        const edit = await fixAllEdit(open, document);
        if (edit) actions.push({ title, kind: FIX_ALL_KIND, edit });
      }
    }
    return actions;
  };

  /** The edit that applies every fix to the document as it is, or undefined when the fixes change nothing. */
  const fixAllEdit = async (open: Open, document: TextDocument): Promise<WorkspaceEdit | undefined> => {
    if (open.fixed?.version !== document.version) {
      const output = (await lint(document, true))?.output;
      if (open.document !== document) return undefined;
      open.fixed = { version: document.version, output };
    }
    const { output } = open.fixed;
    return output === undefined ? undefined : { changes: { [document.uri]: [editOf(document, [0, document.getText().length], output)] } };
  };

  connection.onCodeActionResolve(async (action: CodeAction): Promise<CodeAction> => {
    const { uri, version } = (action.data ?? {}) as { uri?: unknown; version?: unknown };
    const open = typeof uri === 'string' ? documents.get(uri) : undefined;
    // Asked for an older text: no edit, rather than one that no longer fits.
    if (action.kind !== FIX_ALL_KIND || !open || open.document.version !== version) return action;
    try {
      const edit = await fixAllEdit(open, open.document);
      return { ...action, edit: edit ?? { changes: {} } };
    } catch (error) {
      reportProblem(error);
      return action;
    }
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== ADD_WORD_COMMAND) return null;
    const [uri, word] = (params.arguments ?? []) as [unknown, unknown];
    const open = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!open || typeof word !== 'string' || word.trim() === '') {
      complain(`${ADD_WORD_COMMAND} needs the URI of an open document and a word`);
      return null;
    }
    try {
      const file = fileOf(open.document);
      const config = await finder.find(path.dirname(file));
      const added = await addToDictionary(word.trim(), config.source, workspaceOf(file) ?? path.dirname(file));
      connection.console.log(`copydesk: added “${word.trim()}” to ${added.file}${added.created ? ' (created)' : ''}`);
    } catch (error) {
      reportProblem(error instanceof CopydeskError ? error : new CopydeskError('io', `cannot add “${word}” to the dictionary: ${describeError(error)}`));
      return null;
    }
    forget();
    // At once: the writer just asked for it.
    await Promise.all([...documents.keys()].map((each) => lintNow(each)));
    return null;
  });

  // A client that goes away without `exit` closes the server's input: nothing is left to serve.
  input.on('end', () => process.exit(0));
  connection.listen();
  return connection;
}
