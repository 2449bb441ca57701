// Every spelled-out word of a dictionary as one file, looked up in place by hash: the spelling rule's yes/no check.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expandForms } from './lexicon';
import { packageRoot } from './package-root';
import { readLineTable } from './line-table';

export interface WordSet {
  has(word: string): boolean;
}

/** The dictionaries whose word sets the build writes (others fall back to the affix-aware lexicon). */
export const BUILT_WORD_SETS = { 'dictionary-en': 'words-en-us.txt', 'dictionary-en-gb': 'words-en-gb.txt' } as const;

export function wordSetFile(name: keyof typeof BUILT_WORD_SETS): string {
  return path.join('dist', 'data', BUILT_WORD_SETS[name]);
}

/** Spells out every form of a dictionary package (for the build). */
export function buildWordList(name: string): string {
  const folder = path.dirname(createRequire(import.meta.url).resolve(name));
  return expandForms(fs.readFileSync(path.join(folder, 'index.aff'), 'utf8'), fs.readFileSync(path.join(folder, 'index.dic'), 'utf8')).join('\n') + '\n';
}

const sets = new Map<string, WordSet | null>();

/** The word set the build wrote for a dictionary package, or null when there is none (running from source unbuilt). */
export function loadWordSet(name: string): WordSet | null {
  let set = sets.get(name);
  if (set !== undefined) return set;
  const file = name in BUILT_WORD_SETS ? path.join(packageRoot(), wordSetFile(name as keyof typeof BUILT_WORD_SETS)) : undefined;
  set = file && fs.existsSync(file) ? readLineTable(file) : null;
  sets.set(name, set);
  return set;
}
