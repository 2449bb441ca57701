// Loads third-party rules named in a config's `plugins` (module names or paths) and checks their shape.
import fs from 'node:fs';
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

/** The entry of an exports map for ESM: the first of import, node, default that is given, nested maps followed. */
function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined;
  if (Array.isArray(exports)) return exports.map((each) => exportTarget(each, subpath)).find((each) => each !== undefined);
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  if (Object.keys(map).some((key) => key.startsWith('.'))) return map[subpath] === undefined ? undefined : exportTarget(map[subpath], '.');
  for (const condition of ['import', 'node', 'default']) {
    const target = map[condition] === undefined ? undefined : exportTarget(map[condition], '.');
    if (target !== undefined) return target;
  }
  return undefined;
}

/**
 * Resolves a package name from the config's folder as `import` would: require.resolve cannot see packages that
 * export only an `import` condition, and import() alone would resolve from copydesk's folder instead.
 */
function resolvePackage(specifier: string, base: string): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.length > nameLength ? `./${parts.slice(nameLength).join('/')}` : '.';
  for (let folder = base; ; folder = path.dirname(folder)) {
    const root = path.join(folder, 'node_modules', name);
    const manifestFile = path.join(root, 'package.json');
    if (fs.existsSync(manifestFile)) {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { exports?: unknown; module?: string; main?: string };
      const target = manifest.exports !== undefined ? exportTarget(manifest.exports, subpath) : subpath === '.' ? (manifest.main ?? 'index.js') : subpath;
      return target === undefined ? undefined : path.join(root, target);
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

async function importPlugin(specifier: string, base: string, origin: string): Promise<readonly Rule[]> {
  const isPath = specifier.startsWith('.') || path.isAbsolute(specifier);
  let url: string;
  try {
    const resolved = isPath ? path.resolve(base, specifier) : (resolvePackage(specifier, base) ?? createRequire(path.join(base, 'noop.js')).resolve(specifier));
    url = pathToFileURL(resolved).href;
  } catch {
    url = specifier;
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new CopydeskError('plugin', `${origin}: plugin "${specifier}" cannot be loaded: ${describeError(error)}`, { cause: error });
  }
  let exported: unknown = module.default ?? module;
  // CommonJS compiled from TypeScript or Babel: `exports.default = rule` with `__esModule`.
  if (typeof exported === 'object' && exported !== null && (exported as { __esModule?: unknown }).__esModule && 'default' in exported) {
    exported = (exported as { default: unknown }).default;
  }
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
  if (rule.docs !== undefined && !isWebAddress(rule.docs)) return fail(`rule "${rule.id}": \`docs\` must be the address of its documentation page (https://…)`);
  return { ...rule, description: typeof rule.description === 'string' ? rule.description : '' } as Rule;
}

/** An http(s) address: what a report can link to from anywhere, unlike a path or a file: URL. */
function isWebAddress(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}
