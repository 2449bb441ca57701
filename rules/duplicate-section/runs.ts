// Copies come in runs: a section repeated after a page break, in order, with the page-break lines before it.
import type { Block } from '../../src/types';
import { lastAtMost } from '../shared/sorted';
import { likeness } from './alignment';
import type { Entry } from './words';

/** Line numbers for messages, from one pass over the text. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lastAtMost(starts, offset) + 1;
}

/**
 * A section repeated after a page break is repeated in order, so inside a run of copies a block that sits
 * where its original's neighbour sat belongs to the run when it is that neighbour, or close to half like it (a short
 * line, a paragraph edited more than a copy may be); and so does the block just before a run of two copies
 * or more when it repeats the block just before their originals (a short headline at the top of page 2).
 */
export function bridgeRuns(entries: readonly Entry[], originals: (Entry | undefined)[]): void {
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
export function pageBreakBefore(blocks: readonly Block[], indexOf: ReadonlyMap<Block, number>, first: Block): number {
  let index = indexOf.get(first)!;
  while (index > 0 && isPageBreak(blocks[index - 1]!)) index--;
  return blocks[index]!.range[0];
}
