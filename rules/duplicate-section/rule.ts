// duplicate-section: a heading, title line, paragraph or run of blocks repeating an earlier one; fixed by removing the later copy.
// Cost: linear in the words. Copies are found through a hash map of normalized blocks, near copies through an
// index of word trigrams in which a trigram counts towards at most 32 earlier paragraphs, and at most 4
// candidates a paragraph are aligned word by word (each alignment capped at 250,000 cells); never all pairs.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import { pageChromeOf } from '../shared/page-chrome';
import { removeBlock, spanning } from '../shared/remove-block';
import { isNearCopy } from './alignment';
import { MAX_CANDIDATES, postings } from './postings';
import { bridgeRuns, lineFinder, pageBreakBefore } from './runs';
import { lowerNumbersOf, normalOf, shingles, type Entry } from './words';

/** How many words a paragraph needs before a near copy of it counts. */
const NEAR_WORDS = 12;

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
