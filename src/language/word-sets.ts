// Every spelled-out word of a dictionary as one file, looked up in place by hash: the yes/no check of "is this an English word?", and the large word set behind it.
import { DATA_FILES, readDataTable, readSortedDataTable, type WordSetPackage } from './data-files';

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

/** Which dialects the large word set has a word in. */
export type LargeWordDialects = 'both' | 'us' | 'gb';

export interface LargeWordSet {
  /** The dialects the large set has the word in, or undefined when it lacks it (or when a main word set has it). */
  dialectsOf(word: string): LargeWordDialects | undefined;
}

let large: LargeWordSet | undefined;

/**
 * The rarer words of cspell's large dictionaries (about 117,000, SCOWL's size 70 and more) that the word sets
 * lack, read on first use (a file read, searched in place): a run that meets no word outside the word sets never reads it.
 */
export function loadLargeWordSet(): LargeWordSet {
  if (large) return large;
  const table = readSortedDataTable(DATA_FILES.largeWordSet);
  large = {
    dialectsOf(word) {
      const dialect = table.find(word);
      if (dialect === undefined) return undefined;
      return dialect === 'us' || dialect === 'gb' ? dialect : 'both';
    },
  };
  return large;
}
