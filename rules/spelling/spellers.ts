// The spellers: which dictionaries a word is checked against in each dialect, and their answers, kept for the whole process.
import data from './spelling.json';
import { AMERICAN, BRITISH, dialectOf, type Lexicon, loadLargeWordSet, loadLexicon, loadWordSet } from '../../src/language';

export const LANGUAGES = ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PACKAGES: Readonly<Record<Language, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-CA': 'dictionary-en-ca',
  'en-AU': 'dictionary-en-au',
};

const prefixes = data.prefixes;
const suffixes = data.suffixes;

/** The dictionaries a word is checked against: one dialect's, or any English one's when the dialect is open. */
export interface Speller {
  readonly name: string;
  /** Whether one of the dictionaries spells the exact form out. */
  readonly has: (word: string) => boolean;
}

function createSpeller(name: string, languages: readonly Language[]): Speller {
  // The build spells every form out into a sorted file (one binary search a word); without it, affixes are undone.
  const checks = languages.map((language) => {
    const set = loadWordSet(PACKAGES[language]);
    if (set) return (word: string) => set.has(word);
    const lexicon = lexiconOf(language);
    return (word: string) => lexicon.has(word);
  });
  return { name, has: (word) => checks.some((check) => check(word)) };
}

/**
 * The longest word worth judging. The longest word the English lists spell out has 24 letters
 * ("electroencephalography's"); a word is known when it is a listed word, a prefix or suffix and one, or two
 * of them, so never past twice that; and it is a slip only within two and a half edits of a listed word. A
 * longer "word" (a run of letters pasted without spaces, a hash, a data blob) is neither, and costs what its
 * length costs rather than the square of it: every check of a word builds its edits or splits, each as long
 * as the word.
 */
export const MAX_WORD_LENGTH = 48;

/** Answers per speller and word, for the whole process: each distinct word is looked up once. */
const known = new Map<string, boolean>();

/** Whether the speller's dictionaries (or, for a word with no dialect ending, the other dialect's) have the word. */
export function isKnown(speller: Speller, key: string, word: string): boolean {
  const cacheKey = `${speller.name}\0${word}`;
  let answer = known.get(cacheKey);
  if (answer === undefined) {
    answer = isWord(speller, key, word) || isOtherDialectWord(speller, key, word);
    known.set(cacheKey, answer);
  }
  return answer;
}

/**
 * Plurals the word lists leave out ("intolerances", "militaries", "scribblings"), formed as English forms them:
 * -es after s, x, z, ch or sh ("caucuses"), -ies for a y after a consonant ("duopolies"), -s after anything but
 * those and a consonant's y. So "bookes" and "toures" are not plurals of "book" and "tour".
 */
function isListedPlural(speller: Speller, key: string): boolean {
  const has = (stem: string): boolean => stem.length >= 4 && speller.has(stem);
  return (
    (/[^aeiou]ies$/.test(key) && has(`${key.slice(0, -3)}y`)) ||
    (/(?:[sxz]|[cs]h)es$/.test(key) && has(key.slice(0, -2))) ||
    (key.endsWith('s') && !/(?:[sxz]|[cs]h|[^aeiou]y)s$/.test(key) && has(key.slice(0, -1)))
  );
}

export function isWord(speller: Speller, key: string, word: string): boolean {
  return speller.has(key) || (word !== key && speller.has(word)) || isListedPlural(speller, key);
}

/**
 * Built from words the lists know: a prefix and a word (unaired), a word and a suffix (caringly), or two words
 * (hardline). Each word must have four letters or more, so that a slip does not pass as two short words
 * ("persoon" is not "per" and "soon"), and a dialect spelling is judged as such ("colour" is not "co" and "lour").
 */
export function isDerived(speller: Speller, key: string): boolean {
  if (key.length > MAX_WORD_LENGTH || AMERICAN.test(key) || BRITISH.test(key)) return false;
  const has = (part: string): boolean => part.length >= 4 && speller.has(part);
  for (const prefix of prefixes) if (key.startsWith(prefix) && has(key.slice(prefix.length))) return true;
  for (const suffix of suffixes) if (key.endsWith(suffix) && has(key.slice(0, -suffix.length))) return true;
  for (let cut = 4; cut <= key.length - 4; cut++) if (has(key.slice(0, cut)) && has(key.slice(cut))) return true;
  return false;
}

/**
 * A word another English dictionary knows ("amidst" is not in the American list) is a word, unless its ending
 * marks the other dialect's spelling ("colour" in an American article).
 */
function isOtherDialectWord(speller: Speller, key: string, word: string): boolean {
  if (speller.name === 'any') return false;
  const marker = speller.name === 'en-US' ? BRITISH : AMERICAN;
  return !marker.test(key) && isWord(anyDialect(), key, word);
}

/**
 * Whether the large word set has the form for the speller's dialect: a word of both dialects, of its own, or
 * of the other when no ending marks the other's spelling (as isOtherDialectWord judges the main lists).
 */
export function isLargeSetWord(speller: Speller, form: string): boolean {
  const dialects = loadLargeWordSet().dialectsOf(form);
  if (dialects === undefined) return false;
  if (dialects === 'both' || speller.name === 'any' || dialects === (speller.name === 'en-US' ? 'us' : speller.name === 'en-GB' ? 'gb' : '')) return true;
  return !(speller.name === 'en-US' ? BRITISH : AMERICAN).test(form.toLowerCase());
}

let any: Speller | undefined;
export function anyDialect(): Speller {
  return (any ??= createSpeller('any', ['en-US', 'en-GB']));
}

function lexiconOf(language: Language): Lexicon {
  return loadLexicon(PACKAGES[language]);
}

/** American and British lists between them cover Canadian and Australian spelling too; those load only when asked for. */
const spellers = new Map<Language, Speller>();

export function spellerFor(language: Language | undefined): Speller {
  if (!language) return anyDialect();
  let speller = spellers.get(language);
  if (!speller) {
    speller = createSpeller(language, [language]);
    spellers.set(language, speller);
  }
  return speller;
}

/** The article's dialect from its own spellings, when they all point one way; undefined when mixed or silent. */
export function detectDialect(keys: Iterable<string>): Language | undefined {
  const american = spellerFor('en-US');
  const british = spellerFor('en-GB');
  return dialectOf(keys, american.has, british.has);
}
