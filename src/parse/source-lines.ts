// Reads Markdown source line by line: fences and spanning HTML blocks, container markers, and blocks read from lines alone.
import type { BlockKind } from '../types';
import type { RawBlock } from './plain-text';
import { ProseBuilder, addSourceText } from './prose';

export interface Line {
  readonly start: number;
  /** The end of the line's content, before its line break. */
  readonly end: number;
}

/** The lines of text[start, end), each without its line break (a CR before the LF included). */
export function* linesOf(text: string, start: number, end: number): Generator<Line> {
  for (let lineStart = start; lineStart < end; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    yield { start: lineStart, end: text.charCodeAt(lineEnd - 1) === 13 && lineEnd > lineStart ? lineEnd - 1 : lineEnd };
    lineStart = lineEnd + 1;
  }
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function isBlankLine(text: string, line: Line): boolean {
  return trimEnd(text, line.start, line.end) === line.start;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that run across blank lines until their end marker (CommonMark kinds 1–5). */
const HTML_SPANNING: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** Follows fenced code and HTML blocks that span blank lines, a line at a time, as the chunk splitter reads them. */
export class OpaqueBlocks {
  private fenceEnd: RegExp | undefined;
  private htmlEnd: RegExp | undefined;

  /** Whether the next line is inside a fence or spanning HTML block (and is read by `close`, not `open`). */
  get isInside(): boolean {
    return this.fenceEnd !== undefined || this.htmlEnd !== undefined;
  }

  /** Reads a line outside any such block; true when it opens one. */
  open(line: string): boolean {
    const fence = FENCE.exec(line);
    if (fence && !(fence[1]![0] === '`' && line.slice(fence[0].length).includes('`'))) {
      this.fenceEnd = closingFence(fence[1]!);
      return true;
    }
    const spanning = HTML_SPANNING.find(([opening]) => opening.test(line));
    if (!spanning) return false;
    if (!spanning[1].test(line.replace(spanning[0], ''))) this.htmlEnd = spanning[1];
    return true;
  }

  /** Reads a line inside a block; the block ends with it when it is the block's end. */
  close(line: string): void {
    if (this.fenceEnd?.test(line)) this.fenceEnd = undefined;
    else if (this.htmlEnd?.test(line)) this.htmlEnd = undefined;
  }
}

const closingFences = new Map<string, RegExp>();

/** The line that closes a fence: compiled once per kind of fence, not once per line of code. */
function closingFence(fence: string): RegExp {
  let pattern = closingFences.get(fence);
  if (!pattern) {
    pattern = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    closingFences.set(fence, pattern);
  }
  return pattern;
}

/**
 * Whether a line is a table's delimiter row, as /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/
 * reads it: cells of dashes, each with an optional colon either side, between pipes. Read by hand: the pattern
 * needs a step of its backtracking stack for each cell, and a line of a million cells would exhaust it.
 */
function isDelimiterRow(line: string): boolean {
  let at = skipBlanks(line, 0);
  if (line.charCodeAt(at) === 124) at++;
  let cells = 0;
  for (;;) {
    at = skipBlanks(line, at);
    if (at >= line.length) return cells > 0;
    if (line.charCodeAt(at) === 58) at++;
    if (line.charCodeAt(at) !== 45) return false;
    while (line.charCodeAt(at) === 45) at++;
    if (line.charCodeAt(at) === 58) at++;
    at = skipBlanks(line, at);
    cells++;
    if (at >= line.length) return true;
    if (line.charCodeAt(at) !== 124) return false;
    at++;
  }
}

function skipBlanks(line: string, at: number): number {
  while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
  return at;
}

/** How many cells a table line has: its unescaped pipes, less a leading and a trailing one. */
function cellCount(line: string): number {
  const value = line.trim();
  let pipes = 0;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) === 92) i++;
    else if (value.charCodeAt(i) === 124) pipes++;
  }
  if (value.startsWith('|')) pipes--;
  if (value.endsWith('|') && !value.endsWith('\\|') && value.length > 1) pipes--;
  return pipes + 1;
}

/** Whether two lines are a table's header and delimiter row: dashes between pipes, as many cells in each. */
export function isTableStart(header: string, delimiter: string): boolean {
  return delimiter.includes('|') && isDelimiterRow(delimiter) && header.includes('|') && cellCount(header) === cellCount(delimiter);
}

/** A block whose prose is its lines' content, joined by line breaks. */
export function simpleBlock(text: string, kind: BlockKind, depth: number, lines: readonly Line[]): RawBlock {
  const builder = new ProseBuilder();
  lines.forEach((line, index) => {
    if (index > 0) builder.addMapped([lines[index - 1]!.end, line.start], lineBreak(text.slice(lines[index - 1]!.end, line.start)));
    addSourceText(builder, text, line.start, line.end);
  });
  return { kind, range: [lines[0]!.start, lines[lines.length - 1]!.end], depth, prose: builder.build() };
}

/** The prose for the white space between two lines of a paragraph, as remark-parse gives it. */
function lineBreak(gap: string): string {
  if (/^ {2,}\r?\n/.test(gap)) return '\n';
  return gap.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * How deep copydesk reads Markdown's containers (quotes and list items stacked on one line, or lines indented
 * past four columns a level). remark-parse's time grows with the square of the depth and its tree walks recurse,
 * so a group that goes deeper is read line by line instead; no edited article comes near.
 */
export const MAX_NESTING = 100;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])[ \t]?/y;

/** The container markers stacked at the start of a line, and where its content starts. */
export function containerPrefix(text: string, start: number, end: number): { markers: number; lastMarker: string; contentStart: number } {
  let markers = 0;
  let lastMarker = '';
  let at = start;
  for (;;) {
    CONTAINER_MARKER.lastIndex = at;
    const match = CONTAINER_MARKER.exec(text);
    if (!match || at + match[0].length > end) break;
    markers++;
    lastMarker = match[0].trim();
    at += match[0].length;
  }
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return { markers, lastMarker, contentStart: Math.min(at, end) };
}

/** Whether a line of the group stacks more than MAX_NESTING containers, or is indented as deep. Costs the lines' prefixes. */
export function isTooDeep(text: string, start: number, end: number): boolean {
  for (const line of linesOf(text, start, end)) {
    const { markers, contentStart } = containerPrefix(text, line.start, line.end);
    if (markers > MAX_NESTING || contentStart - line.start > 4 * MAX_NESTING) return true;
  }
  return false;
}

/**
 * Reads lines without a Markdown parser: each line a block of its content as it stands, its kind and depth from
 * its container markers. For parts of an article the parser cannot read in time linear in their size.
 */
export function pushFlattened(text: string, start: number, end: number, blocks: RawBlock[]): void {
  for (const line of linesOf(text, start, end)) {
    const { markers, lastMarker, contentStart } = containerPrefix(text, line.start, line.end);
    const contentEnd = trimEnd(text, contentStart, line.end);
    if (contentEnd <= contentStart) continue;
    const kind: BlockKind = markers === 0 ? 'paragraph' : lastMarker === '>' ? 'quote' : 'list-item';
    blocks.push({ ...simpleBlock(text, kind, markers, [{ start: contentStart, end: contentEnd }]), range: [line.start, line.end] });
  }
}
