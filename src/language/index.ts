// The English that several rules read, behind one interface: letters, words and their case, dialects, names of places, misspellings, word frequency.
//
// Every table is loaded once per process (per thread), on first use, and only by the rules that ask for it:
// a run with those rules off loads none of it. The data comes in two forms, both made from named open sources
// by committed scripts: small JSON files in ./data (bundled into the build), and large tables the build writes
// into dist/data (scripts/build-data.ts), read in place through a hash index (./line-table).

/** Character tests by char code, far cheaper than Unicode expressions on every word. */
export { hasAsciiDigit, isAsciiLetterOrDigit, isAsciiLowercase } from './characters';
/**
 * Letter case by dictionary (dictionary-en, with British lower-case spellings): whether a word is an ordinary
 * lower-case word, and the capitalized form of a word known only as a name ("russia" → "Russia").
 */
export { loadCasing, loadLexicon, type Casing } from './casing';
export type { Lexicon } from './lexicon';
/**
 * Every spelled-out form of the American or British dictionary: "is this an English word?" in one look-up; and
 * the large word set, the rarer words of cspell's larger dictionaries, for words the first do not know.
 */
export { loadLargeWordSet, loadWordSet, type LargeWordDialects, type LargeWordSet, type WordSet } from './word-sets';
/** American against British spelling: the telling endings, an article's dialect, a word's other spelling. */
export { AMERICAN, BRITISH, dialectOf, otherDialectForm } from './dialect';
/** Country and capital names, demonyms and language names (world-countries, ODbL). */
export { loadGazetteer, type Gazetteer } from './gazetteer';
/** Given names that are also ordinary words ("rose", "grant"), from open first-name lists (PDDL, CC0). */
export { loadGivenNames } from './given-names';
/** Known misspellings and their corrections (copydesk's own and @cspell/dict-en-common-misspellings). */
export { loadMisspellings, type Misspellings } from './misspellings';
/** How often English uses each dictionary word (SUBTLEX-US), grouped for the search of near words. */
export { loadFrequencies, NAME_LIMIT, slipsOf, soundKeysOf, type Frequencies } from './frequency';
/** A trigram model of English (CMU Sphinx), cut down to the words of the typo rule's confusion sets. */
export { loadLanguageModel, OUTSIDE, type LanguageModel } from './language-model';
/** Function words by class (determiners, pronouns, auxiliaries, modals, prepositions, conjunctions): what a word can do beside its neighbours. */
export { loadWordClasses, type WordClass, type WordClasses } from './word-classes';
