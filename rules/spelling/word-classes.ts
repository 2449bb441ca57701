// What each word span is to the spelling rule (never checked, plain English, a dialect spelling, to be judged), worked out once a thread.
import data from './spelling.json';
import { AMERICAN, BRITISH, isAsciiLowercase } from '../../src/language';
import { anyDialect, isWord, MAX_WORD_LENGTH } from './spellers';

const POSSESSIVE = /['’]s$/u;
const particles = new Set(data.particles);

/** Where a word to be judged stands: its prose block and its offsets in the block's text. */
export interface Occurrence {
  readonly block: number;
  readonly from: number;
  readonly to: number;
  readonly word: string;
}

export interface SpanInfo {
  /** The word to check: the span without a possessive ending. */
  readonly word: string;
  readonly isLower: boolean;
  /** Spelled like one dialect and not the other ("colour", "organize"): judged once the article's dialect is known. */
  readonly isDialect: boolean;
  /** Known to American or British English with no dialect ending: fine whatever the article's dialect. */
  readonly isPlain: boolean;
}

/** This rule's key for its answers in a word table: what each word is (see classify), worked out once a thread. */
export const SPELLING_WORDS = {};

/** What a span's text is to this rule; null for words never checked. */
export function classify(raw: string): SpanInfo | null {
  let info: SpanInfo | null = null;
  let word = raw;
  const isSimple = isAsciiLowercase(raw);
  if (!isSimple) {
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    else if (/['’]/.test(word)) word = '';
  }
  // Words with digits, acronyms, inner capitals (iPhone), letters English does not use (złoty, crèche), short
  // words, words longer than any word could be (see MAX_WORD_LENGTH) and name particles are never checked.
  const isChecked =
    word.length >= 3 &&
    word.length <= MAX_WORD_LENGTH &&
    word.charCodeAt(0) >= 65 &&
    (isSimple || !(/\p{N}/u.test(word) || word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1)) || /[^\p{ASCII}]/u.test(word))) &&
    !particles.has(word);
  if (isChecked) {
    const isLower = word.charCodeAt(0) >= 97;
    const isDialect = isLower && (AMERICAN.test(word) || BRITISH.test(word));
    info = { word, isLower, isDialect, isPlain: !isDialect && isPlainEnglish(word, isLower) };
  }
  return info;
}

const plainEnglish = new Map<string, boolean>();

/** Known to American or British English and free of dialect endings: fine whatever the article's dialect. */
function isPlainEnglish(word: string, isLower: boolean): boolean {
  let answer = plainEnglish.get(word);
  if (answer === undefined) {
    const key = isLower ? word : word.toLowerCase();
    answer = isWord(anyDialect(), key, word);
    plainEnglish.set(word, answer);
  }
  return answer;
}
