// Splits plain text into blocks: paragraphs, headings (short unpunctuated lines) and list items.
import type { BlockKind, Range } from '../types';
import { ProseBuilder, addSourceText, type Prose } from './prose';

export interface RawBlock {
  readonly kind: BlockKind;
  readonly range: Range;
  readonly depth: number;
  readonly prose: Prose | null;
}

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
}

const BULLET = /^([ \t]*)(?:[•·▪◦‣○●■□►▸➢✓✔–—*+-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+(?=\S)/;
const TERMINAL = /[.!?…:;,"”’)\]]$/;
/**
 * Lines longer than WRAP_WIDTH are not hard-wrapped prose, and neither are lines that all hold fewer than
 * WRAP_MIN characters besides spaces (no one wraps prose that narrow; such lines are a list, a menu or a
 * byline): each is a block of its own.
 */
const WRAP_WIDTH = 100;
const WRAP_MIN = 20;
const HEADING_MAX_WORDS = 20;
/**
 * In hard-wrapped prose every line but the last is at least this share of the longest, give or take a word
 * (WRAP_SLACK characters): a fix that takes a repeated word from a line does not turn its paragraph into a list.
 */
const WRAP_FILL = 0.6;
const WRAP_SLACK = 8;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** The line without its leading and trailing white space. */
function trimmed(text: string, line: Line): Line {
  let start = line.start;
  let end = line.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function parsePlainText(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let chunk: Line[] = [];
  const flush = (): void => {
    if (chunk.length > 0) blocks.push(...splitChunk(text, chunk));
    chunk = [];
  };
  for (const line of splitLines(text)) {
    if (isBlank(text, line)) flush();
    else chunk.push(line);
  }
  flush();
  return blocks;
}

function splitChunk(text: string, lines: readonly Line[]): RawBlock[] {
  const isWrapped = isHardWrapped(text, lines);
  const groups: { kind: BlockKind; depth: number; lines: Line[]; contentStart: number }[] = [];
  for (const line of lines) {
    const content = trimmed(text, line);
    const bullet = BULLET.exec(text.slice(line.start, line.end));
    const current = groups[groups.length - 1];
    if (bullet) {
      const indent = bullet[1]!.replace(/\t/g, '    ').length;
      groups.push({ kind: 'list-item', depth: 1 + Math.floor(indent / 4), lines: [content], contentStart: line.start + bullet[0].length });
    } else if (isWrapped && current) {
      current.lines.push(content);
    } else {
      groups.push({ kind: 'paragraph', depth: 0, lines: [content], contentStart: content.start });
    }
  }
  return groups.map((group) => {
    const first = group.lines[0]!;
    const last = group.lines[group.lines.length - 1]!;
    const builder = new ProseBuilder();
    group.lines.forEach((line, index) => {
      const start = index === 0 ? group.contentStart : line.start;
      if (index > 0) builder.addMapped([group.lines[index - 1]!.end, start], '\n');
      addSourceText(builder, text, start, line.end);
    });
    const prose = builder.build();
    const kind = lines.length === 1 && group.kind === 'paragraph' && isHeadingLike(prose.text) ? 'heading' : group.kind;
    return { kind, depth: kind === 'heading' ? 1 : group.depth, range: [first.start, last.end] as const, prose };
  });
}

/**
 * Whether a run of lines is one paragraph wrapped at a fixed width: every line fits the width, and every line
 * but the last fills most of it. Lines of very different lengths (a list of headlines, a heading over its
 * paragraph) are blocks of their own.
 */
function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.end - line.start);
  if (longest > WRAP_WIDTH) return false;
  // How full a line is, by its characters other than spaces: fixing the spaces around punctuation does not
  // change how the lines are read.
  const widths = lines.map((line) => inkWidth(text, line));
  const widest = Math.max(...widths);
  if (widest < WRAP_MIN) return false;
  const shortest = widest * WRAP_FILL - WRAP_SLACK;
  if (!widths.every((width, index) => index === lines.length - 1 || width >= shortest)) return false;
  // A list of headlines: every line a whole title, unpunctuated, the next starting with a capital.
  const isTitleList = lines.length > 2 && lines.every((line, index) => {
    const next = lines[index + 1];
    return next === undefined || (!TERMINAL.test(text.slice(line.start, line.end).trimEnd()) && /^\s*[\p{Lu}\d]/u.test(text.slice(next.start, next.end)));
  });
  return !isTitleList;
}

/**
 * How many characters of a line are not white space, a word repeated right after itself ("the the") counted
 * once: the width a line keeps when its spacing and repeated words are fixed.
 */
function inkWidth(text: string, line: Line): number {
  let width = 0;
  let previous = '';
  for (const match of text.slice(line.start, line.end).matchAll(/\S+/g)) {
    const word = match[0].toLowerCase();
    // A token that starts with the word the token before ends in repeats it: "Note:the the", "in in`code`".
    const lead = /^[\p{L}\p{N}]+/u.exec(word)?.[0];
    width += lead !== undefined && lead === previous ? word.length - lead.length : word.length;
    previous = /[\p{L}\p{N}]+$/u.exec(word)?.[0] ?? '';
  }
  return width;
}

function isHeadingLike(value: string): boolean {
  if (TERMINAL.test(value) || !/\p{L}/u.test(value)) return false;
  return value.split(/\s+/).length <= HEADING_MAX_WORDS;
}
