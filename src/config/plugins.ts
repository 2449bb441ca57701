// Loads third-party rules named in a config's `plugins` (module names or paths) and checks their shape.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CopydeskError, describeError } from '../errors';
import type { Rule } from '../types';

const cache = new Map<string, Promise<readonly Rule[]>>();

/** Loads a plugin: its default export is a rule, a list of rules, or `{ rules }` (a list or an object of rules). */
export function loadPlugin(specifier: string, configFile: string | null): Promise<readonly Rule[]> {
  const base = configFile ? path.dirname(path.resolve(configFile)) : process.cwd();
  const key = `${base}\0${specifier}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = importPlugin(specifier, base, configFile ?? '(command line)');
    cache.set(key, loaded);
  }
  return loaded;
}

async function importPlugin(specifier: string, base: string, origin: string): Promise<readonly Rule[]> {
  const isPath = specifier.startsWith('.') || path.isAbsolute(specifier);
  let url: string;
  try {
    url = isPath
      ? pathToFileURL(path.resolve(base, specifier)).href
      : pathToFileURL(createRequire(path.join(base, 'noop.js')).resolve(specifier)).href;
  } catch {
    url = specifier;
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new CopydeskError('plugin', `${origin}: plugin "${specifier}" cannot be loaded: ${describeError(error)}`, { cause: error });
  }
  const exported = module.default ?? module;
  const candidates = toList(exported);
  if (candidates.length === 0) throw new CopydeskError('plugin', `${origin}: plugin "${specifier}" exports no rules`);
  return candidates.map((candidate, index) => checkRule(candidate, `${origin}: plugin "${specifier}"${candidates.length > 1 ? ` rule #${index + 1}` : ''}`));
}

function toList(exported: unknown): unknown[] {
  if (Array.isArray(exported)) return exported;
  if (typeof exported === 'object' && exported !== null && 'rules' in exported) {
    const rules = (exported as { rules: unknown }).rules;
    if (Array.isArray(rules)) return rules;
    if (typeof rules === 'object' && rules !== null) return Object.values(rules);
  }
  return exported === undefined ? [] : [exported];
}

function checkRule(candidate: unknown, where: string): Rule {
  const rule = candidate as Partial<Rule> | null;
  const fail = (what: string): never => {
    throw new CopydeskError('plugin', `${where}: ${what}`);
  };
  if (typeof rule !== 'object' || rule === null) return fail('is not a rule object');
  if (typeof rule.id !== 'string' || !/^[a-z0-9@][\w./@-]*$/i.test(rule.id)) return fail('needs a string `id` (letters, digits, - / . @)');
  if (typeof rule.check !== 'function') return fail(`rule "${rule.id}" needs a check(document, options) function`);
  if (typeof rule.fixable !== 'boolean') return fail(`rule "${rule.id}" needs \`fixable: true|false\``);
  if (!['error', 'warn', 'off'].includes(rule.defaultSeverity as string)) return fail(`rule "${rule.id}" needs defaultSeverity "error", "warn" or "off"`);
  return { ...rule, description: typeof rule.description === 'string' ? rule.description : '' } as Rule;
}
