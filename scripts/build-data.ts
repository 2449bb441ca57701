// Writes the data the rules search at run time, each list with its hash index: dist/data/typos.tsv (misspellings), the spelled-out word sets, and the frequency table.
import fs from 'node:fs';
import path from 'node:path';
import { buildTypoTable, TABLE_FILE } from '../src/language/misspellings';
import { writeLineTable } from '../src/language/line-table';
import { BUILT_WORD_SETS, buildWordList, wordSetFile } from '../src/language/word-sets';
import { buildFrequencyTable, FREQUENCY_FILE, rankedWords } from '../src/language/frequency';

fs.mkdirSync(path.dirname(TABLE_FILE), { recursive: true });
writeLineTable(TABLE_FILE, buildTypoTable());
const known = new Set<string>();
for (const name of Object.keys(BUILT_WORD_SETS) as (keyof typeof BUILT_WORD_SETS)[]) {
  const list = buildWordList(name);
  writeLineTable(wordSetFile(name), list);
  for (const word of list.split('\n')) known.add(word);
}
writeLineTable(FREQUENCY_FILE, buildFrequencyTable(rankedWords((word) => known.has(word))));
