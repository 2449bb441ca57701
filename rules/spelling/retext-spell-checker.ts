// retext-spell (nspell over a Hunspell dictionary) for the spelling rule's `suggester: "retext-spell"` option,
// in a module of its own so that only runs asking for it load it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import { VFile } from 'vfile';

export interface SpellChecker {
  /** retext-spell's suggestions for each word it does not know, best first. */
  suggest(words: readonly string[]): Map<string, readonly string[]>;
}

/** A checker over a dictionary package (dictionary-en, dictionary-en-gb…): building nspell takes about 300 ms. */
export function createSpellChecker(dictionaryPackage: string): SpellChecker {
  const folder = path.dirname(createRequire(import.meta.url).resolve(dictionaryPackage));
  const dictionary = { aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic')) };
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary }).freeze();
  return {
    suggest(words) {
      const file = new VFile(words.join('\n\n'));
      processor.runSync(processor.parse(file), file);
      const suggestions = new Map<string, readonly string[]>();
      for (const message of file.messages) if (typeof message.actual === 'string') suggestions.set(message.actual, message.expected ?? []);
      return suggestions;
    },
  };
}
