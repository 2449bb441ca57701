// Two paragraphs aligned word by word: whether one is a near copy of the other, and how alike they are.
import { holds, lowerNumbersOf, wordsOf, type Entry } from './words';

/** Longer pairs than this (words × words) are not aligned word by word: their trigram overlap stands in. */
export const MAX_ALIGNMENT = 250_000;

/**
 * Aligns two paragraphs word by word (longest common subsequence) and returns the words left unmatched on
 * both sides: what one copy changed, added or dropped.
 */
export function unmatchedWords(a: Entry, b: Entry): string[] {
  const aLower = lowerNumbersOf(a.block, a.table);
  const bLower = lowerNumbersOf(b.block, b.table);
  const n = aLower.length;
  const m = bLower.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * (m + 1) + j;
      table[at] = aLower[i] === bLower[j] ? table[at + m + 2]! + 1 : Math.max(table[at + m + 1]!, table[at + 1]!);
    }
  }
  // The words in their own case are made again only for the blocks aligned, a few in each article.
  const aWords = wordsOf(a.block, a.table);
  const bWords = wordsOf(b.block, b.table);
  const left: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (aLower[i] === bLower[j]) {
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) left.push(aWords[i++]!);
    else left.push(bWords[j++]!);
  }
  while (i < n) left.push(aWords[i++]!);
  while (j < m) left.push(bWords[j++]!);
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
