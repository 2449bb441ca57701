// Whether a word counts as known: listed in the main dictionaries, or known on weaker evidence (built from listed words, or in the large word set) that no likelier slip outweighs.
import { isSlipOfCommonWord } from './corrections';
import { isDerived, isKnown, isLargeSetWord, MAX_WORD_LENGTH, type Speller } from './spellers';

const accepted = new Map<string, boolean>();

/**
 * Whether the word (`key` its lower-case form) is known: a word of the main dictionaries (see isKnown); a name
 * the large word set has as written; or a word built from listed words (see isDerived) or in the large word
 * set that is not one edit from a common word, as "readding" is from "reading". The large set is
 * read only for words the main dictionaries lack.
 */
export function isAccepted(speller: Speller, key: string, word: string): boolean {
  if (isKnown(speller, key, word)) return true;
  if (key.length > MAX_WORD_LENGTH) return false;
  const cacheKey = `${speller.name}\0${word}`;
  let answer = accepted.get(cacheKey);
  if (answer === undefined) {
    answer =
      (word !== key && isLargeSetWord(speller, word)) ||
      ((isDerived(speller, key) || isLargeSetWord(speller, key)) && !isSlipOfCommonWord(key));
    accepted.set(cacheKey, answer);
  }
  return answer;
}
