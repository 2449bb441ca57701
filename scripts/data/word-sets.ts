// Spells out every form of a Hunspell dictionary package (dictionary-en, dictionary-en-gb; MIT AND BSD, from SCOWL) as a word list.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expandForms } from '../../src/language/lexicon';

export function buildWordList(name: string): string {
  const folder = path.dirname(createRequire(import.meta.url).resolve(name));
  return expandForms(fs.readFileSync(path.join(folder, 'index.aff'), 'utf8'), fs.readFileSync(path.join(folder, 'index.dic'), 'utf8')).join('\n') + '\n';
}
