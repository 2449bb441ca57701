// What a lowercase start may be besides a slip of case: an identifier the article spells in lower case, or a
// common word with its first letter lost ("he" for "The"). Only a start with one reading is fixed.
import type { Block } from '../../src/types';
import { loadFrequencies, loadGazetteer } from '../../src/language';
import type { Check } from './check';
import { identifiersOf, isIdentifierShaped, isOwnLowercase, tokenAround } from './identifiers';
import { type Word, capitalize } from './word-forms';

/** Leave the start alone, fix it, or offer its readings and fix nothing (`tail` ends the message, after the place). */
export type StartReading = { readonly kind: 'skip' } | { readonly kind: 'fix' } | { readonly kind: 'guess'; readonly readings: readonly string[]; readonly tail: string };

const SKIP: StartReading = { kind: 'skip' };
const FIX: StartReading = { kind: 'fix' };
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/**
 * A word a lost first letter may have left behind ("he" from "The", "hen" from "Then" or "When") is read as
 * that word too when putting a letter back in front gives one of the most common words of English (by rank in
 * the frequency list), at least about as common as the word itself: a word that opens sentences as readily.
 */
const COMMON_RANK = 200;
const AS_COMMON = 1.25;

const restored = new Map<string, readonly string[]>();

/** The common words a lowercase word would be with one letter put back in front, most common first. */
export function withFirstLetterLost(check: Check, key: string): readonly string[] {
  let found = restored.get(key);
  if (found) return found;
  const frequencies = loadFrequencies();
  const rank = frequencies.rank(key);
  const candidates: string[] = [];
  if (key.length >= 2 && /^[a-z]+$/.test(key)) {
    for (const letter of LETTERS) {
      const candidate = letter + key;
      const candidateRank = frequencies.rank(candidate);
      if (candidateRank <= COMMON_RANK && candidateRank <= rank * AS_COMMON && check.casing.isLowercaseWord(candidate)) candidates.push(candidate);
    }
    candidates.sort((a, b) => frequencies.rank(a) - frequencies.rank(b));
  }
  found = candidates;
  restored.set(key, found);
  return found;
}

/**
 * The readings the article's own words leave open: a word it uses elsewhere ("now", three times) and whose
 * other reading it never uses ("know") is that word. With no such evidence every reading stays.
 */
function usedReadings(check: Check, key: string, readings: readonly string[]): readonly string[] {
  if (readings.length === 0) return readings;
  const { lowercaseCounts, capitalizedKeys } = identifiersOf(check);
  const uses = (word: string): number => (lowercaseCounts.get(word) ?? 0) + (capitalizedKeys.has(word) ? 1 : 0);
  if (uses(key) < 2) return readings;
  return readings.filter((reading) => uses(reading) > 0);
}

/** Whether no English list knows the word in any case, nor the article with a capital: a name or identifier of the article's own. */
function isUnknown(check: Check, word: Word): boolean {
  const { key } = word;
  const whole = word.text.toLowerCase().replace(/’/g, "'");
  if (check.casing.isLowercaseWordInAnyDialect(key) || check.casing.isLowercaseWordInAnyDialect(whole)) return false;
  if (check.casing.properForm(key) !== undefined || loadGazetteer().words.has(key)) return false;
  return !identifiersOf(check).capitalizedKeys.has(key);
}

/** Whether the word is all the block says: a heading that names one thing ("# typo"). */
function isWholeBlock(block: Block, word: Word): boolean {
  return block.text.slice(0, word.start).trim() === '' && block.text.slice(word.end).trim() === '';
}

/**
 * How to read a lowercase word at a start. An identifier ("lint-staged", "node:crypto", "mp3") or a word no list
 * knows ("pnpm") keeps its case when the article spells it so elsewhere, and is otherwise only offered a
 * capital; so is a word the article writes in code, unless it is a whole heading (then a name, left alone). A
 * word that may have lost its first letter is offered both readings. Any other is fixed.
 */
export function readStart(check: Check, block: Block, word: Word): StartReading {
  const span = tokenAround(block.text, word.start, word.end);
  const token = block.text.slice(span.from, span.to);
  const capital = capitalize(word.text);
  if (isIdentifierShaped(token, word.text) || isUnknown(check, word)) {
    if (isOwnLowercase(check, token, word.key)) return SKIP;
    return { kind: 'guess', readings: [capital], tail: `, expected “${capital}” unless “${token}” is a name or identifier written in lower case` };
  }
  if (identifiersOf(check).inCode.has(word.text)) {
    if (block.kind === 'heading' && isWholeBlock(block, word)) return SKIP;
    return { kind: 'guess', readings: [capital], tail: `, expected “${capital}” unless it is the “${word.text}” the article writes in code` };
  }
  const lost = word.text === word.key ? usedReadings(check, word.key, withFirstLetterLost(check, word.key)) : [];
  if (lost.length === 0) return FIX;
  const readings = [capital, ...lost.map(capitalize)];
  return { kind: 'guess', readings, tail: `: “${capital}”, or “${readings.slice(1).join('” or “')}” with its first letter lost` };
}
