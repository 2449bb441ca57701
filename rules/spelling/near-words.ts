// The suggestion search: a weighted edit distance that prices the slips people make, and the common words within a cost of a misspelling.
import type { Frequencies } from '../../src/language';

const VOWELS = new Set('aeiouy');
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const neighbourKeys = new Map<string, Set<string>>();
KEYBOARD.forEach((row, r) => {
  [...row].forEach((key, c) => {
    const near = new Set<string>();
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, 0], [1, -1]] as const) {
      const other = KEYBOARD[r + dr]?.[c + dc];
      if (other) near.add(other);
    }
    neighbourKeys.set(key, near);
  });
});

/** What changing one letter into another costs: a vowel for a vowel or a key's neighbour is a likelier slip. */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.6;
  if (neighbourKeys.get(a)?.has(b)) return 0.7;
  return 1;
}

/** substitutionCost for each pair of ASCII char codes (`a * 128 + b`): the distance's inner loop reads it. */
const SUBSTITUTIONS = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) SUBSTITUTIONS[a * 128 + b] = substitutionCost(String.fromCharCode(a), String.fromCharCode(b));

function substitutionOf(a: number, b: number): number {
  return a < 128 && b < 128 ? SUBSTITUTIONS[a * 128 + b]! : substitutionCost(String.fromCharCode(a), String.fromCharCode(b));
}

/** A letter added or dropped beside the same letter ("comitee", "occassion") is half a slip: each letter's cost, into `costs`. */
function gapCosts(word: string, codes: Int32Array, costs: Float64Array): void {
  for (let i = 0; i < word.length; i++) codes[i] = word.charCodeAt(i);
  for (let i = 0; i < word.length; i++) costs[i] = (i > 0 && codes[i] === codes[i - 1]) || (i + 1 < word.length && codes[i] === codes[i + 1]) ? 0.5 : 1;
}

/**
 * Edit distance with weights (optimal string alignment): two letters swapped cost 0.6, a doubled letter
 * added or dropped 0.5, a vowel for a vowel 0.6, a keyboard neighbour 0.7, anything else 1. Infinity as soon
 * as it must pass `limit`.
 */
export function weightedDistance(a: string, b: string, limit: number): number {
  const width = b.length + 1;
  if (scratch.rows[0]!.length < width || scratch.aCodes.length < a.length) growScratch(Math.max(width, a.length + 1));
  const { aCodes, bCodes, aGaps, bGaps } = scratch;
  gapCosts(a, aCodes, aGaps);
  gapCosts(b, bCodes, bGaps);
  let [before, previous, current] = scratch.rows as [Float64Array, Float64Array, Float64Array];
  previous[0] = 0;
  for (let j = 1; j < width; j++) previous[j] = previous[j - 1]! + bGaps[j - 1]!;
  for (let i = 1; i <= a.length; i++) {
    const code = aCodes[i - 1]!;
    const gap = aGaps[i - 1]!;
    current[0] = previous[0]! + gap;
    let best = current[0]!;
    for (let j = 1; j < width; j++) {
      let cost = Math.min(previous[j]! + gap, current[j - 1]! + bGaps[j - 1]!, previous[j - 1]! + substitutionOf(code, bCodes[j - 1]!));
      if (i > 1 && j > 1 && code === bCodes[j - 2] && aCodes[i - 2] === bCodes[j - 1] && code !== aCodes[i - 2]) cost = Math.min(cost, before[j - 2]! + 0.6);
      current[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  const distance = previous[b.length]!;
  return distance > limit ? Infinity : distance;
}

/** The distance table's rows and each word's char codes and gap costs, reused from call to call. */
const scratch = { rows: [] as Float64Array[], aCodes: new Int32Array(0), bCodes: new Int32Array(0), aGaps: new Float64Array(0), bGaps: new Float64Array(0) };

function growScratch(size: number): void {
  const length = Math.max(32, size * 2);
  scratch.rows = [new Float64Array(length), new Float64Array(length), new Float64Array(length)];
  scratch.aCodes = new Int32Array(length);
  scratch.bCodes = new Int32Array(length);
  scratch.aGaps = new Float64Array(length);
  scratch.bGaps = new Float64Array(length);
}
growScratch(16);

/** The letters a to z a word holds, one bit each. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const bit = (word.charCodeAt(i) | 32) - 97;
    if (bit >= 0 && bit < 26) mask |= 1 << bit;
  }
  return mask;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Each letter one word holds and the other lacks needs an edit, and no edit settles more than two such letters
 * for less than 0.6: a bound that spares the full comparison of most words.
 */
const LETTER_BOUND = 0.3;

/** How many of each letter a to z a word holds (case folded), and of anything else in the last place. */
function countLetters(word: string, counts: Int32Array): void {
  counts.fill(0);
  for (let i = 0; i < word.length; i++) {
    const bit = (word.charCodeAt(i) | 32) - 97;
    const at = bit >= 0 && bit < 26 ? bit : 26;
    counts[at] = counts[at]! + 1;
  }
}

/**
 * A lower bound on the distance between two words from their letter counts: the difference in length needs as
 * many letters added or dropped (0.5 each at least), and each other letter counted differently needs half a
 * change of letter (0.6 at least) or an added or dropped letter; a swap changes no count. Far tighter than the
 * letters held alone, and far cheaper than the distance.
 */
function countBound(counts: Int32Array, other: string, lengthDifference: number): number {
  countLetters(other, otherCounts);
  let differing = 0;
  for (let i = 0; i < 27; i++) differing += Math.abs(counts[i]! - otherCounts[i]!);
  return 0.5 * lengthDifference + 0.3 * Math.max(0, differing - lengthDifference);
}

const otherCounts = new Int32Array(27);
/** Rounding room: a bound a hair above the limit still lets the word be compared. */
const BOUND_SLACK = 1e-9;

/** A word the list lacks counts as this rare. */
const RARE_RANK = 1e6;

export interface Candidate {
  readonly word: string;
  readonly cost: number;
  readonly rank: number;
}

/** How a candidate is ordered: its edit cost, then how common it is (a tenfold commoner word is worth 0.3 of an edit). */
export const scoreOf = (candidate: Candidate): number => candidate.cost + 0.3 * Math.log10(Math.min(candidate.rank, RARE_RANK));

/**
 * The `limit` most frequent words within `maxCost` of `word`, best first. Only words with the same first
 * letter (or the second, for the first two swapped) and a length within two are compared: a slip rarely
 * changes a word's first letter, and each comparison stops once it passes `maxCost`.
 */
export function nearWords(frequencies: Frequencies, word: string, maxCost: number, limit: number): Candidate[] {
  const found: Candidate[] = [];
  const mask = letterMask(word);
  const counts = new Int32Array(27);
  countLetters(word, counts);
  const initials = new Set([word[0]!]);
  if (word.length > 1) initials.add(word[0] === word[0]!.toUpperCase() ? word[1]!.toUpperCase() : word[1]!);
  for (const initial of initials) {
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const other of frequencies.wordsOf(initial, length, limit)) {
        if (other === word || LETTER_BOUND * bitCount(mask ^ letterMask(other)) > maxCost) continue;
        if (countBound(counts, other, Math.abs(other.length - word.length)) > maxCost + BOUND_SLACK) continue;
        const cost = weightedDistance(word, other, maxCost);
        if (cost !== Infinity) found.push({ word: other, cost, rank: frequencies.rank(other) });
      }
    }
  }
  return found.sort((a, b) => scoreOf(a) - scoreOf(b));
}
