// Two paragraphs aligned word by word: whether one is a near copy of the other, and how alike they are.
import { holds, lowerNumbersOf, wordsOf, type Entry } from './words';

/** Longer pairs than this (words × words) are not aligned word by word: their trigram overlap stands in. */
export const MAX_ALIGNMENT = 250_000;

/** Two paragraphs aligned word by word: a longest common subsequence, walked from the front. */
interface Alignment {
  /** For each word of each side, whether the other side has it at its place in the alignment. */
  readonly aMatched: boolean[];
  readonly bMatched: boolean[];
}

function align(a: Entry, b: Entry): Alignment {
  return alignWords(lowerNumbersOf(a.block, a.table), lowerNumbersOf(b.block, b.table));
}

function alignWords(aLower: readonly number[], bLower: readonly number[]): Alignment {
  const n = aLower.length;
  const m = bLower.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * (m + 1) + j;
      table[at] = aLower[i] === bLower[j] ? table[at + m + 2]! + 1 : Math.max(table[at + m + 1]!, table[at + 1]!);
    }
  }
  const aMatched = new Array<boolean>(n).fill(false);
  const bMatched = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (aLower[i] === bLower[j]) {
      aMatched[i++] = true;
      bMatched[j++] = true;
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return { aMatched, bMatched };
}

/**
 * Aligns two paragraphs word by word (longest common subsequence) and returns the words left unmatched on
 * both sides: what one copy changed, added or dropped.
 */
export function unmatchedWords(a: Entry, b: Entry): string[] {
  const { aMatched, bMatched } = align(a, b);
  // The words in their own case are made again only for the blocks aligned, a few in each article.
  const aWords = wordsOf(a.block, a.table);
  const bWords = wordsOf(b.block, b.table);
  const left: string[] = [];
  let i = 0;
  let j = 0;
  // In the order the walk met them: each side's unmatched words up to the next matched pair.
  while (i < aMatched.length || j < bMatched.length) {
    while (i < aMatched.length && !aMatched[i]) left.push(aWords[i++]!);
    while (j < bMatched.length && !bMatched[j]) left.push(bWords[j++]!);
    i++;
    j++;
  }
  return left;
}

/** A number or a capitalised word: the slots of a template ("Smith won the 100m in 9.9 seconds"), not an edit. */
const SLOT = /^[\p{N}\p{Lu}]/u;

/**
 * Whether a later paragraph is a near copy of an earlier one: aligned word by word, the words matched make
 * up at least `threshold` of the longer one, and what differs is not only names and numbers (two results
 * written to one formula differ in exactly those).
 */
export function isNearCopy(earlier: Entry, later: Entry, threshold: number): boolean {
  const longer = Math.max(earlier.count, later.count);
  if (earlier.count * later.count > MAX_ALIGNMENT) {
    let shared = 0;
    for (const shingle of later.shingles!) if (holds(earlier.shingles!, shingle)) shared++;
    return shared / (earlier.shingles!.length + later.shingles!.length - shared) >= threshold;
  }
  const unmatched = unmatchedWords(earlier, later);
  const matched = (earlier.count + later.count - unmatched.length) / 2;
  return matched / longer >= threshold && !unmatched.every((word) => SLOT.test(word));
}

/** How alike two blocks are: the share of the longer one's words that line up, in order, with the other's. */
export function likeness(a: Entry, b: Entry): number {
  const longer = Math.max(a.count, b.count);
  if (longer === 0 || a.count * b.count > MAX_ALIGNMENT) return 0;
  return (a.count + b.count - unmatchedWords(a, b).length) / 2 / longer;
}

/** The words of a later copy that its original lacks: how many lead it, how many close it, and the longest run of them inside. */
export interface Additions {
  readonly leading: number;
  readonly trailing: number;
  readonly longestInside: number;
}

/** What a copy adds to its original; undefined when the pair is too long to align word by word. */
export function additionsOf(original: Entry, copy: Entry): Additions | undefined {
  if (original.normal === copy.normal) return { leading: 0, trailing: 0, longestInside: 0 };
  if (original.count * copy.count > MAX_ALIGNMENT) return undefined;
  // The walk from the front matches each word as early as it can: the words left at the end are the copy's own.
  const { bMatched } = align(original, copy);
  let trailing = 0;
  while (trailing < bMatched.length && !bMatched[bMatched.length - 1 - trailing]) trailing++;
  // The same walk over both reversed matches them as late as it can: "…, the ministry said. The council…" keeps its "the".
  const reversed = alignWords([...lowerNumbersOf(original.block, original.table)].reverse(), [...lowerNumbersOf(copy.block, copy.table)].reverse()).bMatched;
  let firstMatched = 0;
  while (firstMatched < reversed.length && !reversed[reversed.length - 1 - firstMatched]) firstMatched++;
  const leading = Math.min(firstMatched, bMatched.length - trailing);
  let longestInside = 0;
  for (let k = leading, run = 0; k < bMatched.length - trailing; k++) longestInside = Math.max(longestInside, (run = bMatched[k] ? 0 : run + 1));
  return { leading, trailing, longestInside };
}
