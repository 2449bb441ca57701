// Applies non-overlapping fixes to a text front to back; overlapping ones wait for the next pass.
import type { Fix } from '../types';

export interface AppliedFixes {
  readonly text: string;
  readonly applied: number;
  readonly skipped: number;
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let cursor = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Touching fixes count as overlapping too, as in ESLint: two edits at one point have no defined order.
    if (start <= lastEnd) continue;
    parts.push(text.slice(cursor, start), fix.text);
    cursor = end;
    lastEnd = end;
    applied++;
  }
  parts.push(text.slice(cursor));
  return { text: applied > 0 ? parts.join('') : text, applied, skipped: sorted.length - applied };
}
