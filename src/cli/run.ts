// The command line: parses arguments with commander, runs the API, prints reports, and picks the exit code (0, 1, 2).
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Help, Option } from 'commander';
import { lintFiles, lintText, type LintRun } from '../api';
import { SCHEMA_URL } from '../config/json-schema';
import { ConfigFinder } from '../config/load';
import { resolveRules, collectRules } from '../config/rule-set';
import { CopydeskError, describeError } from '../errors';
import { DEFAULT_RULE_TIME_LIMIT_SECONDS } from '../engine/time-limit';
import { formatTimings } from '../engine/timing';
import { pathBelow } from '../io/paths';
import { formatResults, REPORT_FORMATS } from '../report/index';
import type { LintResult, Rule } from '../types';
import { MAX_FILE_BYTES, sizeProblem } from '../io/read-file';
import { HOMEPAGE_URL, withDocs } from '../links';
import { givenName } from './given-names';
import { toCliOptions, type CliOptions, type RawOptions } from './options';
import { sizeOf, tooLargeRun, type StdinInput } from './stdin';
import { VERSION } from '../version';

export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTty: boolean;
  readonly stdout: (text: string) => void;
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  /** Reads standard input; past `limit` bytes it may stop, and give the beginning and the rest unread. */
  readonly readStdin: (limit: number) => Promise<StdinInput>;
  /** The terminal's width in columns, when standard output is one. */
  readonly columns?: number;
  /** Whether standard error is a terminal: only then is a progress line drawn. */
  readonly isErrorTty?: boolean;
  /** The clock progress is timed by, in milliseconds; Date.now when absent. */
  readonly now?: () => number;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_FAILURE = 2;

function addCommonOptions(command: Command): Command {
  return command
    .argument('[paths...]', 'files, folders (*.md, *.markdown, *.txt) and globs; default: the current folder')
    .option('--fix', 'apply fixes and write them')
    .option('--fix-dry-run', 'print fixes as a unified diff without writing')
    .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('stylish'))
    .option('--no-context', 'stylish: leave out the line under each finding')
    .option('-o, --output-file <path>', 'write the report to a file')
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--rule <id:severity>', 'set a rule to off, warn or error (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin text (format and config lookup)')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--list-rules', 'list the rules and exit')
    .option('--init', 'write a starter .copydeskrc.json here')
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--cache', 'remember results and skip files that have not changed')
    .option('--cache-location <path>', 'the cache file (default .copydeskcache)')
    .option('--concurrency <n>', 'lint on this many threads (this one and n-1 workers), or auto (a thread a 500 files, up to one a core)')
    .option('--rule-time-limit <seconds>', 'stop a plugin rule that takes longer than this on one file (default 5, or the config\'s ruleTimeLimit)')
    .option('--shard <i/n>', 'lint only the i-th of n shares of the files, by a hash of each path from the project root (for CI matrices and batch runs)');
}

/** `copydesk --help` shows lint's arguments and options as its own: `copydesk` alone runs lint, and takes them. */
function showLintInHelp(program: Command, lint: Command): void {
  program.usage('[lint|fix] [options] [paths...]');
  program.configureHelp({
    visibleArguments: (command) => new Help().visibleArguments(command === program ? lint : command),
    visibleOptions: (command) => {
      const own = new Help().visibleOptions(command);
      return command === program ? [...lint.options.filter((option) => !option.hidden), ...own] : own;
    },
  });
}

/** Runs copydesk with these arguments (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('copydesk')
    .description('Lint and clean up articles: capitalization, punctuation spacing, typos, spelling, repeats, boilerplate, truncation.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError();
  const run = (command: 'lint' | 'fix') => async (paths: string[], raw: RawOptions) => {
    exitCode = await execute(toCliOptions(paths, raw, command, io), io);
  };
  const lint = addCommonOptions(program.command('lint', { isDefault: true }).description('report problems (the default command)')).action(run('lint'));
  showLintInHelp(program, lint);
  addCommonOptions(program.command('fix').description('write all safe fixes in place, then report what remains')).action(run('fix'));
  program
    .command('lsp')
    .description('run the language server on standard input and output, for editors')
    .option('--stdio', 'speak the protocol on standard input and output (the only transport, and the default)')
    .action(async () => {
      const { startServer } = await import('../lsp/server');
      startServer();
      // The server ends the process itself, on the client's exit notification or when its input closes.
      await new Promise<never>(() => undefined);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_OK : EXIT_FAILURE;
    }
    if (error instanceof CopydeskError) {
      io.stderr(`copydesk: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`copydesk: internal error: ${describeError(error)}\n${error instanceof Error && error.stack ? error.stack + '\n' : ''}`);
    return EXIT_FAILURE;
  }
  return exitCode;
}

async function execute(options: CliOptions, io: CliIo): Promise<number> {
  let stdinBytes: Uint8Array | undefined;
  let stdinBom = false;
  const lintStdin = async (): Promise<LintRun> => {
    const input = await io.readStdin(MAX_FILE_BYTES);
    // Too large: refused in the words a file gets; with --fix what is read goes out as it comes, unchanged.
    const size = input instanceof Uint8Array ? input.length : await sizeOf(input, options.fix ? io.stdoutBytes : undefined);
    if (input instanceof Uint8Array) stdinBytes = input;
    if (!stdinBytes || sizeProblem(size)) return tooLargeRun(size, { cwd: io.cwd, filePath: options.stdinFilename ?? '<stdin>.md', configFile: options.config, rules: options.rules });
    stdinBom = stdinBytes[0] === 0xef && stdinBytes[1] === 0xbb && stdinBytes[2] === 0xbf;
    return lintStdinText(stdinBytes, options, io);
  };
  if (options.init) return initConfig(io);
  if (options.listRules) return listRules(options, io);
  if (options.printConfig !== undefined) return printConfig(options.printConfig, options, io);
  // A progress line on a terminal, for long runs, unless in CI or beside a machine format on the same terminal.
  const machineToTerminal = options.format !== 'stylish' && options.outputFile === undefined;
  const inCi = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  const progress = !options.stdin && !machineToTerminal && !inCi && io.isErrorTty ? progressLine(io) : undefined;
  // JSON lines to standard output are written as each file is done, for a pipeline to read as they come.
  const streaming = !options.stdin && options.format === 'jsonl' && options.outputFile === undefined;
  const reportOptions = { color: options.color, cwd: io.cwd, rules: [], version: VERSION };
  const run = options.stdin ? await lintStdin() : await lintFiles(options.paths, {
    cwd: io.cwd,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    rules: options.rules,
    ...(options.ruleTimeLimit !== undefined ? { ruleTimeLimit: options.ruleTimeLimit } : {}),
    fix: options.fix || options.fixDryRun,
    write: options.fix,
    ...(options.cacheFile !== undefined ? { cacheFile: options.cacheFile } : {}),
    concurrency: options.concurrency,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(streaming ? { onResult: (result: LintResult) => io.stdout(formatResults('jsonl', [options.quiet ? onlyErrors(result) : result], reportOptions)) } : {}),
  });
  progress?.clear();
  for (const { path: missingPath, reason } of run.missing) io.stderr(`copydesk: ${missingPath}: ${reason}\n`);
  for (const { path: passedPath, reason } of run.passedOver) io.stderr(`copydesk: warning: ${pathBelow(io.cwd, passedPath) ?? passedPath} ${reason}\n`);
  if (!options.stdin && run.results.length === 0 && run.missing.length === 0 && run.otherShards > 0) {
    // An empty shard is no error: a matrix of more shards than files leaves some with nothing, and still reports.
    io.stderr(`copydesk: shard ${options.shard!.index}/${options.shard!.count} holds none of the ${run.otherShards} article${run.otherShards === 1 ? '' : 's'} found\n`);
  } else if (!options.stdin && run.results.length === 0 && run.missing.length === 0) {
    if (run.passedOver.length > 0) {
      io.stderr(`copydesk: every file found was passed over; nothing to check\n`);
      return EXIT_OK;
    }
    if (run.ignored > 0) {
      io.stderr(`copydesk: every article found is ignored (.copydeskignore or a config's ignore list); nothing to check\n`);
      return EXIT_OK;
    }
    io.stderr(`copydesk: no articles (*.md, *.markdown, *.txt) found in ${options.paths.length > 0 ? options.paths.join(', ') : 'the current folder'}\n`);
    return EXIT_FAILURE;
  }
  const results = options.quiet ? run.results.map(onlyErrors) : run.results;
  const report = await reportOf(results, run.rules, options, io);
  if (options.stdin && options.fix) {
    // The fixed text, or, when the input could not be read as text, the input itself: nothing is lost.
    const result = run.results[0];
    if (result?.source != null) io.stdout((stdinBom ? '\uFEFF' : '') + (result.output ?? result.source));
    else if (stdinBytes) io.stdoutBytes(stdinBytes);
    if (options.outputFile !== undefined) await writeReport(options.outputFile, report, io);
    else if (report) io.stderr(report);
  } else if (options.outputFile !== undefined) {
    await writeReport(options.outputFile, report, io);
  } else if (report && !streaming) {
    io.stdout(report);
  }
  if (io.env.COPYDESK_TIMING) io.stderr(formatTimings());
  return exitCodeOf(run, results, options, io);
}

/** How long a run goes before it shows its progress: shorter runs end before a line would help. */
const PROGRESS_AFTER_MS = 2000;

/** One line on standard error, redrawn in place: files done of the total and the time so far; cleared at the end. */
function progressLine(io: CliIo): { update: (done: number, total: number) => void; clear: () => void } {
  const clock = io.now ?? Date.now;
  const started = clock();
  let shown = false;
  let drawn = 0;
  return {
    update(done, total) {
      const now = clock();
      // Drawn at most ten times a second, and the last file always.
      if (now - started < PROGRESS_AFTER_MS || (now - drawn < 100 && done < total)) return;
      shown = true;
      drawn = now;
      io.stderr(`\r\x1b[Kcopydesk: ${done}/${total} files, ${((now - started) / 1000).toFixed(1)} s`);
    },
    clear() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}

async function writeReport(file: string, report: string, io: CliIo): Promise<void> {
  const target = path.resolve(io.cwd, file);
  try {
    await ensureFolder(path.dirname(target));
    await fs.writeFile(target, report);
  } catch (error) {
    throw new CopydeskError('io', `--output-file ${file}: cannot write: ${describeError(error)}`, { cause: error });
  }
}

/** Creates a folder and its missing parents one level at a time (a recursive mkdir can spin forever under /proc). */
async function ensureFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const stat = await fs.stat(current).catch(() => undefined);
    if (stat?.isDirectory()) break;
    if (stat) throw new Error(`${current} is not a folder`);
    const parent = path.dirname(current);
    if (parent === current) break;
    missing.unshift(current);
    current = parent;
  }
  for (const each of missing) await fs.mkdir(each);
}

function onlyErrors(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((message) => message.severity === 2) };
}

function exitCodeOf(run: LintRun, results: readonly LintResult[], options: CliOptions, io: CliIo): number {
  const messages = results.flatMap((result) => result.messages);
  if (run.missing.length > 0 || messages.some((message) => message.fatal)) return EXIT_FAILURE;
  if (messages.some((message) => message.severity === 2)) return EXIT_ERRORS;
  // With --quiet, warnings are neither shown nor counted.
  const warnings = messages.filter((message) => message.severity === 1).length;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`copydesk found too many warnings (${warnings}; maximum: ${options.maxWarnings}).\n`);
    return EXIT_ERRORS;
  }
  return EXIT_OK;
}

/** The report in the format asked for; with --fix-dry-run, the stylish report follows the diff of the fixes. */
async function reportOf(results: readonly LintResult[], rules: readonly Rule[], options: CliOptions, io: CliIo): Promise<string> {
  if (options.format === 'html') return (await import('../report/html')).formatHtml(results, { cwd: io.cwd, version: VERSION });
  const report = formatResults(options.format, results, {
    color: options.color,
    context: options.context,
    width: options.width,
    cwd: io.cwd,
    rules: rules.map(withDocs),
    version: VERSION,
    informationUri: HOMEPAGE_URL,
  });
  return options.fixDryRun && options.format === 'stylish' ? (await diffOf(results, options, io)) + report : report;
}

/** The fixes as a diff of each file they change, the file named as the command line named it. */
async function diffOf(results: readonly LintResult[], options: CliOptions, io: CliIo): Promise<string> {
  const { formatFixDiff } = await import('../report/diff');
  const files = results.flatMap((result) =>
    result.output === undefined || result.source === null ? [] : [{ name: givenName(result.filePath, options.paths, io.cwd), before: result.source, after: result.output }],
  );
  return formatFixDiff(files, { color: options.color });
}

async function lintStdinText(input: Uint8Array, options: CliOptions, io: CliIo): Promise<LintRun> {
  const result = await lintText(input, {
    cwd: io.cwd,
    filePath: options.stdinFilename ?? '<stdin>.md',
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    rules: options.rules,
    ...(options.ruleTimeLimit !== undefined ? { ruleTimeLimit: options.ruleTimeLimit } : {}),
    fix: options.fix || options.fixDryRun,
  });
  const { rules, ...lintResult } = result;
  return { results: [lintResult], rules, missing: [], ignored: 0, otherShards: 0, passedOver: [] };
}

/**
 * What `$schema` names in a new config: the schema of the copydesk installed in the project, by a path an editor
 * can read offline, or else the published copy.
 */
function schemaReference(cwd: string): string {
  const installed = path.join(cwd, 'node_modules', 'copydesk', 'copydesk.schema.json');
  return existsSync(installed) ? './node_modules/copydesk/copydesk.schema.json' : SCHEMA_URL;
}

async function initConfig(io: CliIo): Promise<number> {
  const target = path.join(io.cwd, '.copydeskrc.json');
  const rules = await collectRules({ rules: {}, dictionary: [], properNouns: [], boilerplate: [], plugins: [], ignore: [], source: null });
  const config = {
    $schema: schemaReference(io.cwd),
    rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])),
    dictionary: [],
    properNouns: [],
    boilerplate: [],
    plugins: [],
    ignore: [],
  };
  try {
    await fs.writeFile(target, JSON.stringify(config, null, 2) + '\n', { flag: 'wx' });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'already exists; not overwritten' : describeError(error);
    throw new CopydeskError('io', `${target}: ${reason}`, { cause: error });
  }
  io.stdout(`Created ${path.relative(io.cwd, target)} with every rule at its default severity.\n`);
  return EXIT_OK;
}

async function listRules(options: CliOptions, io: CliIo): Promise<number> {
  const finder = new ConfigFinder(options.config && path.resolve(io.cwd, options.config));
  const config = await finder.find(io.cwd);
  const resolved = await resolveRules(config, options.rules);
  const active = new Map(resolved.entries.map((entry) => [entry.rule.id, entry.severity]));
  const width = Math.max(...resolved.known.map((rule: Rule) => rule.id.length));
  const lines = resolved.known.map((rule) => {
    const severity = active.get(rule.id) ?? 'off';
    return `${rule.id.padEnd(width)}  ${severity.padEnd(5)}  ${rule.fixable ? 'fixable' : '       '}  ${rule.description}`;
  });
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

async function printConfig(file: string, options: CliOptions, io: CliIo): Promise<number> {
  const absolute = path.resolve(io.cwd, file);
  const finder = new ConfigFinder(options.config && path.resolve(io.cwd, options.config));
  const config = await finder.find(path.dirname(absolute));
  const resolved = await resolveRules(config, options.rules);
  const active = new Map(resolved.entries.map((entry) => [entry.rule.id, entry]));
  const printed = {
    file: absolute,
    configFile: config.source,
    rules: Object.fromEntries(
      resolved.known.map((rule) => {
        const entry = active.get(rule.id);
        return [rule.id, entry ? [entry.severity, entry.options] : 'off'];
      }),
    ),
    dictionary: config.dictionary,
    properNouns: config.properNouns,
    boilerplate: config.boilerplate,
    plugins: config.plugins,
    ignore: config.ignore,
    ruleTimeLimit: options.ruleTimeLimit ?? config.ruleTimeLimit ?? DEFAULT_RULE_TIME_LIMIT_SECONDS,
  };
  io.stdout(JSON.stringify(printed, null, 2) + '\n');
  return EXIT_OK;
}
