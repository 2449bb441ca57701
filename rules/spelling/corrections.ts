// Corrections: the dictionary words an unknown word could be a slip of, whether it looks like a slip at all, and retext-spell's suggestions when asked for.
import { type Frequencies, loadFrequencies, soundKeysOf } from '../../src/language';
import { type Candidate, nearWords, scoreOf, weightedDistance } from './near-words';
import type { SpellChecker } from './retext-spell-checker';
import { type Language, MAX_WORD_LENGTH, PACKAGES, type Speller, spellerFor } from './spellers';

/** A lower-case word the article uses this often is its own term, not a slip. */
export const CONSISTENT = 2;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const neighbours = new Map<string, readonly string[]>();

/**
 * Dictionary words one edit (a letter dropped, added, changed or two swapped) from the word. A slip of the
 * keyboard or a common misspelling has one; a rare word the lists lack ("zooxanthellae", "upwelling") does not,
 * and is left alone rather than reported as an error.
 */
function neighboursOf(speller: Speller, word: string): readonly string[] {
  const cacheKey = `${speller.name}\0${word}`;
  let found = neighbours.get(cacheKey);
  if (found) return found;
  const result = new Set<string>();
  const consider = (candidate: string): void => {
    if (candidate.length > 1 && !result.has(candidate) && speller.has(candidate)) result.add(candidate);
  };
  for (let i = 0; i < word.length && result.size < 6; i++) {
    consider(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      if (letter !== word[i]) consider(word.slice(0, i) + letter + word.slice(i + 1));
      consider(word.slice(0, i) + letter + word.slice(i));
    }
  }
  for (const letter of LETTERS) consider(word + letter);
  found = [...result];
  neighbours.set(cacheKey, found);
  return found;
}

/** Two-edit corrections come from the most frequent words only: a slip of a rare word is itself likely a rare word. */
const TWO_EDIT_LIMIT = 30000;
/**
 * The most two edits may cost: a doubled letter and any other edit, or two of the cheaper slips (a swap, a
 * vowel, a neighbouring key). A vowel and a plain edit (1.6) is where rare real words start: "predation"
 * is that far from "probation".
 */
const TWO_EDIT_COST = 1.5;
/**
 * A long word ("exsperence") has room for two plain edits and still resembles one word only: it is a slip of a
 * very common word up to this cost.
 */
const LONG_WORD_COST = 2;
const LONG_WORD_LENGTH = 8;
const LONG_WORD_LIMIT = 10000;
/** A slip rarely changes a word's first letter: a candidate that does costs this much more. */
const FIRST_LETTER_COST = 0.4;
/**
 * A word that sounds like a dictionary word (the same Double Metaphone key: "adequit" and "adequate",
 * "judgmnet" and "judgment") is a slip of it up to this cost, whatever the word's rank.
 */
const SOUND_ALIKE_COST = 2.5;
/** A shorter sound key ("TK" for both "tikka" and "take") is shared by too many words to be evidence. */
const SOUND_KEY_LENGTH = 4;
/** A word the article repeats is still a slip when a word this common is one cheap edit away. */
const COMMON_LIMIT = 3000;
/** Shorter repeated words are too often terms of their own one letter from a common word ("coli", "pled"). */
const REPEATED_LENGTH = 5;

const corrections = new Map<string, readonly Candidate[]>();

/** How often English uses each word the English dictionaries know (see word-frequency). */
export function wordFrequencies(): Frequencies {
  return loadFrequencies();
}

/**
 * The dictionary words the word could be a slip of, best first (weighted edit cost, then frequency): every
 * word one edit away; when there is none, common words two cheap edits away (two plain edits for a long word)
 * and words that sound the same.
 */
export function correctionsOf(speller: Speller, word: string): readonly Candidate[] {
  const cacheKey = `${speller.name}\0${word}`;
  let found = corrections.get(cacheKey);
  if (found) return found;
  if (word.length > MAX_WORD_LENGTH) return [];
  const frequencies = wordFrequencies();
  const near = neighboursOf(speller, word).map((candidate) => ({
    word: candidate,
    cost: weightedDistance(word, candidate, 1) + (candidate[0] === word[0] ? 0 : FIRST_LETTER_COST),
    rank: frequencies.rank(candidate),
  }));
  if (near.length === 0 && word.length >= 5 && !isCompound(speller, word)) {
    near.push(...nearWords(frequencies, word, TWO_EDIT_COST, TWO_EDIT_LIMIT).filter((candidate) => speller.has(candidate.word)));
    if (near.length === 0 && word.length >= LONG_WORD_LENGTH) {
      near.push(...nearWords(frequencies, word, LONG_WORD_COST, LONG_WORD_LIMIT).filter((candidate) => speller.has(candidate.word)));
    }
    const keys = soundKeysOf(word);
    if (keys[0]!.length >= SOUND_KEY_LENGTH) {
      const seen = new Set(near.map((candidate) => candidate.word));
      for (const other of frequencies.soundingLike(keys)) {
        if (seen.has(other) || !speller.has(other)) continue;
        const cost = weightedDistance(word, other, SOUND_ALIKE_COST) + (other[0] === word[0] ? 0 : FIRST_LETTER_COST);
        if (cost <= SOUND_ALIKE_COST) near.push({ word: other, cost, rank: frequencies.rank(other) });
      }
    }
  }
  found = near.sort((a, b) => scoreOf(a) - scoreOf(b));
  corrections.set(cacheKey, found);
  return found;
}

/** One plain edit at most: a letter dropped, added or changed, or two letters swapped. */
const SLIP_COST = 1;

/**
 * Whether one of the COMMON_LIMIT most frequent words is one edit from the word (see SLIP_COST): then a rare
 * reading of it ("readding" as "re-adding", "hade" from the large word set) is less likely than a slip. Every
 * edit is tried, each a look-up in the frequency table.
 */
export function isSlipOfCommonWord(word: string): boolean {
  if (word.length > MAX_WORD_LENGTH) return false;
  const frequencies = wordFrequencies();
  const isCommon = (candidate: string): boolean =>
    candidate !== word &&
    frequencies.rank(candidate) <= COMMON_LIMIT &&
    weightedDistance(word, candidate, SLIP_COST) + (candidate[0] === word[0] ? 0 : FIRST_LETTER_COST) <= SLIP_COST;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && isCommon(word.slice(0, i) + word.slice(i + 1))) return true;
    if (i + 1 < word.length && isCommon(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
    for (const letter of LETTERS) {
      if (isCommon(word.slice(0, i) + letter + word.slice(i))) return true;
      if (i < word.length && isCommon(word.slice(0, i) + letter + word.slice(i + 1))) return true;
    }
  }
  return false;
}

/** Two words run together, the second of three letters or more ("darknet"): not a slip two edits from another word. */
function isCompound(speller: Speller, word: string): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) if (speller.has(word.slice(0, cut)) && speller.has(word.slice(cut))) return true;
  return false;
}

/** Whether a lower-case unknown word looks like a slip: used once and near a word, or near a common word at one cheap edit. */
export function isSlip(speller: Speller, word: string, uses: number): boolean {
  const candidates = correctionsOf(speller, word);
  if (uses < CONSISTENT) return candidates.length > 0;
  return word.length >= REPEATED_LENGTH && candidates.some((candidate) => candidate.cost <= 1 && candidate.rank <= COMMON_LIMIT);
}

/**
 * The words the rule would suggest for a lower-case unknown word, best first, in the given dialect (any English
 * when undefined): the same candidates and order as its findings with the default suggester.
 */
export function suggestionsFor(word: string, language?: Language, limit = 3): string[] {
  return correctionsOf(spellerFor(language), word).slice(0, limit).map((candidate) => candidate.word);
}

const spellCheckers = new Map<Language, SpellChecker>();
const retextSuggestions = new Map<string, readonly string[]>();
/** retext-spell and what it runs on, loaded by `prepare` when the option asks for it. */
let retext: typeof import('./retext-spell-checker') | undefined;

/** Loads retext-spell once, for the `suggester: "retext-spell"` option. */
export async function loadRetextSpell(): Promise<void> {
  retext ??= await import('./retext-spell-checker');
}

/**
 * Suggestions from retext-spell (nspell over the dialect's dictionary), for the `suggester: "retext-spell"`
 * option: better ranked, but building nspell takes about 300 ms, so only words already reported are asked
 * about, at most three suggestions each, each word once per run.
 */
export function retextSpellSuggestions(words: readonly string[], language: Language): void {
  const missing = words.filter((word) => !retextSuggestions.has(`${language}\0${word}`));
  if (missing.length === 0) return;
  if (!retext) throw new Error('retext-spell is not loaded: the rule was not prepared');
  let checker = spellCheckers.get(language);
  if (!checker) {
    checker = retext.createSpellChecker(PACKAGES[language]);
    spellCheckers.set(language, checker);
  }
  for (const [word, expected] of checker.suggest(missing)) retextSuggestions.set(`${language}\0${word}`, expected.slice(0, 3));
  for (const word of missing) if (!retextSuggestions.has(`${language}\0${word}`)) retextSuggestions.set(`${language}\0${word}`, []);
}

/** retext-spell's suggestions for a word retextSpellSuggestions was asked about; none for any other. */
export function retextSuggestionsOf(word: string, language: Language): readonly string[] {
  return retextSuggestions.get(`${language}\0${word}`) ?? [];
}
