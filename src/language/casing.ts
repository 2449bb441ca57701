// What dictionary-en says about letter case: which words it knows in lower case, and which only capitalized.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import british from './data/british-lowercase.json';
import { createLexicon, type Lexicon } from './lexicon';
import type { WordSetPackage } from './data-files';
import { loadWordSet } from './word-sets';

export interface Casing {
  /** Whether the word (lower case) or a word it is inflected from is a lower-case dictionary word. */
  isLowercaseWord(word: string): boolean;
  /** The same in any English spelling: American, or British (dictionary-en-gb, loaded on first use). */
  isLowercaseWordInAnyDialect(word: string): boolean;
  /** The dictionary's capitalized form of a word that it knows only capitalized ("russia" → "Russia"), if any. */
  properForm(word: string): string | undefined;
}

let casing: Casing | undefined;
const lexicons = new Map<string, Lexicon>();

/** The Hunspell dictionary of a dictionary-en package (dictionary-en, dictionary-en-gb), read once per process. */
export function loadLexicon(name: string): Lexicon {
  let lexicon = lexicons.get(name);
  if (!lexicon) {
    const folder = path.dirname(createRequire(import.meta.url).resolve(name));
    lexicon = createLexicon(fs.readFileSync(path.join(folder, 'index.aff'), 'utf8'), fs.readFileSync(path.join(folder, 'index.dic'), 'utf8'));
    lexicons.set(name, lexicon);
  }
  return lexicon;
}

/**
 * Letter case by dictionary-en (American), with the few British lower-case spellings it knows only as names
 * ("grey", "armour": src/language/data/british-lowercase.json, made by scripts/british-lowercase.ts).
 */
export function loadCasing(): Casing {
  casing ??= readCasing(lookUpWords('dictionary-en'), new Set(british.words));
  return casing;
}

/**
 * A dictionary to ask "is this a word?": the build's spelled-out word set (a file read, no parsing). A
 * spelled-out set has every form, so a stem test is a word test.
 */
function lookUpWords(name: WordSetPackage): Pick<Lexicon, 'has' | 'hasStem' | 'hasCapitalizedStem'> {
  const words = loadWordSet(name)!;
  return {
    has: (word) => words.has(word),
    hasStem: (word) => words.has(word),
    hasCapitalizedStem: (word) => words.has(word[0]!.toUpperCase() + word.slice(1)) || words.has(word.toUpperCase()),
  };
}

export function readCasing(lexicon: Pick<Lexicon, 'has' | 'hasStem' | 'hasCapitalizedStem'>, alsoLowercase: ReadonlySet<string> = new Set()): Casing {
  const lowercase = new Map<string, boolean>();
  const isLowercaseWord = (word: string): boolean => {
    let known = lowercase.get(word);
    if (known === undefined) {
      known = alsoLowercase.has(word) || lexicon.has(word);
      lowercase.set(word, known);
    }
    return known;
  };
  const listed = (form: string): string | undefined => (lexicon.hasStem(form) ? form : undefined);
  const capitalizedStem = (word: string): string | undefined => listed(word[0]!.toUpperCase() + word.slice(1)) ?? listed(word.toUpperCase());
  const properForms = new Map<string, string | null>();
  const properForm = (word: string): string | undefined => {
    let form = properForms.get(word);
    if (form === undefined) {
      form = findProperForm(word) ?? null;
      properForms.set(word, form);
    }
    return form ?? undefined;
  };
  const findProperForm = (word: string): string | undefined => {
      if (word.length === 0) return undefined;
      const singularKey = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : undefined;
      if (!lexicon.hasCapitalizedStem(word) && !(singularKey && lexicon.hasCapitalizedStem(singularKey))) return undefined;
      // "clays": the plural of a lowercase word ("clay"), not of the name ("Clay").
      if (singularKey && !lexicon.hasCapitalizedStem(word) && isLowercaseWord(singularKey)) return undefined;
      // Plurals of proper adjectives and nouns: "ukrainians" → Ukrainians.
      const singular = word.endsWith('s') && !word.endsWith('ss') ? capitalizedStem(word.slice(0, -1)) : undefined;
      const form = capitalizedStem(word) ?? (singular && singular !== singular.toUpperCase() ? `${singular}s` : undefined);
      if (form === undefined || !lexicon.hasStem(form.endsWith('s') && !capitalizedStem(word) ? form.slice(0, -1) : form)) return undefined;
      return isLowercaseWord(word) ? undefined : form;
  };
  const isLowercaseWordInAnyDialect = (word: string): boolean => isLowercaseWord(word) || lookUpWords('dictionary-en-gb').has(word);
  return { isLowercaseWord, isLowercaseWordInAnyDialect, properForm };
}
