// The programmatic API: lint and fix files or text with configs found as the CLI finds them. The CLI is built on it.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ConfigFinder } from './config/load';
import { resolveRules, type ResolvedRules } from './config/rule-set';
import { lintText as lintSource } from './engine/linter';
import { CopydeskError, describeError } from './errors';
import ignore, { type Ignore } from 'ignore';
import { expandPaths } from './io/expand-paths';
import { pathBelow } from './io/paths';
import { filesOfShard, projectRoot } from './io/shard';
import { hashText, ResultCache } from './io/result-cache';
import { VERSION } from './version';
import { decodeArticle, readArticle } from './io/read-file';
import { writeArticle } from './io/write-file';
import { formatOf, loadParsers } from './parse/document';
import type { Config, LintResult, Message, Rule, Severity } from './types';
import { isPassedOver, type FileOutcome, type LintOptions } from './run/options';

export type { FileOutcome, LintOptions } from './run/options';

export interface LintRun {
  readonly results: readonly LintResult[];
  /** Every rule known to the run (built-in and plugin), for reporters and --list-rules. */
  readonly rules: readonly Rule[];
  /** Paths on the command line that named nothing. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
  /** How many files .copydeskignore or a config's `ignore` left out. */
  readonly ignored: number;
  /** How many files other shards hold (with `shard`). */
  readonly otherShards: number;
  /**
   * Files a folder walk reached and passed over, with the reason: broken links, and binary files with an article's
   * name (an image saved as .md). Warnings, not errors: the same file named on the command line is an error.
   */
  readonly passedOver: readonly { readonly path: string; readonly reason: string }[];
}

function fatal(message: string): Message {
  return { ruleId: null, severity: 2, message, range: [0, 0], fatal: true };
}

class RuleCache {
  private readonly byConfig = new Map<Config, Promise<ResolvedRules>>();
  constructor(
    private readonly overrides: Readonly<Record<string, Severity>>,
    private readonly timeLimitSeconds?: number,
  ) {}
  get(config: Config): Promise<ResolvedRules> {
    let resolved = this.byConfig.get(config);
    if (!resolved) {
      resolved = resolveRules(config, this.overrides, this.timeLimitSeconds);
      this.byConfig.set(config, resolved);
    }
    return resolved;
  }
}

/** Lints files, folders and globs. Throws a CopydeskError for a broken config or plugin that applies to a file. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const finder = new ConfigFinder(options.configFile && path.resolve(cwd, options.configFile));
  const expanded = await expandPaths(patterns, { cwd });
  const { missing, ignored, named } = expanded;
  const files = options.shard ? filesOfShard(expanded.files, options.shard, projectRoot(cwd)) : expanded.files;
  const cache = new RuleCache(options.rules ?? {}, options.ruleTimeLimit);
  const resultCache = options.cacheFile ? await ResultCache.open(path.resolve(cwd, options.cacheFile), VERSION) : undefined;
  const results = new Map<string, LintResult>();
  // A broken link has a shard as a file has: each shard warns of its own.
  const links = new Map(expanded.passedOver.map((each) => [each.path, each.reason]));
  const passedOver = new Map<string, string>((options.shard ? filesOfShard([...links.keys()], options.shard, projectRoot(cwd)) : [...links.keys()]).map((link) => [link, links.get(link)!]));
  const known = new Map<string, Rule>();
  let done = 0;
  const take = (outcome: FileOutcome): void => {
    done++;
    if (isPassedOver(outcome)) passedOver.set(outcome.filePath, outcome.passedOver);
    else {
      results.set(outcome.filePath, outcome);
      options.onResult?.(outcome);
    }
    options.onProgress?.(done, files.length);
  };
  let skipped = ignored;
  // Files to lint, after ignores and cache hits; with several threads they are shared out among workers.
  const pending: { file: string; hash: string; resolved: ResolvedRules }[] = [];
  const threads = threadCount(options.concurrency, files.length);
  const isParallel = threads > 1;
  for (const file of files) {
    const config = await finder.find(path.dirname(file));
    if (isIgnoredBy(config, file)) {
      skipped++;
      continue;
    }
    const resolved = await cache.get(config);
    for (const rule of resolved.known) known.set(rule.id, rule);
    if (!isParallel) {
      take(await lintFile(file, resolved, options, named.has(file), resultCache));
      continue;
    }
    const read = resultCache ? readArticle(file) : undefined;
    const hash = read?.ok ? hashText(read.text, rulesKey(resolved)) : '';
    const cached = read?.ok ? resultCache!.get(file, hash) : undefined;
    if (read?.ok && cached && !(options.fix && cached.some((message) => message.fix))) take({ filePath: file, source: read.text, messages: cached });
    else pending.push({ file, hash, resolved });
  }
  if (pending.length > 0) {
    const { lintInParallel } = await import('./workers');
    const { onProgress: _onProgress, onResult: _onResult, ...rest } = options;
    const workerOptions: LintOptions = { ...rest, cwd, concurrency: 1, cacheFile: undefined };
    const pendingByFile = new Map(pending.map((each) => [each.file, each]));
    await lintInParallel(
      pending.map((each) => each.file),
      workerOptions,
      [...named],
      threads,
      async (file) => lintFile(file, pendingByFile.get(file)!.resolved, options, named.has(file)),
      (outcome) => {
        const hash = pendingByFile.get(outcome.filePath)?.hash;
        if (resultCache && hash && !isPassedOver(outcome) && isCacheable(outcome)) resultCache.set(outcome.filePath, hash, outcome.messages);
        take(outcome);
      },
    );
  }
  if (known.size === 0 && (results.size === 0 || options.configFile)) {
    for (const rule of (await cache.get(await finder.find(cwd))).known) known.set(rule.id, rule);
  }
  await resultCache?.save().catch(() => undefined);
  // In the order of the files, whichever thread linted them.
  const ordered = files.flatMap((file) => (results.has(file) ? [results.get(file)!] : []));
  const passed = [...passedOver].map(([file, reason]) => ({ path: file, reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results: ordered, rules: [...known.values()], missing, ignored: skipped, otherShards: expanded.files.length - files.length, passedOver: passed };
}

/** Lints files, folders and globs and reports what is wrong, changing nothing: `copydesk lint`. */
export function lint(patterns: readonly string[], options: Omit<LintOptions, 'fix' | 'write'> = {}): Promise<LintRun> {
  return lintFiles(patterns, { ...options, fix: false, write: false });
}

/**
 * Applies every safe fix and reports what remains: `copydesk fix`. Each result with changes carries the fixed
 * text as `output`; the files are rewritten (atomically) unless `write` is false.
 */
export function fix(patterns: readonly string[], options: Omit<LintOptions, 'fix'> = {}): Promise<LintRun> {
  return lintFiles(patterns, { ...options, fix: true, write: options.write ?? true });
}

/** Below this many files a thread, starting a worker costs more than it can save. */
const MIN_FILES_PER_THREAD = 8;
/**
 * What `auto` asks of each thread. A thread's first files cost several times its later ones (compiling the
 * code, filling the word caches), and a single thread already keeps a second core busy with V8's compiler and
 * garbage collector: on two cores a second thread pays from about a thousand files (see README, Speed).
 */
const AUTO_FILES_PER_THREAD = 500;

/** How many threads lint `count` files. */
export function threadCount(concurrency: number | 'auto' | undefined, count: number): number {
  const wanted = concurrency === 'auto' ? Math.min(availableParallelism(), Math.floor(count / AUTO_FILES_PER_THREAD)) : Math.floor(concurrency ?? 1);
  return Math.max(1, Math.min(wanted, Math.floor(count / MIN_FILES_PER_THREAD)));
}

/**
 * A linter of file lists (no expansion, no cache) that finds and resolves each config once, however many
 * lists it is given: what a worker thread lints its batches with.
 */
export function createFileListLinter(options: LintOptions, named: ReadonlySet<string> = new Set()): (files: readonly string[]) => Promise<FileOutcome[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const finder = new ConfigFinder(options.configFile && path.resolve(cwd, options.configFile));
  const cache = new RuleCache(options.rules ?? {}, options.ruleTimeLimit);
  return async (files) => {
    const outcomes: FileOutcome[] = [];
    for (const file of files) outcomes.push(await lintFile(file, await cache.get(await finder.find(path.dirname(file))), options, named.has(file)));
    return outcomes;
  };
}

const ignoreMatchers = new WeakMap<Config, Ignore>();

/** Whether the config's own `ignore` list (gitignore patterns, relative to the config's folder) leaves the file out. */
export function isIgnoredBy(config: Config, file: string): boolean {
  if (config.ignore.length === 0 || !config.source) return false;
  let matcher = ignoreMatchers.get(config);
  if (!matcher) {
    matcher = ignore().add([...config.ignore]);
    ignoreMatchers.set(config, matcher);
  }
  const below = pathBelow(path.dirname(config.source), file);
  return below !== undefined && matcher.ignores(below);
}

const ruleKeys = new WeakMap<ResolvedRules, string>();

/** What the cache keys a file's results on besides its text: every rule that runs, with its severity and options, and the shared settings. */
function rulesKey(resolved: ResolvedRules): string {
  let key = ruleKeys.get(resolved);
  if (!key) {
    // Hashed once: the files' hashes then take in a short digest, not the whole description.
    key = hashText(JSON.stringify([resolved.entries.map((entry) => [entry.rule.id, entry.severity, entry.options]), resolved.context, [...resolved.knownIds]]));
    ruleKeys.set(resolved, key);
  }
  return key;
}

/** A result worth remembering: one with no fix applied and no failure (a rule that failed may not fail next time). */
function isCacheable(result: Pick<LintResult, 'messages' | 'output'>): boolean {
  return result.output === undefined && !result.messages.some((message) => message.fatal);
}

/**
 * Lints one file. `isNamed`: the file was named on the command line; one a folder walk found is passed over,
 * not failed, when it turns out to be binary.
 */
async function lintFile(file: string, resolved: ResolvedRules, options: LintOptions, isNamed: boolean, resultCache?: ResultCache): Promise<FileOutcome> {
  const read = readArticle(file);
  if (!read.ok && read.isBinary && !isNamed) return { filePath: file, passedOver: read.reason.replace(/; not checked$/, '; skipped') };
  if (!read.ok) return { filePath: file, source: null, messages: [fatal(`${path.basename(file)} ${read.reason}`)] };
  const hash = resultCache ? hashText(read.text, rulesKey(resolved)) : '';
  const cached = resultCache?.get(file, hash);
  // A cached result stands unless it has fixes to apply.
  if (cached && !(options.fix && cached.some((message) => message.fix))) return { filePath: file, source: read.text, messages: cached };
  // Parsers load with the first file that is not answered from the cache.
  await loadParsers(formatOf(file));
  const lint = (fix: boolean | undefined) =>
    lintSource(read.text, { path: file, rules: resolved.entries, context: resolved.context, fix, knownRules: resolved.knownIds });
  const result = lint(options.fix);
  if (isCacheable(result)) resultCache?.set(file, hash, result.messages);
  if (result.output !== undefined && options.write) {
    const problem = await writeArticle(file, result.output, read.hasBom).then(
      () => undefined,
      (error: unknown) => describeError(error),
    );
    // Nothing was written: report what the file on disk still holds.
    if (problem) return { filePath: file, source: read.text, messages: [fatal(`${path.basename(file)} could not be written: ${problem}; the file is unchanged`), ...lint(false).messages] };
  }
  return { filePath: file, source: read.text, messages: result.messages, ...(result.output !== undefined ? { output: result.output } : {}) };
}

export interface LintTextOptions extends Omit<LintOptions, 'write'> {
  /** A file name for the text: decides Markdown or plain text and where the config is searched for. */
  readonly filePath?: string;
}

/** Lints a string (or UTF-8 bytes, which may carry a BOM) as if it were a file at `filePath`. */
export async function lintText(input: string | Uint8Array, options: LintTextOptions = {}): Promise<LintResult & { readonly rules: readonly Rule[] }> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  await loadParsers(formatOf(filePath));
  const finder = new ConfigFinder(options.configFile && path.resolve(cwd, options.configFile));
  const resolved = await new RuleCache(options.rules ?? {}, options.ruleTimeLimit).get(await finder.find(path.dirname(filePath)));
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeArticle(input);
    if (!decoded.ok) return { filePath, source: null, messages: [fatal(`input ${decoded.reason}`)], rules: resolved.known };
    text = decoded.text;
  }
  const result = lintSource(text, { path: filePath, format: formatOf(filePath), rules: resolved.entries, context: resolved.context, fix: options.fix, knownRules: resolved.knownIds });
  return { filePath, source: text, messages: result.messages, ...(result.output !== undefined ? { output: result.output } : {}), rules: resolved.known };
}

export { CopydeskError };
