// Turns commander's parsed options into typed CLI options, refusing bad values as usage errors.
import { CopydeskError } from '../errors';
import { isTimeLimit, MAX_TIME_LIMIT_SECONDS, parseSeverity } from '../config/schema';
import type { Severity } from '../types';

import { REPORT_FORMATS, type ReportFormat } from '../report/index';
import type { Shard } from '../io/shard';

export const DEFAULT_CACHE_FILE = '.copydeskcache';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly format: ReportFormat;
  readonly outputFile?: string;
  readonly config?: string;
  readonly rules: Readonly<Record<string, Severity>>;
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly color: boolean;
  /** Whether the stylish report shows each finding's line (--no-context turns it off). */
  readonly context: boolean;
  /** The terminal's width for the stylish report: its own when writing to one, else COLUMNS; unknown otherwise. */
  readonly width?: number;
  readonly listRules: boolean;
  readonly init: boolean;
  readonly printConfig?: string;
  /** The cache file, when --cache is on. */
  readonly cacheFile?: string;
  readonly concurrency: number | 'auto';
  /** This run's share of the files, with --shard. */
  readonly shard?: Shard;
  /** Seconds a plugin rule may take on one file, with --rule-time-limit. */
  readonly ruleTimeLimit?: number;
}

export interface RawOptions {
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly format?: string;
  readonly outputFile?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly maxWarnings?: string;
  readonly quiet?: boolean;
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
  readonly color?: boolean;
  readonly context?: boolean;
  readonly listRules?: boolean;
  readonly init?: boolean;
  readonly printConfig?: string;
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly concurrency?: string;
  readonly shard?: string;
  readonly ruleTimeLimit?: string;
}

function usage(message: string): CopydeskError {
  return new CopydeskError('usage', message);
}

/** `auto` lets the run decide by the number of files and cores; a number is that many threads; none is one (this thread). */
export function parseConcurrency(value: string | undefined): number | 'auto' {
  if (value === undefined) return 1;
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(value)) throw usage(`--concurrency ${JSON.stringify(value)}: expected auto or a whole number, 1 or more`);
  return Number(value);
}

/** Seconds, above 0 and at most a day: how long a plugin rule may take on one file. */
export function parseTimeLimit(value: string): number {
  const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!isTimeLimit(seconds)) throw usage(`--rule-time-limit ${JSON.stringify(value)}: expected a number of seconds above 0 (at most ${MAX_TIME_LIMIT_SECONDS}), such as 5 or 0.5`);
  return seconds;
}

/** `i/n`: the i-th of n shards, 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value);
  if (!match) throw usage(`--shard ${JSON.stringify(value)}: expected i/n, such as 1/4 (the first of four shards)`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index > count) throw usage(`--shard ${value}: shard ${index} is out of range; there are ${count} (1 to ${count})`);
  return { index, count };
}

export function parseRuleFlags(flags: readonly string[]): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const flag of flags) {
    for (const part of flag.split(',')) {
      const at = part.lastIndexOf(':');
      const id = part.slice(0, at).trim();
      const severity = parseSeverity(part.slice(at + 1).trim());
      if (at <= 0 || !severity) throw usage(`--rule ${part}: expected ID:off, ID:warn or ID:error`);
      rules[id] = severity;
    }
  }
  return rules;
}

/** Colour when printing to a terminal, unless --no-color or NO_COLOR says no; FORCE_COLOR says yes. */
export function wantsColor(flag: boolean | undefined, environment: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (flag === false) return false;
  if (environment.NO_COLOR !== undefined && environment.NO_COLOR !== '') return false;
  const force = environment.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTty;
}

/** The terminal's width when writing to one, else a positive COLUMNS, else unknown. */
export function terminalWidth(columns: number | undefined, environment: NodeJS.ProcessEnv, isTty: boolean): number | undefined {
  if (isTty && columns !== undefined && columns > 0) return columns;
  return /^[1-9]\d{0,4}$/.test(environment.COLUMNS ?? '') ? Number(environment.COLUMNS) : undefined;
}

/** Where the run's report goes, as options need to know it: the environment, and whether and how wide a terminal it is. */
export interface Target {
  readonly env: NodeJS.ProcessEnv;
  readonly isTty: boolean;
  readonly columns?: number;
}

export function toCliOptions(paths: readonly string[], raw: RawOptions, command: 'lint' | 'fix', target: Target): CliOptions {
  const environment = target.env;
  const format = (raw.format ?? 'stylish') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw usage(`--format ${raw.format}: expected one of ${REPORT_FORMATS.join(', ')}`);
  let maxWarnings = -1;
  if (raw.maxWarnings !== undefined) {
    if (!/^\d+$/.test(raw.maxWarnings)) throw usage(`--max-warnings ${JSON.stringify(raw.maxWarnings)}: expected a whole number, 0 or more`);
    maxWarnings = Number(raw.maxWarnings);
  }
  if (raw.fix && raw.fixDryRun) throw usage('--fix and --fix-dry-run: choose one');
  if (command === 'fix' && raw.fixDryRun) throw usage('copydesk fix writes its fixes; use `copydesk lint --fix-dry-run` to preview them');
  if (raw.stdinFilename !== undefined && !raw.stdin) throw usage('--stdin-filename goes with --stdin');
  if (raw.cacheLocation !== undefined && !raw.cache) throw usage('--cache-location goes with --cache');
  if (raw.stdin && paths.length > 0) throw usage('--stdin reads the article from standard input: give no paths');
  if (raw.stdin && raw.shard !== undefined) throw usage('--shard shares out files: it does not go with --stdin');
  const width = terminalWidth(raw.outputFile === undefined ? target.columns : undefined, environment, target.isTty);
  return {
    paths,
    fix: command === 'fix' || raw.fix === true,
    fixDryRun: raw.fixDryRun === true,
    format,
    ...(raw.outputFile !== undefined ? { outputFile: raw.outputFile } : {}),
    ...(raw.config !== undefined ? { config: raw.config } : {}),
    rules: parseRuleFlags(raw.rule ?? []),
    maxWarnings,
    quiet: raw.quiet === true,
    stdin: raw.stdin === true,
    ...(raw.stdinFilename !== undefined ? { stdinFilename: raw.stdinFilename } : {}),
    color: raw.outputFile === undefined && wantsColor(raw.color, environment, target.isTty),
    context: raw.context !== false,
    ...(width !== undefined ? { width } : {}),
    listRules: raw.listRules === true,
    init: raw.init === true,
    ...(raw.printConfig !== undefined ? { printConfig: raw.printConfig } : {}),
    ...(raw.cache ? { cacheFile: raw.cacheLocation ?? DEFAULT_CACHE_FILE } : {}),
    concurrency: parseConcurrency(raw.concurrency),
    ...(raw.shard !== undefined ? { shard: parseShard(raw.shard) } : {}),
    ...(raw.ruleTimeLimit !== undefined ? { ruleTimeLimit: parseTimeLimit(raw.ruleTimeLimit) } : {}),
  };
}
