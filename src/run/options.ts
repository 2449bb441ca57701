// What a run of the API is given, and what linting one file gives: shared by the API (src/api.ts), the file
// linter (src/run/lint-file.ts) and the worker threads (src/workers.ts), so that none imports another for them.
import type { LintResult, Severity } from '../types';
import type { Shard } from '../io/shard';

export interface LintOptions {
  /** Folder that relative paths, globs and .copydeskignore are taken from; defaults to process.cwd(). */
  readonly cwd?: string;
  /** Use this config file for every file instead of searching upward from each file's folder. */
  readonly configFile?: string;
  /** Severity overrides by rule id, as `--rule id:severity` gives them. */
  readonly rules?: Readonly<Record<string, Severity>>;
  /** How long, in seconds, a plugin rule may take on one file (overrides the config's ruleTimeLimit; default 5). */
  readonly ruleTimeLimit?: number;
  /** Apply fixes (re-linting until stable) and return the fixed text as `output`. */
  readonly fix?: boolean;
  /** With `fix`: write fixed files in place (atomically). `lintFiles` only. */
  readonly write?: boolean;
  /** Remember results in this file and skip files whose text and rules have not changed since. `lintFiles` only. */
  readonly cacheFile?: string;
  /**
   * Lint on this many threads, this one and worker threads (1: this thread only), or `auto`: one a core, once
   * there are enough files for each thread's start-up to pay. The results are the same, in the same order.
   * `lintFiles` only.
   */
  readonly concurrency?: number | 'auto';
  /**
   * Lint only this share of the files (`lintFiles` only): shard `index` of `count`, chosen by a hash of each
   * file's path relative to the project root (see projectRoot), so a file keeps its shard as others come and go.
   */
  readonly shard?: Shard;
  /** Called with each file's result as soon as it is done, in the order files finish (`lintFiles` only): for streaming. */
  readonly onResult?: (result: LintResult) => void;
  /** Called as files are done (`lintFiles` only): for a progress line. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A file a folder walk found and passed over, with the reason (a binary file with an article's name). */
export interface PassedOver {
  readonly filePath: string;
  readonly passedOver: string;
}

/** What linting one file gives: its result, or the reason a file found by a folder walk was passed over. */
export type FileOutcome = LintResult | PassedOver;

export function isPassedOver(outcome: FileOutcome): outcome is PassedOver {
  return 'passedOver' in outcome;
}
