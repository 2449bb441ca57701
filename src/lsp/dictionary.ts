// "Add to the dictionary": writes a word into the word list of the config that applies to a file, creating
// .copydeskrc.json when none does. JSON, YAML and package.json configs are edited in place; a JavaScript config
// cannot be rewritten safely, so the word goes to the words file beside it, which is read with it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { WORDS_FILE } from '../config/load';
import { writeFileAtomic } from '../io/atomic-write';

/** What adding the word did: the file written, and whether it was created. */
export interface Added {
  readonly file: string;
  readonly created: boolean;
}

/** The indentation a JSON file uses (two spaces when it cannot tell). */
function indentOf(text: string): string | number {
  const match = /^[{[]\r?\n([ \t]+)/.exec(text);
  return match ? match[1]! : 2;
}

async function addToJson(file: string, word: string, key?: string): Promise<void> {
  const text = await fs.readFile(file, 'utf8');
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const value = JSON.parse(hasBom ? text.slice(1) : text) as Record<string, unknown>;
  const holder = (key ? value[key] : value) as Record<string, unknown>;
  const list = Array.isArray(holder.dictionary) ? (holder.dictionary as unknown[]) : [];
  if (!list.includes(word)) holder.dictionary = [...list, word];
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const written = JSON.stringify(value, null, indentOf(hasBom ? text.slice(1) : text)).replace(/\n/g, lineBreak) + (/\r?\n$/.test(text) ? lineBreak : '');
  await writeFileAtomic(file, (hasBom ? '\uFEFF' : '') + written);
}

async function addToYaml(file: string, word: string): Promise<void> {
  const module = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const yaml = module.default ?? module;
  const document = yaml.parseDocument(await fs.readFile(file, 'utf8'));
  const list = document.get('dictionary');
  if (yaml.isSeq(list)) {
    if (!list.items.some((item) => (yaml.isScalar(item) ? item.value : item) === word)) list.add(word);
  } else {
    document.set('dictionary', [word]);
  }
  // yaml keeps the comments and order of what was there.
  await writeFileAtomic(file, document.toString());
}

async function addToWordsFile(file: string, word: string): Promise<void> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const words = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, '').trim());
  if (!words.includes(word)) await writeFileAtomic(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${word}\n`);
}

/**
 * The file adding a word writes: `configFile` itself (the config that applies), the words file beside a JavaScript
 * config, or, with no config (null), a new .copydeskrc.json in `folder`. Known before anything is written, so that
 * the caller can refuse a place it must not write to.
 */
export function dictionaryFileOf(configFile: string | null, folder: string): string {
  if (configFile === null) return path.join(folder, '.copydeskrc.json');
  return /\.(?:json|ya?ml)$/.test(configFile) ? configFile : path.join(path.dirname(configFile), WORDS_FILE);
}

/**
 * Adds `word` to the dictionary of `configFile` (the config that applies, or null for none, when a new
 * .copydeskrc.json is made in `folder`).
 */
export async function addToDictionary(word: string, configFile: string | null, folder: string): Promise<Added> {
  const file = dictionaryFileOf(configFile, folder);
  if (configFile === null) {
    await writeFileAtomic(file, `${JSON.stringify({ dictionary: [word] }, null, 2)}\n`);
    return { file, created: true };
  }
  const base = path.basename(configFile);
  if (base === 'package.json') await addToJson(configFile, word, 'copydesk');
  else if (/\.json$/.test(base)) await addToJson(configFile, word);
  else if (/\.ya?ml$/.test(base)) await addToYaml(configFile, word);
  else await addToWordsFile(file, word);
  return { file, created: false };
}
