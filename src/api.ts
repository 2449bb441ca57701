// The programmatic API: lint and fix files or text with configs found as the CLI finds them. The CLI is built on
// it, and the language server lints through its FileLinter.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ResolvedRules } from './config/rule-set';
import { CopydeskError } from './errors';
import { expandPaths, type Expanded } from './io/expand-paths';
import { filesOfShard, projectRoot, type Shard } from './io/shard';
import { ResultCache } from './io/result-cache';
import { VERSION } from './version';
import { decodeArticle, readArticle } from './io/read-file';
import { formatOf, loadParsers } from './parse/document';
import { FileLinter } from './run/file-linter';
import { fatal, lintFile, lookUp, remember } from './run/lint-file';
import { lintSource } from './run/lint-source';
import { isPassedOver, type FileOutcome, type LintOptions } from './run/options';
import type { LintResult, Rule } from './types';

export type { FileOutcome, LintOptions } from './run/options';
export { FileLinter } from './run/file-linter';

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

/** What a run of lintFiles works with, from its options. */
interface Run {
  readonly options: LintOptions;
  readonly cwd: string;
  readonly named: ReadonlySet<string>;
  readonly linter: FileLinter;
  readonly resultCache: ResultCache | undefined;
  readonly threads: number;
  readonly tally: Tally;
}

/** A file left for the threads: the hash its result is cached under, and its rules. */
interface Pending {
  readonly file: string;
  readonly hash: string;
  readonly resolved: ResolvedRules;
}

/** Lints files, folders and globs. Throws a CopydeskError for a broken config or plugin that applies to a file. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const linter = new FileLinter(options);
  const { expanded, files, passedOver } = await expand(patterns, options.shard, cwd);
  const resultCache = options.cacheFile ? await ResultCache.open(path.resolve(cwd, options.cacheFile), VERSION) : undefined;
  const tally = new Tally(options, files.length, passedOver, expanded.ignored);
  const run: Run = { options, cwd, named: expanded.named, linter, resultCache, threads: threadCount(options.concurrency, files.length), tally };
  const pending = await lintOrQueue(run, files);
  if (pending.length > 0) await lintPending(run, pending);
  if (tally.known.size === 0 && (tally.results.size === 0 || options.configFile)) tally.know((await linter.rulesOf(await linter.configIn(cwd))).known);
  await resultCache?.save().catch(() => undefined);
  return tally.collect(files, expanded);
}

/** The files the patterns name, in this shard, and the broken links among them, with the reasons. */
async function expand(patterns: readonly string[], shard: Shard | undefined, cwd: string): Promise<{ expanded: Expanded; files: readonly string[]; passedOver: Map<string, string> }> {
  const expanded = await expandPaths(patterns, { cwd });
  const inShard = (files: readonly string[]): readonly string[] => (shard ? filesOfShard(files, shard, projectRoot(cwd)) : files);
  // A broken link has a shard as a file has: each shard warns of its own.
  const links = new Map(expanded.passedOver.map((each) => [each.path, each.reason]));
  const passedOver = new Map<string, string>(inShard([...links.keys()]).map((link) => [link, links.get(link)!]));
  return { expanded, files: inShard(expanded.files), passedOver };
}

/**
 * Takes the files in order: leaves out those a config's ignore list leaves out; on one thread lints the rest
 * there and then; on several answers what the cache can and returns the rest, to be shared out among threads.
 */
async function lintOrQueue(run: Run, files: readonly string[]): Promise<Pending[]> {
  const { options, linter, resultCache, named, tally } = run;
  const pending: Pending[] = [];
  for (const file of files) {
    const ready = await linter.setUp(file);
    if (!ready) {
      tally.skipped++;
      continue;
    }
    tally.know(ready.rules.known);
    if (run.threads === 1) {
      tally.take(await lintFile(file, ready.rules, options, named.has(file), resultCache));
      continue;
    }
    const read = resultCache ? readArticle(file) : undefined;
    const { hash, cached } = read?.ok ? lookUp(resultCache, file, read.text, ready.rules, options.fix) : { hash: '', cached: undefined };
    if (cached) tally.take(cached);
    else pending.push({ file, hash, resolved: ready.rules });
  }
  return pending;
}

/** Lints the files left on `run.threads` threads, this one and workers, and remembers their results. */
async function lintPending(run: Run, pending: readonly Pending[]): Promise<void> {
  const { lintInParallel } = await import('./workers');
  const { onProgress: _onProgress, onResult: _onResult, ...rest } = run.options;
  const workerOptions: LintOptions = { ...rest, cwd: run.cwd, concurrency: 1, cacheFile: undefined };
  const pendingByFile = new Map(pending.map((each) => [each.file, each]));
  await lintInParallel(
    pending.map((each) => each.file),
    workerOptions,
    [...run.named],
    run.threads,
    async (file) => lintFile(file, pendingByFile.get(file)!.resolved, run.options, run.named.has(file)),
    (outcome) => {
      remember(run.resultCache, pendingByFile.get(outcome.filePath)?.hash ?? '', outcome);
      run.tally.take(outcome);
    },
  );
}

/** What a run has so far: results and files passed over as they come, the rules known, the files left out. */
class Tally {
  readonly results = new Map<string, LintResult>();
  readonly known = new Map<string, Rule>();
  private done = 0;

  constructor(
    private readonly options: LintOptions,
    private readonly total: number,
    private readonly passedOver: Map<string, string>,
    public skipped: number,
  ) {}

  take(outcome: FileOutcome): void {
    this.done++;
    if (isPassedOver(outcome)) this.passedOver.set(outcome.filePath, outcome.passedOver);
    else {
      this.results.set(outcome.filePath, outcome);
      this.options.onResult?.(outcome);
    }
    this.options.onProgress?.(this.done, this.total);
  }

  know(rules: readonly Rule[]): void {
    for (const rule of rules) this.known.set(rule.id, rule);
  }

  /** The run: results in the order of the files, whichever thread linted them; files passed over by path. */
  collect(files: readonly string[], expanded: Expanded): LintRun {
    const ordered = files.flatMap((file) => (this.results.has(file) ? [this.results.get(file)!] : []));
    const passed = [...this.passedOver].map(([file, reason]) => ({ path: file, reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { results: ordered, rules: [...this.known.values()], missing: expanded.missing, ignored: this.skipped, otherShards: expanded.files.length - files.length, passedOver: passed };
  }
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

export interface LintTextOptions extends Omit<LintOptions, 'write'> {
  /** A file name for the text: decides Markdown or plain text and where the config is searched for. */
  readonly filePath?: string;
}

/** Lints a string (or UTF-8 bytes, which may carry a BOM) as if it were a file at `filePath`; ignore lists do not apply. */
export async function lintText(input: string | Uint8Array, options: LintTextOptions = {}): Promise<LintResult & { readonly rules: readonly Rule[] }> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  await loadParsers(formatOf(filePath));
  const resolved = await new FileLinter(options).rulesOfFile(filePath);
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeArticle(input);
    if (!decoded.ok) return { filePath, source: null, messages: [fatal(`input ${decoded.reason}`)], rules: resolved.known };
    text = decoded.text;
  }
  const result = lintSource(text, { path: filePath, format: formatOf(filePath) }, resolved, options.fix);
  return { filePath, source: text, messages: result.messages, ...(result.output !== undefined ? { output: result.output } : {}), rules: resolved.known };
}

export { CopydeskError };
