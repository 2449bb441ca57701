// Writes the data the rules search at run time, each list with its hash index: dist/data/typos.tsv (misspellings) and the spelled-out word sets.
import fs from 'node:fs';
import path from 'node:path';
import { buildTypoTable, TABLE_FILE } from '../rules/util/typo-list';
import { writeLineTable } from '../rules/util/line-table';
import { BUILT_WORD_SETS, buildWordList, wordSetFile } from '../rules/util/word-set';

fs.mkdirSync(path.dirname(TABLE_FILE), { recursive: true });
writeLineTable(TABLE_FILE, buildTypoTable());
for (const name of Object.keys(BUILT_WORD_SETS) as (keyof typeof BUILT_WORD_SETS)[]) writeLineTable(wordSetFile(name), buildWordList(name));
