// Cuts the line a finding is on down to what a terminal row holds, around the finding, and says where on screen the
// finding is: columns are counted as the terminal shows them (a CJK character or an emoji takes two, a combining
// accent none), with string-width.
import stringWidth from 'string-width';
import type { Range } from '../types';
import { positionAt, type LineIndex } from './positions';

/** A line as shown: the text before the finding, the finding, the text after it; a cut end shows as `…`. */
export interface Excerpt {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
  /** Whether the line goes on past `before` (to the left) and past `after` (to the right). */
  readonly cutLeft: boolean;
  readonly cutRight: boolean;
  /** Terminal columns before the finding, the ellipsis included, and the finding's own (at least 1: a point is a column). */
  readonly markColumn: number;
  readonly markWidth: number;
}

export const ELLIPSIS = '…';

/** A grapheme as it is printed, and the terminal columns it takes. */
interface Cell {
  readonly text: string;
  readonly width: number;
}

/**
 * Control characters would move the cursor or colour the terminal: each is shown as its Unicode control picture
 * (ESC as ␛), a tab as one space, C1 controls and DEL as ␡ and �.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
    const code = character.charCodeAt(0);
    if (code === 9) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/**
 * Characters a terminal shows one column wide, one UTF-16 unit each, that combine with nothing: ASCII, Latin-1 and
 * the other Latin, IPA and spacing-modifier letters, and the dashes, quotes, ellipsis and primes of General
 * Punctuation. Most articles hold nothing else.
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** The widths of the graphemes met so far: an article repeats its CJK characters and emoji. */
const widths = new Map<string, number>();

function widthOfGrapheme(grapheme: string): number {
  let width = widths.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widths.size < 10_000) widths.set(grapheme, width);
  }
  return width;
}

/**
 * What joins the character before it into one grapheme, as terminals draw them: combining marks, the zero-width
 * joiner, variation selectors, skin-tone modifiers, tag characters, and Hangul vowel and final jamo.
 */
const EXTENDS = /^[\p{M}\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}\u1160-\u11ff\ud7b0-\ud7ff]$/u;
const isRegionalIndicator = (character: string): boolean => character >= '\u{1f1e6}' && character <= '\u{1f1ff}';

/**
 * The text's graphemes: a character with what extends it, what follows a joiner, and regional indicators in pairs
 * (a flag). Close enough to Unicode's rules to measure a terminal's columns, at a small part of Intl.Segmenter's cost.
 */
function graphemes(text: string): string[] {
  const found: string[] = [];
  let joins = false;
  let flagOpen = false;
  for (const character of text) {
    const last = found.length - 1;
    if (last >= 0 && (joins || EXTENDS.test(character) || (flagOpen && isRegionalIndicator(character)))) {
      found[last] += character;
      joins = character === '\u200d';
      flagOpen = false;
      continue;
    }
    found.push(character);
    joins = false;
    flagOpen = isRegionalIndicator(character);
  }
  return found;
}

function cellsOf(text: string): Cell[] {
  const shown = printable(text);
  if (NARROW.test(shown)) return Array.from(shown, (character) => ({ text: character, width: 1 }));
  return graphemes(shown).map((grapheme) => ({ text: grapheme, width: widthOfGrapheme(grapheme) }));
}

/** The columns a terminal gives the text (control characters shown as their pictures). */
export function displayWidth(text: string): number {
  return widthOf(cellsOf(text));
}

function widthOf(cells: readonly Cell[]): number {
  return cells.reduce((sum, cell) => sum + cell.width, 0);
}

/** Moves an offset off the second half of a surrogate pair, so a cut never splits a character. */
function atCharacter(text: string, offset: number, forward: boolean): number {
  const code = text.charCodeAt(offset);
  if (code < 0xdc00 || code > 0xdfff) return offset;
  return forward ? offset + 1 : offset - 1;
}

/** The line holding an offset, without its line break: [start, end) in the text. */
function lineAround(text: string, index: LineIndex, offset: number): [number, number] {
  const line = positionAt(index, offset).line - 1;
  const start = index.lineStarts[line] ?? 0;
  let end = index.lineStarts[line + 1] ?? text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return [start, end];
}

/** The cells that fit in `width` columns from the start (`fromEnd` false) or the end of a run, and whether any was left out. */
function fit(cells: readonly Cell[], width: number, fromEnd: boolean, alreadyCut: boolean): { shown: Cell[]; cut: boolean } {
  if (!alreadyCut && widthOf(cells) <= width) return { shown: [...cells], cut: false };
  const room = width - ELLIPSIS.length;
  const shown: Cell[] = [];
  let used = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[fromEnd ? cells.length - 1 - i : i]!;
    if (used + cell.width > room) break;
    used += cell.width;
    shown.push(cell);
  }
  if (fromEnd) shown.reverse();
  return { shown, cut: true };
}

const join = (cells: readonly Cell[]): string => cells.map((cell) => cell.text).join('');

/**
 * The line of `range`'s start, fitted to `width` columns around the finding: the finding's part of that line (to the
 * line's end, when the range goes on to later lines), with as much before and after it as fits, a little more after
 * than before; the line's own ends when they fit, an ellipsis where the line was cut.
 */
export function excerpt(text: string, index: LineIndex, range: Range, width: number): Excerpt {
  const start = Math.min(Math.max(range[0], 0), text.length);
  const [lineStart, lineEnd] = lineAround(text, index, start);
  const from = Math.min(start, lineEnd);
  const to = Math.min(Math.max(range[1], from), lineEnd);
  // A column takes at least one UTF-16 unit, but for zero-width marks: the width either side, and a little, is enough.
  const reach = width + 8;
  const windowStart = atCharacter(text, Math.max(lineStart, from - reach), true);
  const markEnd = atCharacter(text, Math.min(to, from + reach), true);
  const windowEnd = atCharacter(text, Math.min(lineEnd, markEnd + reach), true);
  const before = cellsOf(text.slice(windowStart, from));
  const mark = cellsOf(text.slice(from, markEnd));
  const leftCut = windowStart > lineStart;
  if (markEnd < to) return markTooWide(before, mark, width, leftCut);
  return layOut(before, mark, cellsOf(text.slice(markEnd, windowEnd)), width, leftCut, windowEnd < lineEnd);
}

function layOut(before: Cell[], mark: Cell[], after: Cell[], width: number, leftCut: boolean, rightCut: boolean): Excerpt {
  const markWidth = widthOf(mark);
  // Either side may shrink to an ellipsis, but no further.
  const leftMin = before.length > 0 || leftCut ? ELLIPSIS.length : 0;
  const rightMin = after.length > 0 || rightCut ? ELLIPSIS.length : 0;
  if (markWidth + leftMin + rightMin > width) return markTooWide(before, mark, width, leftCut);
  const room = width - markWidth;
  const leftNeed = widthOf(before) + (leftCut ? ELLIPSIS.length : 0);
  const rightNeed = widthOf(after) + (rightCut ? ELLIPSIS.length : 0);
  const share = leftNeed + rightNeed <= room ? leftNeed : Math.min(leftNeed, Math.max(Math.floor(room * 0.4), room - rightNeed));
  const left = Math.min(Math.max(share, leftMin), room - rightMin);
  const shownBefore = fit(before, left, true, leftCut);
  const shownAfter = fit(after, room - left, false, rightCut);
  const prefix = shownBefore.cut ? ELLIPSIS : '';
  return {
    before: prefix + join(shownBefore.shown),
    marked: join(mark),
    after: join(shownAfter.shown) + (shownAfter.cut ? ELLIPSIS : ''),
    cutLeft: shownBefore.cut,
    cutRight: shownAfter.cut,
    markColumn: prefix.length + widthOf(shownBefore.shown),
    markWidth: Math.max(1, markWidth),
  };
}

/** A finding wider than the row: shown from its start, cut at the row's end. */
function markTooWide(before: Cell[], mark: Cell[], width: number, leftCut: boolean): Excerpt {
  const prefix = before.length > 0 || leftCut ? ELLIPSIS : '';
  const shown = fit(mark, width - prefix.length, false, true).shown;
  return {
    before: prefix,
    marked: join(shown),
    after: ELLIPSIS,
    cutLeft: prefix !== '',
    cutRight: true,
    markColumn: prefix.length,
    markWidth: Math.max(1, widthOf(shown)),
  };
}
