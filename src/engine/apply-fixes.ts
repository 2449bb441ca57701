// Applies non-overlapping fixes to a text front to back; overlapping ones wait for the next pass.
import type { Fix } from '../types';

export interface AppliedFixes {
  readonly text: string;
  readonly applied: number;
  readonly skipped: number;
  /** The fixes applied, in order, in the coordinates of the text they were applied to. */
  readonly edits: readonly Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  const edits: Fix[] = [];
  let cursor = 0;
  let lastEnd = -1;
  let lastIsInsertion = false;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Touching fixes count as overlapping when one of them inserts at the point they share, as in ESLint: two
    // edits at one point have no defined order. Two that each replace some text ("a|b" → "", "|c" → "") do not.
    if (start < lastEnd || (start === lastEnd && (start === end || lastIsInsertion))) continue;
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastEnd = end;
    lastIsInsertion = start === end;
    edits.push(fix);
  }
  parts.push(text.slice(cursor));
  return { text: edits.length > 0 ? parts.join('') : text, applied: edits.length, skipped: sorted.length - edits.length, edits };
}
