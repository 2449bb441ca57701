// Finds the words of a text by char codes, the same words as /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=[\p{L}\p{N}]))*/u
// without a match array a word (they were a tenth of a run's allocations), and numbers them in a word table.
import type { WordSpan, WordSpans, WordTable as NumberedWords } from '../types';

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

/**
 * Distinct words, numbered from 0 in the order first seen: each is one string, however often it is used. The
 * documents a thread parses share one table, so a rule can keep what it works out about a word in an array by
 * its number (`cache`), once for every article: an article uses a few thousand words a million times, and
 * articles share most of theirs.
 */
export class WordTable implements NumberedWords {
  readonly #texts: string[] = [];
  readonly #hashes: number[] = [];
  /** Open addressing: each slot holds a word's number plus one, 0 when empty. */
  #slots = new Int32Array(1024);
  readonly #caches = new Map<object, unknown[]>();

  /** How many distinct words the table holds. */
  get size(): number {
    return this.#texts.length;
  }

  /**
   * The array a rule keeps its answers in by word number, one for each `key` (any object the rule owns); it
   * holds a slot for every word numbered so far, `undefined` until the rule fills it.
   */
  cache<T>(key: object): (T | undefined)[] {
    let values = this.#caches.get(key);
    if (!values) this.#caches.set(key, (values = []));
    // Kept dense: an array written far past its end turns into a slow dictionary.
    while (values.length < this.#texts.length) values.push(undefined);
    return values as (T | undefined)[];
  }

  text(id: number): string {
    return this.#texts[id]!;
  }

  /** The number of the word `text.slice(start, end)`, found without making the slice unless the word is new. */
  idOf(text: string, start: number, end: number): number {
    let hash = 2166136261;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (let held = this.#slots[slot]!; held !== 0; held = this.#slots[slot]!) {
      const id = held - 1;
      if (this.#hashes[id] === hash && isSame(this.#texts[id]!, text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.#texts.length;
    this.#texts.push(text.slice(start, end));
    this.#hashes.push(hash);
    this.#slots[slot] = id + 1;
    if (this.#texts.length * 2 > this.#slots.length) this.#grow();
    return id;
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    this.#hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    this.#slots = slots;
  }
}

/** Past this many words the shared table is replaced by an empty one, so that a long run's memory stays bounded. */
export const SHARED_TABLE_LIMIT = 1 << 19;

let shared = new WordTable();

/** The table this thread's next document is numbered in (a fresh one once the last has grown past the limit). */
export function sharedWordTable(): WordTable {
  if (shared.size > SHARED_TABLE_LIMIT) shared = new WordTable();
  return shared;
}

function isSame(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The words of a text, packed, numbered by `table` (a table of their own when none is given). */
export function scanSpans(text: string, table: NumberedWords = new WordTable()): WordSpans {
  const length = text.length;
  // Plain arrays of small integers: as compact as typed arrays, and counted by the garbage collector as what
  // they are, where the backing stores of tens of thousands of small typed arrays let the heap grow far past them.
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: number[] = [];
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
    starts.push(start);
    ends.push(i);
    ids.push(table.idOf(text, start, i));
  }
  return { count: starts.length, starts, ends, ids };
}

/** Packed spans as objects, each with its text. */
export function spanObjects(spans: WordSpans, table: NumberedWords): WordSpan[] {
  const objects: WordSpan[] = [];
  for (let i = 0; i < spans.count; i++) objects.push({ start: spans.starts[i]!, end: spans.ends[i]!, text: table.text(spans.ids[i]!), id: spans.ids[i]! });
  return objects;
}
