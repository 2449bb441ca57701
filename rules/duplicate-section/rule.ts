// duplicate-section: a heading, title line, paragraph or run of blocks repeating an earlier one; fixed by removing the later copy.
// Cost: linear in the words. Copies are found through a hash map of normalized blocks, near copies through an
// index of word trigrams in which a trigram counts towards at most 32 earlier paragraphs, and at most 4
// candidates a paragraph are aligned word by word (each alignment capped at 250,000 cells); never all pairs.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions, WordTable } from '../../src/types';
import { pageChromeOf } from '../shared/page-chrome';
import { isAsciiLowercase } from '../../src/language';
import { removeBlock, spanning } from '../shared/remove-block';
import { lastAtMost } from '../shared/sorted';

const SHINGLE = 3;
/** How many words a paragraph needs before a near copy of it counts. */
const NEAR_WORDS = 12;

/** The block's words (its word spans), in their own case, curly apostrophes made straight. */
function wordsOf(block: Block, table: WordTable): string[] {
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

/** The block's words in lower case, curly apostrophes made straight, joined by single spaces. */
function normalOf(block: Block, table: WordTable): string {
  const lower = table.cache<string>(LOWER_WORDS);
  const { count, ids } = block.wordSpans;
  const words = new Array<string>(count);
  for (let i = 0; i < count; i++) words[i] = lowerOf(lower, ids[i]!, table.text(ids[i]!));
  return words.join(' ');
}

/** The block's words in lower case as numbers in the word table: equal numbers for equal words. */
function lowerNumbersOf(block: Block, table: WordTable): number[] {
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
function shingles(words: readonly number[]): number[] {
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
function holds(sorted: readonly number[], shingle: number): boolean {
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

interface Entry {
  readonly block: Block;
  /** The document's word table, which numbers the block's words. */
  readonly table: WordTable;
  /** The words in lower case joined by single spaces (the text compared for exact copies), and how many. */
  readonly normal: string;
  readonly count: number;
  /** Made when the block is first compared for near copies. */
  shingles?: readonly number[];
}

/** A trigram found in more paragraphs than this no longer points to candidates; at most this many are aligned. */
const COMMON_SHINGLE = 32;
const MAX_CANDIDATES = 4;

/**
 * Which earlier paragraphs hold each trigram: open addressing over the 30-bit trigrams, one table kept from
 * article to article and emptied after each (a map of its own for every article was a tenth of the rule's
 * allocations). A trigram in one paragraph points to it by index; in more, to a list of them.
 */
class Postings {
  /** Each slot's trigram plus one, 0 when free; its paragraph, or -1 - n for the n-th list. */
  #slots = new Int32Array(SMALL_TABLE);
  #values = new Int32Array(SMALL_TABLE);
  readonly #lists: number[][] = [];
  readonly #filled: number[] = [];

  /**
   * Records that paragraph `index` holds the trigram, and counts it in `counts` for each earlier paragraph that
   * holds it too (`touched` gets each paragraph counted for the first time), unless the trigram is common.
   */
  add(trigram: number, index: number, counts: Int32Array, touched: number[]): void {
    const slot = this.#slotOf(trigram);
    if (this.#slots[slot] === 0) {
      this.#slots[slot] = trigram + 1;
      this.#values[slot] = index;
      this.#filled.push(slot);
      if (this.#filled.length * 2 > this.#slots.length) this.#grow();
      return;
    }
    const value = this.#values[slot]!;
    if (value >= 0) {
      if (counts[value]!++ === 0) touched.push(value);
      this.#values[slot] = -1 - this.#lists.length;
      this.#lists.push([value, index]);
      return;
    }
    const list = this.#lists[-1 - value]!;
    // A trigram in many paragraphs is the article's formula ("of the day the"), not a sign of a copy.
    if (list.length > COMMON_SHINGLE) return;
    for (const earlier of list) if (counts[earlier]!++ === 0) touched.push(earlier);
    list.push(index);
  }

  /** Empties the table for the next article; a table grown large for a long one is let go. */
  clear(): void {
    if (this.#slots.length > SMALL_TABLE * 16) {
      this.#slots = new Int32Array(SMALL_TABLE);
      this.#values = new Int32Array(SMALL_TABLE);
    } else {
      for (const slot of this.#filled) this.#slots[slot] = 0;
    }
    this.#filled.length = 0;
    this.#lists.length = 0;
  }

  #slotOf(trigram: number): number {
    const mask = this.#slots.length - 1;
    let slot = (Math.imul(trigram, 0x9e3779b1) >>> 0) & mask;
    while (this.#slots[slot] !== 0 && this.#slots[slot] !== trigram + 1) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const slots = this.#slots;
    const values = this.#values;
    const filled = [...this.#filled];
    this.#slots = new Int32Array(slots.length * 2);
    this.#values = new Int32Array(slots.length * 2);
    this.#filled.length = 0;
    for (const old of filled) {
      const slot = this.#slotOf(slots[old]! - 1);
      this.#slots[slot] = slots[old]!;
      this.#values[slot] = values[old]!;
      this.#filled.push(slot);
    }
  }
}

const SMALL_TABLE = 1 << 12;
const postings = new Postings();

/** Longer pairs than this (words × words) are not aligned word by word: their trigram overlap stands in. */
const MAX_ALIGNMENT = 250_000;

/**
 * Aligns two paragraphs word by word (longest common subsequence) and returns the words left unmatched on
 * both sides: what one copy changed, added or dropped.
 */
function unmatchedWords(a: Entry, b: Entry): string[] {
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
function isNearCopy(earlier: Entry, later: Entry, threshold: number): boolean {
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

/** Line numbers for messages, from one pass over the text. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lastAtMost(starts, offset) + 1;
}

/** How alike two blocks are: the share of the longer one's words that line up, in order, with the other's. */
function likeness(a: Entry, b: Entry): number {
  const longer = Math.max(a.count, b.count);
  if (longer === 0 || a.count * b.count > MAX_ALIGNMENT) return 0;
  return (a.count + b.count - unmatchedWords(a, b).length) / 2 / longer;
}

/**
 * A section repeated after a page break is repeated in order, so inside a run of copies a block that sits
 * where its original's neighbour sat belongs to the run when it is that neighbour, or close to half like it (a short
 * line, a paragraph edited more than a copy may be); and so does the block just before a run of two copies
 * or more when it repeats the block just before their originals (a short headline at the top of page 2).
 */
function bridgeRuns(entries: readonly Entry[], originals: (Entry | undefined)[]): void {
  const indexOf = new Map(entries.map((entry, index) => [entry, index]));
  const originalIndex = (k: number): number | undefined => (originals[k] ? indexOf.get(originals[k]!) : undefined);
  // Gaps of one or two blocks inside a run, where the run goes on in step after them.
  for (let k = 1; k < entries.length; k++) {
    const previous = originalIndex(k - 1);
    if (originals[k] || previous === undefined || previous + 1 >= k - 1) continue;
    const resumes = [1, 2].some((step) => originalIndex(k + step) === previous + 1 + step);
    const candidate = entries[previous + 1]!;
    if (resumes && entries[k]!.count > 0 && (candidate.normal === entries[k]!.normal || likeness(candidate, entries[k]!) >= 0.4)) originals[k] = candidate;
  }
  // The block just before a run of two copies or more, repeating the one before their originals exactly.
  for (let k = entries.length - 3; k >= 0; k--) {
    const next = originalIndex(k + 1);
    if (originals[k] || next === undefined || next === 0 || next - 1 >= k || originalIndex(k + 2) !== next + 1) continue;
    if (entries[k]!.count > 0 && entries[next - 1]!.normal === entries[k]!.normal) originals[k] = entries[next - 1];
  }
}

/** "Page 2 of 3", "Continued on next page", "Next page »", "1 2 3 Next": the line where a scraped page 2 began. */
const PAGE_BREAK = /^(?:(?:page\s+)?\d+\s+of\s+\d+|page\s+\d+|(?:continued|continues)(?:\s+(?:on|from)\s+(?:the\s+)?(?:next\s+page|page\s+\d+))?|(?:next|previous)\s+page|(?:\d+\s+)*(?:prev(?:ious)?\s+)?(?:\d+\s+)*next)$/i;

function isPageBreak(block: Block): boolean {
  const text = block.text.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().replace(/\s+/g, ' ');
  return text.length > 0 && text.length <= 40 && PAGE_BREAK.test(text);
}

/** Where the removal of a copy starts: at the page-break lines just before it, when there are any, so they go with it. */
function pageBreakBefore(blocks: readonly Block[], indexOf: ReadonlyMap<Block, number>, first: Block): number {
  let index = indexOf.get(first)!;
  while (index > 0 && isPageBreak(blocks[index - 1]!)) index--;
  return blocks[index]!.range[0];
}

const rule: Rule = {
  id: 'duplicate-section',
  description: 'A heading, title, paragraph or run of blocks that repeats an earlier one, exactly or nearly',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    threshold: { type: 'number', description: 'How alike two paragraphs must be to count as one repeated: the share (0–1) of the longer one’s words that line up, in order, with the other’s.', default: 0.8 },
    minWords: { type: 'number', description: 'Blocks shorter than this many words are never duplicates (short headings recur on purpose).', default: 4 },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const threshold = typeof options.threshold === 'number' ? options.threshold : 0.8;
    const minWords = typeof options.minWords === 'number' ? options.minWords : 4;
    // Chrome is not an original to copy: a breadcrumb holds the title without the title repeating anything.
    const chrome = new Set(pageChromeOf(document, context).map((hit) => hit.block));
    const entries: Entry[] = document.proseBlocks
      .filter((block) => block.kind !== 'table-row' && !chrome.has(block))
      .map((block) => ({ block, table: document.wordTable, normal: normalOf(block, document.wordTable), count: block.wordSpans.count }));
    const exact = new Map<string, Entry>();
    // Which earlier paragraphs hold each word trigram (postings): near copies are looked for among those only.
    // Emptied first, too: an article whose check failed half-way must not leave its trigrams to the next.
    postings.clear();
    // Trigrams shared with each earlier paragraph, counted in one array and reset after each paragraph.
    const sharedCounts = new Int32Array(entries.length);
    const touched: number[] = [];
    const originals: (Entry | undefined)[] = entries.map((entry, index) => {
      if (entry.count < minWords) return undefined;
      const first = exact.get(entry.normal);
      if (first) return first;
      exact.set(entry.normal, entry);
      // Near copies: paragraphs (and quotes) of twelve words or more. Shorter ones, list items and headings
      // share a wording on purpose ("The minister declined to comment.") and count only when repeated exactly.
      if (entry.count < NEAR_WORDS || (entry.block.kind !== 'paragraph' && entry.block.kind !== 'quote')) return undefined;
      entry.shingles = shingles(lowerNumbersOf(entry.block, document.wordTable));
      for (const shingle of entry.shingles) postings.add(shingle, index, sharedCounts, touched);
      // A cheap first look: alike in length, and sharing a quarter of their trigrams; then, the likeliest few
      // word by word.
      const candidates: [number, number][] = [];
      for (const earlierIndex of touched) {
        const count = sharedCounts[earlierIndex]!;
        sharedCounts[earlierIndex] = 0;
        const earlier = entries[earlierIndex]!;
        const alike = Math.min(earlier.count, entry.count) / Math.max(earlier.count, entry.count) >= threshold;
        if (alike && count / Math.min(earlier.shingles!.length, entry.shingles.length) >= 0.25) candidates.push([earlierIndex, count]);
      }
      touched.length = 0;
      candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      candidates.splice(MAX_CANDIDATES);
      for (const [earlierIndex] of candidates) if (isNearCopy(entries[earlierIndex]!, entry, threshold)) return entries[earlierIndex];
      return undefined;
    });
    postings.clear();
    bridgeRuns(entries, originals);
    const findings: Finding[] = [];
    let lineOf: ((offset: number) => number) | undefined;
    let blockIndex: Map<Block, number> | undefined;
    for (let i = 0; i < entries.length; i++) {
      const original = originals[i];
      if (!original) continue;
      // A run of consecutive copies is reported, and removed, as one.
      let last = i;
      while (last + 1 < entries.length && originals[last + 1]) last++;
      const first = entries[i]!.block;
      const end = entries[last]!.block;
      blockIndex ??= new Map(document.proseBlocks.map((block, index) => [block, index]));
      const range = [pageBreakBefore(document.proseBlocks, blockIndex, first), end.range[1]] as const;
      const count = last - i + 1;
      const fix = removeBlock(document.text, range);
      findings.push({
        message: `Unexpected ${count > 1 ? `repeat of ${count} blocks` : `repeated ${first.kind === 'heading' ? 'heading' : 'block'}`}: “${first.text.trim().slice(0, 50)}${first.text.trim().length > 50 ? '…' : ''}” first appears on line ${(lineOf ??= lineFinder(document.text))(original.block.range[0])}`,
        range: spanning(range, fix.range),
        fix,
      });
      i = last;
    }
    return findings;
  },
};

export default rule;
