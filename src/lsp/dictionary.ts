// "Add to the dictionary": writes a word into the word list of the config that applies to a file, creating
// .copydeskrc.json when none does. JSON, YAML and package.json configs are edited in place; a JavaScript config
// cannot be rewritten safely, so the word goes to the words file beside it, which is read with it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser';
import { parseJsonConfig } from '../config/config-text';
import { WORDS_FILE } from '../config/load';
import { writeFileAtomic } from '../io/atomic-write';

/** What adding the word did: the file written, and whether it was created. */
export interface Added {
  readonly file: string;
  readonly created: boolean;
}

/** The indentation a JSON file uses: a tab, or how many spaces (two when it cannot tell). */
function indentOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const match = /^[{[]\r?\n([ \t]+)/.exec(text);
  if (match?.[1]!.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: match ? match[1]!.length : 2 };
}

/** Adds the word to a JSON config's dictionary, editing the text in place: its comments, order and indentation stay. */
async function addToJson(file: string, word: string, key?: string): Promise<void> {
  const text = await fs.readFile(file, 'utf8');
  const value = parseJsonConfig(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file) as Record<string, unknown>;
  const holder = (key ? value[key] : value) as Record<string, unknown>;
  const list = Array.isArray(holder.dictionary) ? (holder.dictionary as unknown[]) : undefined;
  if (list?.includes(word)) return;
  const where = [...(key ? [key] : []), 'dictionary'];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const listNode = list && list.length > 0 ? findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true })!, where) : undefined;
  const edited = listNode ? appendToList(text, listNode, word, eol) : undefined;
  const edits = edited ? [] : modify(text, list ? [...where, list.length] : where, list ? word : [word], { formattingOptions: { ...indentOf(text.replace(/^\uFEFF/, '')), eol }, isArrayInsertion: list !== undefined });
  await writeFileAtomic(file, edited ?? applyEdits(text, edits));
}

/**
 * Appends a word to a list written one item a line, after the last item's line and whatever comment ends it,
 * with the last item's indentation and its trailing-comma style; undefined for a list on one line.
 */
function appendToList(text: string, list: Node, word: string, eol: string): string | undefined {
  const last = list.children![list.children!.length - 1]!;
  const valueEnd = last.offset + last.length;
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (text.slice(lineStart, last.offset) !== indent) return undefined;
  const lineEnd = text.indexOf('\n', valueEnd) < 0 ? text.length : text.indexOf('\n', valueEnd);
  const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const hasTrailingComma = /^\s*,/.test(text.slice(valueEnd, contentEnd));
  const item = `${eol}${indent}${JSON.stringify(word)}${hasTrailingComma ? ',' : ''}`;
  const comma = hasTrailingComma ? '' : ',';
  return text.slice(0, valueEnd) + comma + text.slice(valueEnd, contentEnd) + item + text.slice(contentEnd);
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
