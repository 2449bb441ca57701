// Reads a group of Markdown chunks with remark-parse, in pieces no larger than remark-parse reads in linear time.
import type { Root } from 'mdast';
import type { Range } from '../types';
import { MAX_INLINE_MARKS, countMarks, heavyInline } from './inline-marks';
import { walkBlocks } from './mdast-blocks';
import type { RawBlock } from './plain-text';
import { OpaqueBlocks, isBlankLine, isTooDeep, linesOf, pushFlattened, trimEnd } from './source-lines';

let parseTree: ((source: string) => Root) | undefined;

/**
 * Loads remark-parse and remark-gfm. Plain paragraphs, headings and lists are read without them, and a run over
 * plain-text articles never loads them at all; the API loads them before it reads a Markdown file.
 */
export async function loadMarkdownParser(): Promise<void> {
  parseTree ??= (await import('./remark')).parseMarkdownTree;
}

/** remark-parse's tree of a piece of Markdown. */
export function remarkTree(source: string): Root {
  if (!parseTree) throw new Error('the Markdown parser is not loaded: await loadMarkdownParser() first');
  return parseTree(source);
}

export interface ParsedMarkdown {
  readonly blocks: RawBlock[];
  /** HTML comments outside code: where inline directives may stand. */
  readonly comments: Range[];
}

/** remark-parse slows down more than linearly on one huge paragraph: a group larger than this is parsed in pieces. */
export const GROUP_LIMIT = 64 * 1024;

/**
 * Where a huge group may be cut: after a line that ends a sentence, before a line that starts at the margin.
 * Emphasis or a link spanning such a line break is rare enough; a fence or HTML block is never cut.
 */
export function cutPoints(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let last = start;
  const pattern = /[.!?]["”’)]*[ \t]*\r?\n(?=[^\s>*+\-\d#|])/g;
  pattern.lastIndex = start + GROUP_LIMIT / 2;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    const cut = match.index + match[0].length;
    if (cut - last >= GROUP_LIMIT / 2 && end - cut >= GROUP_LIMIT / 4) {
      cuts.push(cut);
      last = cut;
    }
    pattern.lastIndex = Math.max(pattern.lastIndex, last + GROUP_LIMIT / 2);
  }
  return cuts;
}

const LETTER = /^\p{L}/u;
/** A bullet item with text, or an ordered one: either starts a list item wherever it stands at the margin (see exactCuts). */
const BULLET_ITEM = /[-*+][ \t]+\S/y;
const ORDERED_ITEM = /\d{1,9}([.)])[ \t]+\S/y;
const HTML_START = /^ {0,3}</;
const FENCE_LINE = /^( {0,3})(?:`{3,}|~{3,})/;

function startsWith(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function indentOf(value: string): number {
  let indent = 0;
  while (value.charCodeAt(indent) === 32) indent++;
  return indent;
}

/**
 * Where a huge group may be cut exactly, outside fences and spanning HTML: before a line that starts with a letter
 * at the margin after a blank line (nothing continues past a blank line without indentation, so it starts a
 * paragraph whatever came before); and before a list item at the margin (a bullet with text, or an ordered item
 * after another with the same delimiter), unless an HTML block, which runs to the next blank line, may hold it.
 * Either way the pieces read as the whole does. Where this line-by-line reading and remark-parse's may part — a
 * fence line inside an HTML block, or an indented fence that may be a list item's, ended with the item by a line
 * indented less — no more cuts are made.
 */
function exactCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  const opaque = new OpaqueBlocks();
  let last = start;
  let isAfterBlank = false;
  let isInHtml = false;
  let ordered: string | undefined;
  let fenceIndent = 0;
  for (const line of linesOf(text, start, end)) {
    const value = text.slice(line.start, line.end);
    const isBlank = isBlankLine(text, line);
    if (opaque.isInside) {
      if (fenceIndent > 0 && !isBlank && indentOf(value) < fenceIndent) return cuts;
      opaque.close(value);
      continue;
    }
    if (isBlank) {
      isAfterBlank = true;
      isInHtml = false;
      ordered = undefined;
      continue;
    }
    const item = startsWith(ORDERED_ITEM, text, line.start);
    const isCut =
      (isAfterBlank && LETTER.test(text.slice(line.start, line.start + 2))) ||
      (!isInHtml && (startsWith(BULLET_ITEM, text, line.start) !== null || (item !== null && item[1] === ordered)));
    if (isCut && line.start - last >= GROUP_LIMIT / 2 && end - line.start >= GROUP_LIMIT / 4) {
      cuts.push(line.start);
      last = line.start;
    }
    ordered = item?.[1];
    isAfterBlank = false;
    const fence = FENCE_LINE.exec(value);
    if (fence && isInHtml) return cuts;
    isInHtml ||= HTML_START.test(value);
    if (opaque.open(value)) fenceIndent = fence ? fence[1]!.length : 0;
  }
  return cuts;
}

/** Parses a group in the pieces its cuts make. */
function parsePieces(text: string, start: number, end: number, cuts: readonly number[], parsed: ParsedMarkdown): void {
  let from = start;
  for (const cut of cuts) {
    parseGroup(text, from, cut, parsed);
    from = cut;
  }
  parseGroup(text, from, end, parsed);
}

/**
 * How a huge group may be cut: at sentence ends and exactly ('sentences', a group with no fence or spanning HTML
 * block), only exactly ('exact'), or not at all ('whole': a document that defines link references, whose
 * references reach across it).
 */
export type Cutting = 'sentences' | 'exact' | 'whole';

/**
 * Reads a group of chunks: a huge one in pieces; one nested too deep line by line; and the rest with remark-parse,
 * except the paragraphs with too many marks, which are read in runs of lines.
 */
export function parseGroup(text: string, start: number, end: number, parsed: ParsedMarkdown, cutting: Cutting = 'exact'): void {
  if (end - start > GROUP_LIMIT && cutting !== 'whole') {
    const cuts = cutting === 'sentences' ? cutPoints(text, start, end) : [];
    if (cuts.length > 0) return parsePieces(text, start, end, cuts, parsed);
    const exact = exactCuts(text, start, end);
    if (exact.length > 0) return parsePieces(text, start, end, exact, parsed);
  }
  if (isTooDeep(text, start, end)) {
    pushFlattened(text, start, end, parsed.blocks);
    return;
  }
  let from = start;
  for (const heavy of heavyInline(text, start, end)) {
    parseWithRemark(text, from, heavy.start, parsed);
    parseInRuns(text, heavy.start, heavy.end, parsed);
    from = heavy.end;
  }
  parseWithRemark(text, from, end, parsed);
}

/**
 * Reads a paragraph with too many marks in runs of lines that hold no more than MAX_INLINE_MARKS together, each
 * run by remark-parse as a piece of its own (so the paragraph becomes a few); a line that alone holds more is read
 * as it stands.
 */
function parseInRuns(text: string, start: number, end: number, parsed: ParsedMarkdown): void {
  let run: { start: number; end: number; marks: number } | undefined;
  const flush = (): void => {
    if (run) parseWithRemark(text, run.start, run.end, parsed);
    run = undefined;
  };
  for (const line of linesOf(text, start, end)) {
    const marks = countMarks(text, line.start, line.end);
    if (marks > MAX_INLINE_MARKS) {
      flush();
      pushFlattened(text, line.start, line.end, parsed.blocks);
      continue;
    }
    if (run && run.marks + marks > MAX_INLINE_MARKS) flush();
    run = { start: run?.start ?? line.start, end: line.end, marks: (run?.marks ?? 0) + marks };
  }
  flush();
}

/**
 * Reads text[start, end) with remark-parse. Should remark-parse still run out of stack on some shape of input,
 * the piece is read line by line instead, so that the article is checked rather than the run stopped.
 */
function parseWithRemark(text: string, start: number, end: number, parsed: ParsedMarkdown): void {
  if (trimEnd(text, start, end) === start) return;
  const { blocks, comments } = parsed;
  const [blockCount, commentCount] = [blocks.length, comments.length];
  try {
    walkBlocks(remarkTree(text.slice(start, end)).children, { text, base: start, blocks, comments });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    blocks.length = blockCount;
    comments.length = commentCount;
    pushFlattened(text, start, end, blocks);
  }
}
