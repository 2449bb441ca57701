// The pronoun "I" written in lower case inside a sentence ("then i left", "and i’m sure"): always a slip in
// English prose. A lowercase "i" at a sentence start is reported by the starts check; a letter or numeral named
// "i" (a list's "(i)" or "i)", "the letter i", an index "i = 0", "i-th") is not the pronoun.
import type { Block } from '../../src/types';
import { type Check, report } from './check';
import { identifiersOf } from './identifiers';
import { type Word } from './word-forms';

const PRONOUN = /^i(?:['’](?:m|ve|ll|d))?$/;
/** What follows an index or a variable named i: an operator or a bracket. */
const OPERATOR_AFTER = /^\s*(?:[=<>+*/^%\]|)]|-(?!\s))/;

function isLetterNamed(block: Block, words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const before = block.text[word.start - 1];
  const after = block.text.slice(word.end, word.end + 3);
  if (before === '(' || before === '[' || before === '-' || after.startsWith(')') || OPERATOR_AFTER.test(after)) return true;
  // A letter quoted on its own: "an 'i'", "the “i” key".
  if (/['‘"“]/.test(before ?? '') && /^['’"”]/.test(after)) return true;
  const previous = words[index - 1];
  // The pronoun follows no article or adjective: "an i", "the short i", "a dotted i" name the letter or its sound.
  return previous !== undefined && /^(?:letter|letters|vowel|variable|index|dot|point|part|item|chapter|appendix|volume|article|section|type|an|short|long|dotted|lowercase|small|capital)$/.test(previous.key);
}

export function checkPronounI(check: Check, block: Block, words: readonly Word[]): void {
  words.forEach((word, index) => {
    if (!PRONOUN.test(word.text) || isLetterNamed(block, words, index)) return;
    const expected = `I${word.text.slice(1)}`;
    const message = `Unexpected lowercase “${word.text}”, expected the pronoun “${expected}”`;
    // An article that writes `i` in code may mean that name here too: only offered.
    if (identifiersOf(check).inCode.has(word.text)) report(check, block, word.start, word.end, expected, `${message} unless it is the “${word.text}” the article writes in code`, [expected]);
    else report(check, block, word.start, word.end, expected, message);
  });
}
