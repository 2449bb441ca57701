// Finds the config that applies to a file (nearest folder upward, never above the project root) and reads it: JSON,
// YAML, JS or package.json.
import { statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CopydeskError, describeError } from '../errors';
import { holdsGit } from '../io/project-root';
import type { Config } from '../types';
import { parseJsonConfig, rememberYaml } from './config-text';
import { DEFAULT_CONFIG, validateConfig } from './schema';

export const CONFIG_FILES = [
  '.copydeskrc.json',
  '.copydeskrc.yaml',
  '.copydeskrc.yml',
  'copydesk.config.js',
  'copydesk.config.mjs',
  'copydesk.config.cjs',
  'package.json',
] as const;

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/** The YAML parser is large: loaded only for a YAML config. (As CommonJS bundled, its functions sit on `default`.) */
async function loadYaml(): Promise<typeof import('yaml')> {
  const module = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const yaml = module.default ?? module;
  rememberYaml(yaml);
  return yaml;
}

/** Parses a YAML config; a syntax error names its line and column. */
async function parseYamlConfig(text: string, file: string): Promise<unknown> {
  try {
    return (await loadYaml()).parse(text, { prettyErrors: true });
  } catch (error) {
    const place = (error as { linePos?: readonly { line: number; col: number }[] }).linePos?.[0];
    const where = place ? `${file}:${place.line}:${place.col}` : file;
    const reason = describeError(error).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new CopydeskError('config', `${where}: invalid YAML: ${reason}`, { cause: error, file, ...(place ? { place: { line: place.line, column: place.col } } : {}) });
  }
}

/** A words file beside a config adds accepted words to its `dictionary`: one word a line, `#` starts a comment. */
export const WORDS_FILE = '.copydesk-words.txt';

async function withWordsFile(config: Config): Promise<Config> {
  if (!config.source) return config;
  const file = path.join(path.dirname(config.source), WORDS_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return config;
  }
  const words = text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
  return { ...config, dictionary: [...config.dictionary, ...words] };
}

/** Reads and validates one config file, with the words file beside it. Throws a CopydeskError naming the file and the problem. */
export async function readConfigFile(file: string): Promise<Config> {
  return withWordsFile(await readConfigOnly(file));
}

async function readConfigOnly(file: string): Promise<Config> {
  const base = path.basename(file);
  let raw: unknown;
  if (/\.(?:c|m)?js$/.test(base)) {
    try {
      // Keyed on the file's time: a process that reads the config again after it changed (the language server)
      // gets the new one, where import() would hand back the module it loaded first.
      const version = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      const module = (await import(`${pathToFileURL(path.resolve(file)).href}?mtime=${version}`)) as { default?: unknown };
      raw = module.default ?? module;
    } catch (error) {
      throw new CopydeskError('config', `${file}: cannot load: ${describeError(error)}`, { cause: error, file });
    }
    return validateConfig(raw, file);
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new CopydeskError('config', `${file}: cannot read: ${describeError(error)}`, { cause: error, file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  raw = /\.ya?ml$/.test(base) ? await parseYamlConfig(text, file) : parseJsonConfig(text, file);
  if (base === 'package.json') raw = (raw as Record<string, unknown> | null)?.copydesk;
  if (/\.ya?ml$/.test(base) && (raw === null || raw === undefined)) raw = {};
  return validateConfig(raw, file);
}

/** Looks up configs by folder, remembering what it found. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<Config>>();

  constructor(private readonly explicit?: string) {}

  /** The config for a file in `folder`: the explicit one, or the nearest above it, or the defaults. */
  find(folder: string): Promise<Config> {
    if (this.explicit) return this.load(this.explicit);
    const absolute = path.resolve(folder);
    let found = this.byFolder.get(absolute);
    if (!found) {
      found = this.search(absolute);
      this.byFolder.set(absolute, found);
    }
    return found;
  }

  private readonly files = new Map<string, Promise<Config>>();

  private load(file: string): Promise<Config> {
    const absolute = path.resolve(file);
    let loaded = this.files.get(absolute);
    if (!loaded) {
      loaded = readConfigFile(file);
      this.files.set(absolute, loaded);
    }
    return loaded;
  }

  /**
   * The nearest config at or above `folder`, which ends the search (a config that says `root: true` says so
   * explicitly), or the defaults. The search stops at the project root, the folder holding `.git` (a folder, or the
   * file a worktree or a submodule has): a config above a repository is someone else's, and its plugins are code.
   * Outside any repository it goes on up to the file system's root.
   */
  private async search(folder: string): Promise<Config> {
    for (const name of CONFIG_FILES) {
      const file = path.join(folder, name);
      if (!isFile(file)) continue;
      if (name === 'package.json' && !(await hasCopydeskKey(file))) continue;
      return this.load(file);
    }
    const parent = path.dirname(folder);
    return parent === folder || holdsGit(folder) ? DEFAULT_CONFIG : this.find(parent);
  }
}

async function hasCopydeskKey(file: string): Promise<boolean> {
  try {
    const manifest = parseJsonConfig(await fs.readFile(file, 'utf8'), file) as Record<string, unknown>;
    return manifest !== null && typeof manifest === 'object' && 'copydesk' in manifest;
  } catch {
    // A package.json that is not JSON is not ours to report: it just holds no copydesk config.
    return false;
  }
}
