// Every spelled-out word of a dictionary as one file, looked up in place by hash: the yes/no check of "is this an English word?".
import { DATA_FILES, readDataTable, type WordSetPackage } from './data-files';

export interface WordSet {
  has(word: string): boolean;
}

const sets = new Map<string, WordSet | null>();

/**
 * The word set the build wrote for a dictionary package (dictionary-en, dictionary-en-gb), read once per process;
 * null for a package the build writes none for (those are read through their Hunspell files, see casing.ts).
 */
export function loadWordSet(name: string): WordSet | null {
  let set = sets.get(name);
  if (set !== undefined) return set;
  set = name in DATA_FILES.wordSets ? readDataTable(DATA_FILES.wordSets[name as WordSetPackage]) : null;
  sets.set(name, set);
  return set;
}
