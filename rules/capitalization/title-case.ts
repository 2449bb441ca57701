// Title Case: a heading or label capitalized word by word with one ordinary word left lowercase.
import type { Block } from '../../src/types';
import { type Check, report } from './check';
import { labelEnd } from './evidence';
import { isNamePart } from './proper-nouns';
import { type Word, capitalize } from './word-forms';
import { smallWords } from './word-lists';

/**
 * Title Case with one word left lowercase ("Impact of US presidential Election"), in headings and in labels
 * before a colon. Names do not count as Title Case: only capitalized ordinary words do, so a sentence-case
 * heading with names in it ("Talks between Russia and Ukraine") is left alone.
 */
export function checkTitleCase(check: Check, block: Block, words: readonly Word[]): void {
  let span = words;
  if (block.kind !== 'heading') {
    const label = labelEnd(block, words);
    if (label < 0) return;
    span = words.filter((word) => word.end <= label);
  }
  if (span.length < 2 || span[0]!.key === 'by') return;
  const content = span.filter((word) => !smallWords.has(word.key) || word === span[0]);
  const lowercase = content.filter((word) => word.isLowercase && !isNamePart(block.text, word));
  const titled = content.filter((word) => word.isCapitalized && !word.form.isUppercase && !check.evidence.capitalized.has(word.key) && check.casing.isLowercaseWord(word.key));
  if (lowercase.length !== 1 || titled.length < 2) return;
  const word = lowercase[0]!;
  const expected = capitalize(word.text);
  report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}” in a Title Case ${block.kind === 'heading' ? 'heading' : 'label'}, expected “${expected}”`);
}
