// duplicate-section: a heading, title line, paragraph or run of blocks repeating an earlier one; fixed by removing the later copy.
// Cost: linear in the words. Copies are found through a hash map of normalized blocks, near copies through an
// index of word trigrams in which a trigram counts towards at most 32 earlier paragraphs, and at most 4
// candidates a paragraph are aligned word by word (each alignment capped at 250,000 cells); never all pairs.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import { pageChromeOf } from '../shared/page-chrome';
import { lineStart, removeBlock } from '../shared/remove-block';
import { additionsOf, isNearCopy } from './alignment';
import { MAX_CANDIDATES, postings } from './postings';
import { bridgeRuns, lineFinder, pageBreakBefore } from './runs';
import { lowerNumbersOf, normalOf, shingles, type Entry } from './words';

/** How many words a paragraph needs before a near copy of it counts. */
const NEAR_WORDS = 12;

/** Fewer words than this added before or after a copy are an edit of it (a word changed, a typo); more are writing of its own. */
const EXTRA_WORDS = 4;
/** Inside a copy, a run of this many added words is a sentence of its own; shorter runs are a copy reworded. */
const OWN_SENTENCE = 6;

interface Report {
  readonly document: Document;
  readonly entries: readonly Entry[];
  readonly originals: readonly (Entry | undefined)[];
  readonly lineOf: (offset: number) => number;
  readonly blockIndex: ReadonlyMap<Block, number>;
}

/** Where a run of copies starts and ends in the source, and whether removing it would take text of its own with it. */
interface Extent {
  /** Where the copied text starts; the removal may start earlier, at page-break lines before it. */
  readonly copyStart: number;
  readonly start: number;
  readonly end: number;
  readonly isSafe: boolean;
}

/**
 * The stretch of the source the run repeats. A copy may carry writing of its own: lines before its first
 * block's copied words or after its last block's stay out of the stretch; words of its own anywhere else, or on
 * a line the copy shares, mean removing the stretch would lose them, so it is not safe to remove unasked.
 */
function extentOf({ document, entries, originals, blockIndex }: Report, firstIndex: number, lastIndex: number): Extent {
  const first = entries[firstIndex]!;
  const last = entries[lastIndex]!;
  let start = pageBreakBefore(document.proseBlocks, blockIndex, first.block);
  let copyStart = first.block.range[0];
  let end = last.block.range[1];
  let isSafe = true;
  for (let k = firstIndex; k <= lastIndex; k++) {
    const added = additionsOf(originals[k]!, entries[k]!);
    if (!added) continue;
    const { leading, trailing, longestInside } = added;
    const starts = entries[k]!.block.wordSpans.starts;
    const ends = entries[k]!.block.wordSpans.ends;
    const at = (index: number, isEnd = false): number => entries[k]!.block.toSource(isEnd ? ends[index]! : starts[index]!, isEnd);
    // Words of its own before the run's first copied word or after its last one can stay; anywhere else they would go.
    if (longestInside >= OWN_SENTENCE || (k !== firstIndex && leading >= OWN_SENTENCE) || (k !== lastIndex && trailing >= OWN_SENTENCE)) isSafe = false;
    if (k === firstIndex && leading >= EXTRA_WORDS) {
      start = copyStart = at(leading);
      if (!document.text.slice(at(leading - 1, true), start).includes('\n')) isSafe = false;
    }
    if (k === lastIndex && trailing >= EXTRA_WORDS) {
      const copyEnd = at(starts.length - trailing - 1, true);
      end = lineEndOf(document.text, copyEnd);
      if (!document.text.slice(copyEnd, at(starts.length - trailing)).includes('\n')) isSafe = false;
    }
  }
  return { copyStart, start, end, isSafe };
}

/** The offset of the line break that ends the line holding `offset` (or the text's end). */
function lineEndOf(text: string, offset: number): number {
  const breakAt = text.slice(offset).search(/\r?\n/);
  return breakAt < 0 ? text.length : offset + breakAt;
}

/** The finding for a run of copies: removed when that loses nothing of the article's own, else offered. */
function reportRun(report: Report, firstIndex: number, lastIndex: number): Finding {
  const { document, entries, originals, lineOf } = report;
  const first = entries[firstIndex]!.block;
  const count = lastIndex - firstIndex + 1;
  const { copyStart, start, end, isSafe } = extentOf(report, firstIndex, lastIndex);
  const fix = removeBlock(document.text, [start, end]);
  const shown = first.text.trim();
  const message = `Unexpected ${count > 1 ? `repeat of ${count} blocks` : `repeated ${first.kind === 'heading' ? 'heading' : 'block'}`}: “${shown.slice(0, 50)}${shown.length > 50 ? '…' : ''}” first appears on line ${lineOf(originals[firstIndex]!.block.range[0])}`;
  // The finding sits on the repeated text; its fix may reach further, over page-break lines and blank lines.
  if (isSafe) return { message, range: [lineStart(document.text, copyStart), end], fix };
  // The copy carries words of its own: removing it is the editor's call.
  return { message: `${message}; it also holds words of its own`, range: [lineStart(document.text, copyStart), end], suggestions: [{ message: 'Remove the repeated text, words of its own included', fix }] };
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
      .map((block) => {
        const normal = normalOf(block, document.wordTable);
        // Words as compared: a doubled word counted once.
        let count = normal === '' ? 0 : 1;
        for (let at = normal.indexOf(' '); at >= 0; at = normal.indexOf(' ', at + 1)) count++;
        return { block, table: document.wordTable, normal, count };
      });
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
    const report: Report = { document, entries, originals, lineOf: lineFinder(document.text), blockIndex: new Map(document.proseBlocks.map((block, index) => [block, index])) };
    for (let i = 0; i < entries.length; i++) {
      if (!originals[i]) continue;
      // A run of consecutive copies is reported, and removed, as one.
      let last = i;
      while (last + 1 < entries.length && originals[last + 1]) last++;
      findings.push(reportRun(report, i, last));
      i = last;
    }
    return findings;
  },
};

export default rule;
