// Given names that are also ordinary words, lowercased before a surname where a person is named ("a speech by rose Carver").
// Cost: linear in the words; a candidate is read with its two neighbours and the surname's counts.
import type { Block } from '../../src/types';
import { loadGivenNames } from '../../src/language';
import { type Check, report } from './check';
import { isEvidenceBlock } from './evidence';
import { type Word, capitalize, isJoinedBySpace } from './word-forms';
import { connectors, determiners, institutionHeads, nameLeadIns, personLeadIns, reportingVerbs, smallWords, titleWords } from './word-lists';

/**
 * Whether the article uses a capitalized word as a name: capitalized inside sentences more often than written
 * in lower case, and twice at least when the dictionary knows it as a word too ("Carver", "carver").
 */
function isSurname(check: Check, word: Word): boolean {
  const { entry } = word;
  if (!word.isCapitalized || word.form.isUppercase || institutionHeads.has(word.key) || titleWords.has(word.key)) return false;
  if (entry.capitalizedCount <= entry.lowercaseCount) return false;
  return entry.capitalizedCount >= 2 || !check.casing.isLowercaseWord(word.key);
}

/**
 * Whether the words around "given Surname" name a person: "by", "said" or an office before; a reporting verb
 * after ("analyst mark Bellamy said"); or "who" after, when a preposition or conjunction comes before ("and rose
 * Carver, who"), not a subject ("Prosecutors say Hartwell, who").
 */
function isPersonPosition(text: string, previous: Word | undefined, given: Word, surname: Word, after: Word | undefined): boolean {
  const before = previous && isJoinedBySpace(text, previous, given) ? previous : undefined;
  if (before?.isLowercase && (personLeadIns.has(before.key) || titleWords.has(before.key))) return true;
  if (!after || (before !== undefined && determiners.has(before.key))) return false;
  const between = text.slice(surname.end, after.start);
  if (between === ' ' && reportingVerbs.has(after.key)) return true;
  return before !== undefined && before.isLowercase && nameLeadIns.has(before.key) && (between === ' ' || between === ', ') && after.key === 'who';
}

export function checkGivenNames(check: Check, block: Block, words: readonly Word[]): void {
  if (!isEvidenceBlock(block)) return;
  const givenNames = loadGivenNames();
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    if (!word.isLowercase || word.text !== word.key || !givenNames.has(word.key)) continue;
    if (smallWords.has(word.key) || determiners.has(word.key) || nameLeadIns.has(word.key) || connectors.has(word.key)) continue;
    const surname = words[i + 1]!;
    if (!isJoinedBySpace(block.text, word, surname) || !isSurname(check, surname)) continue;
    if (!isPersonPosition(block.text, words[i - 1], word, surname, words[i + 2])) continue;
    const expected = capitalize(word.text);
    const message = `Unexpected lowercase “${word.text}” before the name “${surname.form.bare}”, expected the given name “${expected}”`;
    // The article's own capital settles it: the name capitalized inside a sentence, or the two words written capitalized.
    const isSettled = word.entry.capitalizedCount > 0 || check.document.text.includes(`${expected} ${surname.text}`);
    report(check, block, word.start, word.end, expected, message, isSettled ? undefined : [expected]);
  }
}
