// What lint reported on the text as given, carried through the fixes applied since: a later pass of the fix loop
// may change only those stretches, so that fixing never reaches text the report did not name.
import { isSpace } from '../parse/source-lines';
import type { Fix, Message, Range } from '../types';

/** The stretches the messages name (each finding's range and its fix's), sorted and merged where they touch. */
export function reportedRanges(messages: readonly Message[]): Range[] {
  const ranges: Range[] = [];
  for (const message of messages) {
    if (message.fatal) continue;
    ranges.push(message.range);
    if (message.fix) ranges.push(message.fix.range);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The ranges (sorted, apart) after the edits (sorted, apart, in the same coordinates): a range keeps what was
 * inserted at its edges or replaced within it, and an edge inside an edit moves out to the edit's edge.
 */
export function carryRanges(ranges: readonly Range[], edits: readonly Fix[]): Range[] {
  const carried: Range[] = [];
  let next = 0;
  let shift = 0;
  const carry = (offset: number, isEnd: boolean): number => {
    // Past the edits wholly before the offset: for an end, those ending at it, insertions at it included.
    for (; next < edits.length; next++) {
      const [start, end] = edits[next]!.range;
      if (isEnd ? start > offset || (start === offset && end > offset) : end > offset || start === offset) break;
      shift += edits[next]!.text.length - (end - start);
    }
    const edit = edits[next];
    if (!edit) return offset + shift;
    const [start, end] = edit.range;
    // A start at or inside an edit goes to the edit's new start; an end inside one, to its new end.
    if (!isEnd && start <= offset && (offset < end || start === offset)) return start + shift;
    if (isEnd && start < offset && offset < end) return start + shift + edit.text.length;
    return offset + shift;
  };
  for (const [start, end] of ranges) {
    const newStart = carry(start, false);
    carried.push([newStart, Math.max(newStart, carry(end, true))]);
  }
  return carried;
}

/**
 * Whether a fix lies within one of the ranges (sorted and apart). A removal may reach past them over white space
 * only, as a block's removal takes the blank lines around it.
 */
export function isWithin(ranges: readonly Range[], fix: Fix, text: string): boolean {
  let [from, to] = fix.range;
  if (fix.text === '') {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  }
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (to < start) high = middle - 1;
    else if (from > end) low = middle + 1;
    else return start <= from && to <= end;
  }
  return false;
}
