// Word forms: what each word of a block is (its key, its case, its article's entry) and where it stands.
import type { Block, WordTable } from '../../src/types';
import data from './capitalization.json';
import { isAsciiLetterOrDigit, isAsciiLowercase } from '../../src/language';
import { isGluedStop } from '../shared/glued-punctuation';

/** What every occurrence of one spelling shares, worked out once a thread (see WordTable.cache): its key and its case. */
export interface Form {
  readonly text: string;
  /** Lower case, without a possessive or contraction ending: the key for look-ups. */
  readonly key: string;
  /** The text without a possessive or contraction ending ("Lorvia’s" → "Lorvia"). */
  readonly bare: string;
  readonly isLowercase: boolean;
  readonly isCapitalized: boolean;
  /** Wholly upper case ("NATO", "I"): says nothing about how a name is cased. */
  readonly isUppercase: boolean;
  /** The entry of its key in the article being checked, and that article's lexicon (set as its words are read). */
  entry: Entry | undefined;
  lexicon: Lexicon | undefined;
  /** Its key's name in the dictionary or the gazetteer (see listedForm); null for none. */
  listed: string | null | undefined;
}

/** What the article says about one key, whatever its case; the caches are worked out on first use (null for none). */
export interface Entry {
  /** Lower case, without a possessive or contraction ending: the key for look-ups. */
  readonly key: string;
  /** The form that first had the key in the article. */
  readonly form: Form;
  /** How often paragraphs, list items and quotes write it in lower case. */
  lowercaseCount: number;
  /** Its capitalized forms inside sentences, with how often each is used, and how often all of them are. */
  capitalized: Map<string, number> | undefined;
  capitalizedCount: number;
  properForm: string | null | undefined;
  gazetteerForm: string | null | undefined;
  strongForm: string | null | undefined;
  isNamePrefix: boolean | undefined;
  /** Its first word in the article's numbering of words (see `Occurrences`), once numbered; -1 until then. */
  firstAt: number;
}

/** A word of a block's prose; offsets are in the block's prose text. A word lives for one check, so its form's entry is that article's. */
export class Word {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly form: Form,
  ) {}

  get text(): string {
    return this.form.text;
  }

  get key(): string {
    return this.form.key;
  }

  get entry(): Entry {
    return this.form.entry!;
  }

  get isLowercase(): boolean {
    return this.form.isLowercase;
  }

  get isCapitalized(): boolean {
    return this.form.isCapitalized;
  }
}

export interface BlockWords {
  readonly block: Block;
  readonly words: readonly Word[];
}

/**
 * Where a word stands: first in its block; first after a sentence ends (sure, or after an abbreviation,
 * ellipsis or quoted question, where it may not be); after a colon; right after an opening quote; inside.
 */
export type Position =
  | { readonly kind: 'block-start' }
  | { readonly kind: 'sentence-start'; readonly isSure: boolean }
  | { readonly kind: 'after-colon' | 'quoted' | 'inside' };

const ENDING = /['’]\p{L}+$/u;
const TOUCHING_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«', '¿', '¡', '*', '_', '-', '–', '—', '•', '·']);
const SPACED_OPENERS = new Set(['“', '‘', '(', '[', '«', '¿', '¡', '•', '·', '–', '—']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '*', '_']);
const INSIDE: Position = { kind: 'inside' };
const abbreviations = new Set(data.abbreviations);

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return isAsciiLetterOrDigit(code);
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
}

function isSpace(character: string): boolean {
  return character === ' ' || character === '\n' || character === '\t' || character === '\r' || character === '\u00a0';
}

export function capitalize(text: string): string {
  const first = text.codePointAt(0)!;
  const length = first > 0xffff ? 2 : 1;
  return String.fromCodePoint(first).toUpperCase() + text.slice(length);
}

/** Reads back from a word over opening marks and white space to decide where it stands. */
export function positionOf(text: string, start: number): Position {
  // The common case, decided at once: one space after a letter, digit or comma.
  if (start >= 2 && text.charCodeAt(start - 1) === 32) {
    const code = text.charCodeAt(start - 2);
    if (code === 44 || (code < 128 && isLetterOrDigit(code))) return INSIDE;
  }
  let i = start - 1;
  // Only marks touching the word open it: a straight quote after a space may as well close what came before.
  let isQuoted = false;
  while (i >= 0 && TOUCHING_OPENERS.has(text[i]!)) {
    if (/[“"‘']/.test(text[i]!)) isQuoted = true;
    i--;
  }
  while (i >= 0 && (isSpace(text[i]!) || SPACED_OPENERS.has(text[i]!))) i--;
  if (i < 0) return { kind: 'block-start' };
  let j = i;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  const closedQuote = j < i;
  const mark = text[j];
  if (mark === ':') return { kind: 'after-colon' };
  if (mark === '?' || mark === '!') return { kind: 'sentence-start', isSure: !closedQuote };
  if (mark === '…') return { kind: 'sentence-start', isSure: false };
  if (mark === '.') {
    if (text[j - 1] === '.') return { kind: 'sentence-start', isSure: false };
    let from = j;
    // Back over the word and the dots inside it ("U.S", "e.g"), but not past a stop glued to this sentence ("ends.Then").
    while (from > 0 && j - from < 40 && ((text[from - 1] === '.' && !isGluedStop(text, from - 1)) || isLetterOrDigit(text.charCodeAt(from - 1)))) from--;
    const before = text.slice(from, j);
    const isAbbreviation = /^\p{L}$/u.test(before) || before.includes('.') || abbreviations.has(before.toLowerCase());
    return { kind: 'sentence-start', isSure: !isAbbreviation };
  }
  return isQuoted ? { kind: 'quoted' } : INSIDE;
}

export function isStart(position: Position): boolean {
  return position.kind !== 'inside';
}

/**
 * Whether the word is glued to a digit, dot, @ or slash: part of "19th", a domain, a file name or a handle. A
 * stop glued to the next sentence ("ends.Then") is prose, as punctuation-spacing reads it.
 */
function isTechnical(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && (isLetterOrDigit(before.charCodeAt(0)) || '.@/_\\#'.includes(before))) return true;
  if (after === '.' && isLetterOrDigit(text.charCodeAt(end + 1))) return !isGluedStop(text, end);
  return after === '@' || after === '/' || after === '_';
}

/** The entries of one article's words, by key. */
export interface Lexicon {
  readonly entries: Map<string, Entry>;
}

/** This rule's key for its answers in a word table: each word's form. */
export const FORMS = {};

function entryOf(lexicon: Lexicon, form: Form): Entry {
  const { key } = form;
  let entry = lexicon.entries.get(key);
  if (!entry) {
    entry = { key, form, lowercaseCount: 0, capitalized: undefined, capitalizedCount: 0, properForm: undefined, gazetteerForm: undefined, strongForm: undefined, isNamePrefix: undefined, firstAt: -1 };
    lexicon.entries.set(key, entry);
  }
  return entry;
}

/** The form of a word's text, or null for a word that is a number ("٣", "Ⅻ"). */
function formOf(text: string): Form | null {
  // Most words are plain ASCII lower case: telling so by char codes saves making a lower-cased copy.
  if (isAsciiLowercase(text, true)) {
    const key = text.includes("'") ? text.replace(ENDING, '') : text;
    return { text, key, bare: key, isLowercase: true, isCapitalized: false, isUppercase: false, entry: undefined, lexicon: undefined, listed: undefined };
  }
  if (/^\p{N}/u.test(text)) return null;
  const lower = text.toLowerCase();
  const first = text[0]!;
  const key = lower.includes("'") || lower.includes('’') ? lower.replace(ENDING, '') : lower;
  return {
    text,
    key,
    bare: text.replace(ENDING, ''),
    isLowercase: text === lower && first !== first.toUpperCase(),
    isCapitalized: first !== lower[0],
    isUppercase: text === text.toUpperCase(),
    entry: undefined,
    lexicon: undefined,
    listed: undefined,
  };
}

export function wordsOf(block: Block, table: WordTable, forms: (Form | null | undefined)[], lexicon: Lexicon): Word[] {
  const words: Word[] = [];
  const { text } = block;
  const { count, starts, ends, ids } = block.wordSpans;
  for (let s = 0; s < count; s++) {
    const start = starts[s]!;
    const end = ends[s]!;
    // "19th", "4chan": a word that starts with a digit is no word to capitalize.
    if (text.charCodeAt(start) < 65 || isTechnical(text, start, end)) continue;
    const id = ids[s]!;
    let form = forms[id];
    if (form === undefined) form = forms[id] = formOf(table.text(id));
    if (!form) continue;
    if (form.lexicon !== lexicon) {
      form.entry = entryOf(lexicon, form);
      form.lexicon = lexicon;
    }
    words.push(new Word(start, end, form));
  }
  return words;
}

export function isJoinedBySpace(text: string, previous: Word, next: Word): boolean {
  for (let i = previous.end; i < next.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return next.start > previous.end;
}
