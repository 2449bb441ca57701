// The edit that removes a whole block with the blank lines after it, so paragraphs stay one blank line apart.
import type { Fix, Range } from '../../src/types';

/** The start of the line holding `offset`: a block's range may start after its list or quote markers. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Past the end of the line holding `offset`, its line break included. */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}

/** A line of nothing but white space, or, inside a block quote, of nothing but quote markers. */
function isBlankLine(text: string, start: number, isQuoted: boolean): boolean {
  for (let i = start; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
    if (text[i] !== ' ' && text[i] !== '\t' && !(isQuoted && text[i] === '>')) return false;
  }
  return start < text.length;
}

/**
 * Removes the lines of `range` and the blank lines that follow. At the end of the text, the blank lines before
 * it go instead, so the text ends where it ended before: with its final line break, or without one.
 */
export function removeBlock(text: string, range: Range): Fix {
  const start = lineStart(text, range[0]);
  const isQuoted = /^\s*>/.test(text.slice(start, range[0] + 1));
  let end = lineEnd(text, Math.max(range[0], range[1] - 1));
  while (isBlankLine(text, end, isQuoted)) end = lineEnd(text, end);
  if (end < text.length || start === 0) return { range: [start, end], text: '' };
  // The last block: take the line breaks before it, keeping a final line break if the text had one.
  let before = start;
  while (before > 0 && (text[before - 1] === '\n' || text[before - 1] === '\r' || text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const hadFinalBreak = /[\r\n]$/.test(text);
  if (!hadFinalBreak) return { range: [before, end], text: '' };
  const keep = text[before] === '\r' && text[before + 1] === '\n' ? 2 : 1;
  return { range: [Math.min(before + keep, start), end], text: '' };
}
