// Turns UTF-16 offsets into 1-based line and column numbers: the only place reports get them from.
import type { LintResult, Range } from '../types';

/** 1-based line, 1-based column in UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A range as reports show it: start inclusive, end exclusive. */
export interface Location extends Position {
  readonly endLine: number;
  readonly endColumn: number;
}

export interface LineIndex {
  /** Offset at which each line starts; the first is always 0. */
  readonly lineStarts: readonly number[];
  readonly length: number;
}

const LF = 10;
const CR = 13;

/** Scans the text once; \r\n, \n and a lone \r each end a line. */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  // Most texts end lines with LF alone: indexOf finds them far faster than a look at every character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    return { lineStarts, length: text.length };
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) {
      lineStarts.push(i + 1);
    } else if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      lineStarts.push(i + 1);
    }
  }
  return { lineStarts, length: text.length };
}

/** Indexes the text a result's message ranges refer to: the fixed output when there is one, else the source (none when unreadable: every offset is then 1:1). */
export function createResultIndex(result: LintResult): LineIndex {
  return createLineIndex(result.output ?? result.source ?? '');
}

/** The position of an offset; offsets outside the text are clamped to it. Binary search: reports may cover 5 MB files. */
export function positionAt(index: LineIndex, offset: number): Position {
  const target = Math.min(Math.max(offset, 0), index.length);
  const starts = index.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= target) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: target - (starts[low] ?? 0) + 1 };
}

/** Start and exclusive end of a range, as ESLint reports them (a range ending after a line break ends at column 1 of the next line). */
export function locate(index: LineIndex, range: Range): Location {
  const start = positionAt(index, range[0]);
  const end = positionAt(index, range[1]);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Like `locate`, but a non-empty range that ends right after a line break ends on the line of its last
 * character, past the break: SARIF's endLine is "the line of the last character in the region".
 */
export function locateLastCharacter(index: LineIndex, range: Range): Location {
  const location = locate(index, range);
  if (range[1] <= range[0] || location.endColumn !== 1 || location.endLine <= location.line) return location;
  const previousStart = index.lineStarts[location.endLine - 2] ?? 0;
  const end = Math.min(Math.max(range[1], 0), index.length);
  return { ...location, endLine: location.endLine - 1, endColumn: end - previousStart + 1 };
}
