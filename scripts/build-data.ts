// Writes the data the rules search at run time: dist/data/typos.tsv (misspellings) and the spelled-out word sets.
import fs from 'node:fs';
import path from 'node:path';
import { buildTypoTable, TABLE_FILE } from '../rules/util/typo-list';
import { BUILT_WORD_SETS, buildWordList, wordSetFile } from '../rules/util/word-set';

fs.mkdirSync(path.dirname(TABLE_FILE), { recursive: true });
fs.writeFileSync(TABLE_FILE, buildTypoTable());
for (const name of Object.keys(BUILT_WORD_SETS) as (keyof typeof BUILT_WORD_SETS)[]) fs.writeFileSync(wordSetFile(name), buildWordList(name));
