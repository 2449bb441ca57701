// Validates a raw config object (from JSON, YAML, JS or package.json) into a Config, naming the file and key of each problem.
import type { Config, RuleSetting, Severity } from '../types';
import { settingProblem } from './config-text';

const SEVERITIES: Readonly<Record<string, Severity>> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };
const LIST_KEYS = ['dictionary', 'properNouns', 'boilerplate', 'plugins', 'ignore'] as const;
const KNOWN_KEYS = new Set<string>(['$schema', 'root', 'rules', 'language', 'ruleTimeLimit', ...LIST_KEYS]);
export const LANGUAGES = ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const;

export const DEFAULT_CONFIG: Config = {
  rules: {},
  dictionary: [],
  properNouns: [],
  boilerplate: [],
  plugins: [],
  ignore: [],
  source: null,
};

/** The longest time limit a rule may be given, in seconds: a day. */
export const MAX_TIME_LIMIT_SECONDS = 86400;

/** Whether a value is a time limit in seconds: a number above 0 and at most a day. */
export function isTimeLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_TIME_LIMIT_SECONDS;
}


export function parseSeverity(value: unknown): Severity | undefined {
  return typeof value === 'string' || typeof value === 'number' ? SEVERITIES[String(value)] : undefined;
}

function parseRuleSetting(file: string, id: string, value: unknown): RuleSetting {
  const key = ['rules', id];
  const expected = 'expected "off", "warn", "error" (or 0, 1, 2), or [severity, {options}]';
  if (Array.isArray(value)) {
    const [severityValue, options, ...rest] = value as unknown[];
    const severity = parseSeverity(severityValue);
    if (!severity || rest.length > 0) throw settingProblem(file, key, expected);
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw settingProblem(file, [...key, 1], 'options must be an object');
    }
    return { severity, options: (options ?? {}) as Record<string, unknown> };
  }
  const severity = parseSeverity(value);
  if (!severity) throw settingProblem(file, key, `${expected}, not ${JSON.stringify(value)}`);
  return { severity, options: {} };
}

/** Turns what a config file holds into a Config; throws a CopydeskError naming the file and key. */
export function validateConfig(raw: unknown, file: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw settingProblem(file, [], 'expected an object');
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) throw settingProblem(file, [key], `unknown setting; known settings are ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')}`, 'key');
  }
  const rules: Record<string, RuleSetting> = {};
  if (record.rules !== undefined) {
    if (typeof record.rules !== 'object' || record.rules === null || Array.isArray(record.rules)) {
      throw settingProblem(file, ['rules'], 'expected an object of rule ids');
    }
    for (const [id, value] of Object.entries(record.rules)) rules[id] = parseRuleSetting(file, id, value);
  }
  const lists: Record<string, readonly string[]> = {};
  for (const key of LIST_KEYS) {
    const value = record[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw settingProblem(file, [key], 'expected a list of strings');
    lists[key] = value as string[];
  }
  if (record.language !== undefined && !LANGUAGES.includes(record.language as (typeof LANGUAGES)[number])) {
    throw settingProblem(file, ['language'], `expected one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(record.language)}`);
  }
  // `root: true` marks the project root. The nearest config applies whole, so any config already ends the search
  // (see load.ts): `root` says so explicitly, as in ESLint and cspell, and is checked like every other key.
  if (record.root !== undefined && typeof record.root !== 'boolean') throw settingProblem(file, ['root'], `expected true or false, not ${JSON.stringify(record.root)}`);
  if (record.ruleTimeLimit !== undefined && !isTimeLimit(record.ruleTimeLimit)) {
    throw settingProblem(file, ['ruleTimeLimit'], `expected a number of seconds above 0 (at most ${MAX_TIME_LIMIT_SECONDS}), not ${JSON.stringify(record.ruleTimeLimit)}`);
  }
  return {
    ...DEFAULT_CONFIG,
    ...lists,
    rules,
    ...(record.language !== undefined ? { language: record.language as string } : {}),
    ...(record.ruleTimeLimit !== undefined ? { ruleTimeLimit: record.ruleTimeLimit as number } : {}),
    source: file,
  };
}
