// Writes the tables the rules search at run time into dist/data, each list with its hash index: the misspellings, the spelled-out word sets, the large word set, and the frequency table.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES, dataFilePath, type WordSetPackage } from '../src/language/data-files';
import { writeLineTable } from '../src/language/line-table';
import { buildFrequencyTable, rankedWords } from './data/frequency';
import { buildLargeWordList } from './data/large-word-set';
import { buildMisspellingTable } from './data/misspellings';
import { buildWordList } from './data/word-sets';

fs.mkdirSync(path.dirname(dataFilePath(DATA_FILES.misspellings)), { recursive: true });
writeLineTable(dataFilePath(DATA_FILES.misspellings), buildMisspellingTable());
const known = new Set<string>();
for (const name of Object.keys(DATA_FILES.wordSets) as WordSetPackage[]) {
  const list = buildWordList(name);
  writeLineTable(dataFilePath(DATA_FILES.wordSets[name]), list);
  for (const word of list.split('\n')) known.add(word);
}
// Sorted, ASCII and searched by halving: no index to read beside it (see src/language/sorted-lines.ts).
fs.writeFileSync(dataFilePath(DATA_FILES.largeWordSet), buildLargeWordList((word) => known.has(word)));
writeLineTable(dataFilePath(DATA_FILES.frequency), buildFrequencyTable(rankedWords((word) => known.has(word))));
// The language model is made from its source by scripts/language-model.ts (npm run data:language-model) and kept in
// the repository, since its source is a Debian package; the build copies it beside the other tables.
fs.copyFileSync(path.join('src', 'language', 'data', DATA_FILES.languageModel), dataFilePath(DATA_FILES.languageModel));
