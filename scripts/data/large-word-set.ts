// Builds the large word set (dist/data/words-large.txt) from cspell's American and British dictionaries (@cspell/dict-en_us, @cspell/dict-en-gb-mit; MIT, from SCOWL's large lists).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

/** Each dictionary package, its compressed trie, and the dialect its words are marked with when the other lacks them. */
const SOURCES = [
  { name: '@cspell/dict-en_us', file: 'en_US.trie.gz', dialect: 'us' },
  { name: '@cspell/dict-en-gb-mit', file: 'en_GB.trie.gz', dialect: 'gb' },
] as const;

const require = createRequire(import.meta.url);

/** The folder of a dictionary package: each exports one file at its top (its cspell settings). */
function packageFolder(name: string): string {
  return path.dirname(require.resolve(name));
}

/** Every word a cspell trie spells out. */
function trieWords(name: string, file: string): string[] {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(packageFolder(name), file))).toString('utf8');
  return [...iteratorTrieWords(importTrie(text))];
}

/** Every misspelling @cspell/dict-en-common-misspellings names, in lower case, in any of its dialect files. */
function commonMisspellings(): Set<string> {
  const folder = path.join(packageFolder('@cspell/dict-en-common-misspellings'), 'dict');
  const wrong = new Set<string>();
  for (const file of ['dict-en.json', 'dict-en-us.json', 'dict-en-gb.json']) {
    const { dictionaryDefinitions } = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as {
      dictionaryDefinitions: { flagWords?: string[]; suggestWords?: string[] }[];
    };
    for (const definition of dictionaryDefinitions) {
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) wrong.add(entry.split('->')[0]!.trim().toLowerCase());
    }
  }
  return wrong;
}

/**
 * A form the spelling rule ever checks: ASCII letters only (it passes over words with digits, apostrophes and
 * other letters), three to 48 of them, no acronym and no inner capital. Possessives are checked without their
 * ending, so they need no line of their own. cspell's markers (`~` for a case-folded copy, `!` for a forbidden
 * word, `+` for a part of a compound) keep a word out too.
 */
const isCheckedForm = (word: string): boolean => /^[A-Za-z][a-z]{2,47}$/.test(word);

/**
 * The table: the words of the two dictionaries that the main word sets lack (`isMainWord`) and that no list
 * of common misspellings names, one a line, followed by `<TAB>us` or `<TAB>gb` when only one dialect has it.
 * The large lists hold rare forms that are also everyday slips ("alloted", "irregardless"); the misspellings
 * list takes those out.
 */
export function buildLargeWordList(isMainWord: (word: string) => boolean): string {
  const misspellings = commonMisspellings();
  const dialects = new Map<string, string>();
  for (const { name, file, dialect } of SOURCES) {
    for (const word of trieWords(name, file)) {
      if (!isCheckedForm(word) || isMainWord(word) || misspellings.has(word.toLowerCase())) continue;
      const other = dialects.get(word);
      dialects.set(word, other === undefined || other === dialect ? dialect : '');
    }
  }
  const words = [...dialects.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return words.map((word) => (dialects.get(word) ? `${word}\t${dialects.get(word)}` : word)).join('\n') + '\n';
}
