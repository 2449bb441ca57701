// Finds the words of a text by char codes: the same words as /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=[\p{L}\p{N}]))*/u,
// without a match array a word. An article has a million words; the regular expression's matches were a tenth of
// a run's allocations.
import type { WordSpan } from '../types';

const OTHER = 1;
const LETTER_OR_DIGIT = 2;
const MARK = 3;

/** Each BMP character's class, worked out on first sight (0 until then). */
const classes = new Uint8Array(65536);
for (let code = 0; code < 128; code++) {
  const isAlphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  classes[code] = isAlphanumeric ? LETTER_OR_DIGIT : OTHER;
}

function classOfCodePoint(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  if (/[\p{L}\p{N}]/u.test(character)) return LETTER_OR_DIGIT;
  return /\p{M}/u.test(character) ? MARK : OTHER;
}

/** The class of the character at `index` (a surrogate pair counts as its code point); `width` says how long it is. */
function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOfCodePoint((code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) + 4;
  }
  let known = classes[code]!;
  if (known === 0) known = classes[code] = classOfCodePoint(code);
  return known;
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** The words of a text; `words` interns their texts, so that each distinct word is one string (and is given one). */
export function scanSpans(text: string, words?: Map<string, string>): WordSpan[] {
  const spans: WordSpan[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let found = classAt(text, i);
    if ((found & 3) !== LETTER_OR_DIGIT) {
      i += found > 4 ? 2 : 1;
      continue;
    }
    const start = i;
    i += found > 4 ? 2 : 1;
    while (i < length) {
      found = classAt(text, i);
      if ((found & 3) === LETTER_OR_DIGIT || (found & 3) === MARK) {
        i += found > 4 ? 2 : 1;
      } else if (isApostrophe(text.charCodeAt(i)) && i + 1 < length && (classAt(text, i + 1) & 3) === LETTER_OR_DIGIT) {
        i++;
      } else {
        break;
      }
    }
    let word = text.slice(start, i);
    if (words) {
      const known = words.get(word);
      if (known === undefined) words.set(word, word);
      else word = known;
    }
    spans.push({ start, end: i, text: word });
  }
  return spans;
}
