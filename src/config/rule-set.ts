// Decides which rules run on a file and how: built-ins and plugins, severities and options from config and --rule.
import { builtinRules } from '../registry';
import { settingProblem } from './config-text';
import { CopydeskError, describeError } from '../errors';
import type { RuleEntry } from '../engine/run-rules';
import type { Config, Rule, RuleContext, RuleOptions, RuleOptionSpec, Severity } from '../types';
import { DEFAULT_RULE_TIME_LIMIT_SECONDS, TimeLimitError, withTimeLimit } from '../engine/time-limit';
import { loadPlugin } from './plugins';

export interface ResolvedRules {
  readonly entries: readonly RuleEntry[];
  /** Every rule known for this config, on or off: for --list-rules, SARIF and messages. */
  readonly known: readonly Rule[];
  readonly knownIds: ReadonlySet<string>;
  readonly context: RuleContext;
}

/** Collects the built-in rules and the config's plugin rules; a plugin may not reuse a built-in id. */
export async function collectRules(config: Config): Promise<readonly Rule[]> {
  if (config.plugins.length === 0) return builtinRules;
  const rules = new Map<string, Rule>(builtinRules.map((rule) => [rule.id, rule]));
  for (const specifier of config.plugins) {
    for (const rule of await loadPlugin(specifier, config.source)) {
      if (rules.has(rule.id)) throw new CopydeskError('plugin', `${config.source}: plugin "${specifier}" defines rule "${rule.id}", which already exists`, { file: config.source });
      rules.set(rule.id, rule);
    }
  }
  return [...rules.values()];
}

const TYPE_NAMES: Readonly<Record<RuleOptionSpec['type'], string>> = {
  boolean: 'true or false',
  number: 'a number',
  string: 'a string',
  'string[]': 'a list of strings',
};

function hasType(value: unknown, type: RuleOptionSpec['type']): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string');
  return typeof value === type && (type !== 'number' || Number.isFinite(value));
}

/** Refuses options a rule does not declare, and values of the wrong type, naming the config file and key. */
function checkOptions(rule: Rule, options: RuleOptions, source: string | null): void {
  const specs = rule.options ?? {};
  for (const [name, value] of Object.entries(options)) {
    const spec = specs[name];
    const key = ['rules', rule.id, 1, name];
    if (!spec) {
      const known = Object.keys(specs);
      throw settingProblem(source, key, `unknown option; ${known.length > 0 ? `known options are ${known.join(', ')}` : 'the rule takes none'}`, 'key');
    }
    if (!hasType(value, spec.type)) throw settingProblem(source, key, `expected ${TYPE_NAMES[spec.type]}, not ${JSON.stringify(value)}`);
  }
}

const BUILTIN = new Set<Rule>(builtinRules);

/**
 * The rules that run under a config, with `--rule` overrides. Every rule gets a time limit on each file: the
 * `timeLimitSeconds` given (--rule-time-limit), else the config's ruleTimeLimit, else 5 s. A plugin's prepare()
 * has the same limit; the built-in rules' data loads unwatched.
 */
export async function resolveRules(config: Config, overrides: Readonly<Record<string, Severity>> = {}, timeLimitSeconds?: number): Promise<ResolvedRules> {
  const known = await collectRules(config);
  const byId = new Map(known.map((rule) => [rule.id, rule]));
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) throw settingProblem(config.source, ['rules', id], `unknown rule; known rules are ${[...byId.keys()].join(', ')}`, 'key');
  }
  for (const id of Object.keys(overrides)) {
    if (!byId.has(id)) throw new CopydeskError('usage', `--rule ${id}: unknown rule; known rules are ${[...byId.keys()].join(', ')}`);
  }
  const entries: RuleEntry[] = [];
  for (const rule of known) {
    const setting = config.rules[rule.id];
    if (setting && rule.options) checkOptions(rule, setting.options, config.source);
    const severity = overrides[rule.id] ?? setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const timeLimit = (timeLimitSeconds ?? config.ruleTimeLimit ?? DEFAULT_RULE_TIME_LIMIT_SECONDS) * 1000;
    entries.push({ rule, severity, options: setting?.options ?? {}, timeLimit, ...(BUILTIN.has(rule) ? { isBuiltin: true } : {}) });
  }
  await Promise.all(entries.map((entry) => prepareRule(entry.rule, entry.options, entry.isBuiltin ? undefined : entry.timeLimit)));
  return {
    entries,
    known,
    knownIds: new Set(byId.keys()),
    context: {
      dictionary: config.dictionary,
      properNouns: config.properNouns,
      boilerplate: config.boilerplate,
      ...(config.language ? { language: config.language } : {}),
      analysisOptions: Object.fromEntries(known.flatMap((rule) => (rule.configures ? [[rule.configures.id, config.rules[rule.id]?.options ?? {}]] : []))),
    },
  };
}

/**
 * Runs a rule's `prepare`; a rule that fails to prepare is a broken plugin, reported as one. With `timeLimit`
 * (milliseconds, for plugin rules), a prepare that has not finished by then, in its own code or in what it waits
 * for, is reported so too.
 */
export async function prepareRule(rule: Rule, options: RuleOptions, timeLimit?: number): Promise<void> {
  if (!rule.prepare) return;
  let timer: NodeJS.Timeout | undefined;
  try {
    if (timeLimit === undefined) {
      await rule.prepare(options);
      return;
    }
    const started = performance.now();
    const pending = withTimeLimit(() => rule.prepare!(options), timeLimit);
    const left = Math.max(0, timeLimit - (performance.now() - started));
    await Promise.race([pending, new Promise((_, reject) => (timer = setTimeout(() => reject(new TimeLimitError(timeLimit)), left)))]);
  } catch (error) {
    throw new CopydeskError('plugin', `rule ${rule.id}: prepare() ${error instanceof TimeLimitError ? `did not finish within ${timeLimit! / 1000} s (ruleTimeLimit)` : `failed: ${describeError(error)}`}`);
  } finally {
    clearTimeout(timer);
  }
}
