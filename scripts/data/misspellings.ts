// Builds the common-misspellings table (dist/data/typos.tsv) from @cspell/dict-en-common-misspellings (CC BY-SA 4.0).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadLexicon } from '../../src/language/casing';

/**
 * The table: one "misspelling<TAB>correction[,correction]" line per entry, sorted by code unit, lower case,
 * one-word misspellings only, and none that a dictionary (American or British) accepts as a word.
 */
export function buildMisspellingTable(): string {
  const main = createRequire(import.meta.url).resolve('@cspell/dict-en-common-misspellings');
  const definitions = JSON.parse(fs.readFileSync(path.join(path.dirname(main), 'dict', 'dict-en.json'), 'utf8')) as {
    dictionaryDefinitions: { suggestWords?: string[] }[];
  };
  const american = loadLexicon('dictionary-en');
  const british = loadLexicon('dictionary-en-gb');
  const table = new Map<string, Set<string>>();
  for (const definition of definitions.dictionaryDefinitions) {
    for (const entry of definition.suggestWords ?? []) {
      const arrow = entry.indexOf('->');
      if (arrow < 0) continue;
      const wrong = entry.slice(0, arrow).trim().toLowerCase();
      if (!/^[a-z][a-z']*$/.test(wrong) || american.has(wrong) || british.has(wrong)) continue;
      const corrections = entry.slice(arrow + 2).split(',').map((each) => each.trim().toLowerCase()).filter((each) => each.length > 0 && each !== wrong);
      if (corrections.length === 0) continue;
      const known = table.get(wrong) ?? new Set<string>();
      for (const correction of corrections) known.add(correction);
      table.set(wrong, known);
    }
  }
  const keys = [...table.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => `${key}\t${[...table.get(key)!].join(',')}`).join('\n') + '\n';
}
