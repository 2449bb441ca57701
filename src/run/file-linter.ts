// Lints a text as the file it stands for, as the command line does: finds the config that applies (or the one
// given), resolves its rules with plugins and overrides once per config, leaves out what the config's ignore
// list (and any further list the caller adds) leaves out, and runs the engine. The API's file runs, its worker
// threads, lintText and the language server all get their configs and rules here.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigFinder } from '../config/load';
import { resolveRules, type ResolvedRules } from '../config/rule-set';
import type { TextResult } from '../engine/linter';
import { pathBelow } from '../io/paths';
import { formatOf, loadParsers } from '../parse/document';
import type { Config, Format, Message, Severity } from '../types';
import { lintSource, lintSourceInSteps, textOf, type Text } from './lint-source';

export interface FileLinterOptions {
  /** Folder a relative `configFile` is taken from; defaults to process.cwd(). */
  readonly cwd?: string;
  /** Use this config file for every file instead of searching upward from each file's folder. */
  readonly configFile?: string;
  /** Severity overrides by rule id (`--rule`, or the language server's settings). */
  readonly rules?: Readonly<Record<string, Severity>>;
  /** How long, in seconds, a plugin rule may take on one file (over the config's ruleTimeLimit). */
  readonly ruleTimeLimit?: number;
  /** The article's English, over the config's `language` (the language server's setting). */
  readonly language?: string;
  /** A further ignore list beside each config's own (the language server's workspace .copydeskignore). */
  readonly alsoIgnores?: (file: string) => Promise<boolean>;
}

/** What linting a file needs: the config that applies and the rules it resolves to. */
export interface SetUp {
  readonly config: Config;
  readonly rules: ResolvedRules;
}

export class FileLinter {
  private readonly finder: ConfigFinder;
  private readonly resolved = new Map<Config, Promise<ResolvedRules>>();

  constructor(private readonly options: FileLinterOptions = {}) {
    const cwd = path.resolve(options.cwd ?? process.cwd());
    this.finder = new ConfigFinder(options.configFile && path.resolve(cwd, options.configFile));
  }

  /** The config for files in `folder`: the one given, or the nearest above, or the defaults. */
  configIn(folder: string): Promise<Config> {
    return this.finder.find(folder);
  }

  configOf(file: string): Promise<Config> {
    return this.finder.find(path.dirname(file));
  }

  /** The rules a config resolves to, with the overrides: once per config. Throws a CopydeskError for a broken one. */
  rulesOf(config: Config): Promise<ResolvedRules> {
    let rules = this.resolved.get(config);
    if (!rules) {
      const { language, rules: overrides = {}, ruleTimeLimit } = this.options;
      rules = resolveRules(language ? { ...config, language } : config, overrides, ruleTimeLimit);
      this.resolved.set(config, rules);
    }
    return rules;
  }

  /** The rules for a file, whatever the ignore lists say. */
  async rulesOfFile(file: string): Promise<ResolvedRules> {
    return this.rulesOf(await this.configOf(file));
  }

  /** The config and rules for a file, or undefined when an ignore list leaves it out (its rules are then not resolved). */
  async setUp(file: string): Promise<SetUp | undefined> {
    const config = await this.configOf(file);
    if (isIgnoredBy(config, file) || (await this.options.alsoIgnores?.(file))) return undefined;
    return { config, rules: await this.rulesOf(config) };
  }

  /**
   * Lints a text as the file it stands for (in `format`, or the one its name gives), fixing when asked; undefined
   * when the file is ignored. `text` may be a function, called once the rules are ready: a document that is being
   * edited is linted as it is then. Throws a CopydeskError for a broken config or plugin.
   */
  async lint(file: string, text: Text, options: { readonly fix?: boolean; readonly format?: Format } = {}): Promise<(TextResult & SetUp) | undefined> {
    const ready = await this.ready(file, options.format);
    return ready && { ...lintSource(textOf(text), { path: file, format: options.format }, ready.rules, options.fix), ...ready };
  }

  /** As `lint` without fixing, one rule at a time, stopping ('stale') when `isStale` says so: see lintSourceInSteps. */
  async lintInSteps(file: string, text: Text, format: Format | undefined, isStale: () => boolean): Promise<readonly Message[] | 'stale'> {
    const ready = await this.ready(file, format);
    if (!ready) return [];
    return lintSourceInSteps(text, { path: file, format }, ready.rules, isStale);
  }

  private async ready(file: string, format: Format | undefined): Promise<SetUp | undefined> {
    const ready = await this.setUp(file);
    if (ready) await loadParsers(format ?? formatOf(file));
    return ready;
  }
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
