// A block's words as this rule compares them: in lower case, as numbers in the word table, and as word trigrams.
import type { Block, WordTable } from '../../src/types';
import { isAsciiLowercase } from '../../src/language';

const SHINGLE = 3;

/** The block's words (its word spans), in their own case, curly apostrophes made straight. */
export function wordsOf(block: Block, table: WordTable): string[] {
  return block.wordSpans.ids.map((id) => {
    const text = table.text(id);
    return text.includes('’') ? text.replace(/’/g, "'") : text;
  });
}

/** This rule's keys for its answers in a word table: each word in lower case (curly apostrophes made straight), and that lower case's own number. */
const LOWER_WORDS = {};
const LOWER_NUMBERS = {};

const lowerOf = (lower: (string | undefined)[], id: number, text: string): string =>
  (lower[id] ??= isAsciiLowercase(text, true) ? text : text.toLowerCase().replace(/’/g, "'"));

/**
 * The block's words in lower case, curly apostrophes made straight, joined by single spaces; a word written
 * twice in a row counted once, so that a copy with a doubled word ("The The council…") is still a copy, before
 * repeated-word's fix as after it.
 */
export function normalOf(block: Block, table: WordTable): string {
  const lower = table.cache<string>(LOWER_WORDS);
  const { count, ids } = block.wordSpans;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = lowerOf(lower, ids[i]!, table.text(ids[i]!));
    if (word !== words[words.length - 1]) words.push(word);
  }
  return words.join(' ');
}

/** The block's words in lower case as numbers in the word table: equal numbers for equal words. */
export function lowerNumbersOf(block: Block, table: WordTable): number[] {
  const lower = table.cache<string>(LOWER_WORDS);
  const numbers = table.cache<number>(LOWER_NUMBERS);
  const { count, ids } = block.wordSpans;
  const result = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    let number = numbers[id];
    if (number === undefined) {
      const text = table.text(id);
      const word = lowerOf(lower, id, text);
      number = numbers[id] = word === text ? id : table.idOf(word, 0, word.length);
    }
    result[i] = number;
  }
  return result;
}

/**
 * The block's word trigrams, as numbers (each word's number hashed, three hashes mixed; 30 bits, which V8 keeps as
 * small integers, where larger ones would be boxed in every map look-up), sorted and without repeats: an array of
 * small integers costs a tenth of a set of them, and an article of a hundred thousand paragraphs keeps one for
 * each. They are worked out in scratch arrays kept from block to block: a typed array made for each block cost
 * more than the hashing.
 */
export function shingles(words: readonly number[]): number[] {
  const count = Math.max(0, words.length - SHINGLE + 1);
  if (scratch.hashes.length < words.length) scratch = { hashes: new Int32Array(words.length * 2), trigrams: new Int32Array(words.length * 2) };
  const { hashes, trigrams } = scratch;
  for (let index = 0; index < words.length; index++) hashes[index] = Math.imul(words[index]! + 1, 0x9e3779b1);
  for (let i = 0; i < count; i++) {
    let hash = 2166136261;
    for (let k = i; k < i + SHINGLE; k++) hash = Math.imul(hash ^ hashes[k]!, 16777619) ^ (hash >>> 15);
    trigrams[i] = hash & 0x3fffffff;
  }
  const sorted = trigrams.subarray(0, count).sort();
  const unique: number[] = [];
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique.push(sorted[i]!);
  return unique;
}

let scratch = { hashes: new Int32Array(1024), trigrams: new Int32Array(1024) };

/** Whether a sorted array of trigrams holds `shingle`. */
export function holds(sorted: readonly number[], shingle: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < shingle) low = middle + 1;
    else if (sorted[middle]! > shingle) high = middle - 1;
    else return true;
  }
  return false;
}

export interface Entry {
  readonly block: Block;
  /** The document's word table, which numbers the block's words. */
  readonly table: WordTable;
  /** The words in lower case joined by single spaces (the text compared for exact copies), and how many. */
  readonly normal: string;
  readonly count: number;
  /** Made when the block is first compared for near copies. */
  shingles?: readonly number[];
}
