// Parses Markdown into blocks with prose mapped to source offsets: plain paragraphs directly, the rest through remark-parse.
import type { RawBlock } from './plain-text';
import { GROUP_LIMIT, cutPoints, parseGroup, type ParsedMarkdown } from './markdown-groups';
import { isHugeTable, parseHugeTable } from './markdown-tables';
import { OpaqueBlocks, isSpace, simpleBlock, trimEnd } from './source-lines';

export { loadMarkdownParser, type ParsedMarkdown } from './markdown-groups';
export { MAX_NESTING } from './source-lines';

export interface MarkdownOptions {
  /** Parse the whole document with remark-parse, with no fast path for plain paragraphs (tests compare both). */
  readonly full?: boolean;
}

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\1[ \t]*(?:\r?\n|$)/;
/** A first line that may start Markdown block syntax: heading, quote, table, HTML, list, fence, setext underline, indented code. */
const BLOCK_SYNTAX = /^(?:[ \t]|[#>|<]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|=+[ \t]*$|-+[ \t]*$)/;
/**
 * A later line of a paragraph that may interrupt it or turn it into something else: a heading, quote, HTML
 * block, bullet, an ordered item numbered 1 (no other number may interrupt a paragraph), a fence, a setext
 * underline.
 */
const INTERRUPTION = /^[ \t]*(?:[#>|<]|[-*+](?:[ \t]|$)|1[.)](?:[ \t]|$)|```|~~~|=+[ \t]*$|-+[ \t]*$)/;
/**
 * Inline syntax whose text differs from its source: escapes, code, emphasis, HTML, entities, tables,
 * strikethrough, and links and images. A bracket alone ("[...]" in a quote) is plain text as long as the
 * document defines no references (such documents are parsed whole).
 */
const INLINE_SYNTAX = /[\\`*_<>|~]|\]\(|\]\[|\[\^|!\[|&(?:#\d+|#[xX][\da-fA-F]+|[A-Za-z][A-Za-z\d]*);/;

/** A line of a chunk: its end is at its LF, so a CR before it is inside (and trimmed where it matters). */
interface Line {
  readonly start: number;
  readonly end: number;
}

interface Chunk {
  start: number;
  end: number;
  /** Holds a fenced code or HTML block: never cut. */
  isOpaque?: boolean;
  /** What the chunk is when it needs no Markdown parser: a plain paragraph, an ATX heading, flat list items. */
  simple: 'paragraph' | 'heading' | 'list' | null;
}

const LIST_ITEM = /^([-*+]|\d{1,9}([.)])) {1,4}(?=\S)/;

function isPlain(text: string): boolean {
  return !BLOCK_SYNTAX.test(text) && !INLINE_SYNTAX.test(text);
}

function isPlainContinuation(text: string): boolean {
  return !INTERRUPTION.test(text) && !INLINE_SYNTAX.test(text);
}

function classify(text: string, lines: readonly Line[]): Chunk['simple'] {
  const values = lines.map((line) => text.slice(line.start, line.end).replace(/\r$/, ''));
  if (isPlain(values[0]!) && values.slice(1).every(isPlainContinuation)) return 'paragraph';
  if (values.length === 1) {
    const heading = atxHeading(values[0]!);
    if (heading && heading.content !== '' && !/^#+$/.test(heading.content) && isPlain(heading.content)) return 'heading';
  }
  // One flat list: every line an item with the same kind of marker; an ordered one starts at 1, as only that is
  // sure to start a list wherever it stands.
  const first = LIST_ITEM.exec(values[0]!);
  if (!first || (first[2] !== undefined && first[1] !== `1${first[2]}`)) return null;
  const kind = first[2] ?? first[1];
  const isItem = (value: string): boolean => {
    const marker = LIST_ITEM.exec(value);
    const content = marker === null ? '' : value.slice(marker[0].length).trim();
    // "- [ ] task" is a GFM task item.
    return marker !== null && (marker[2] ?? marker[1]) === kind && isPlain(content) && !/^\[[ xX]\]/.test(content);
  };
  return values.every(isItem) ? 'list' : null;
}

/**
 * An ATX heading line, read as /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/ reads it, without that pattern's cost:
 * it tries each end of the lazy text against the rest, the square of a long run of spaces.
 */
function atxHeading(value: string): { readonly level: number; readonly content: string; readonly contentStart: number } | undefined {
  let level = 0;
  while (value.charCodeAt(level) === 35) level++;
  if (level < 1 || level > 6 || !isBlank(value.charCodeAt(level)) || /[\r\u2028\u2029]/.test(value)) return undefined;
  let contentStart = level;
  while (isBlank(value.charCodeAt(contentStart))) contentStart++;
  let end = value.length;
  while (end > contentStart && isBlank(value.charCodeAt(end - 1))) end--;
  // A closing run of #s, after a space, is not part of the text.
  let hashes = end;
  while (hashes > contentStart && value.charCodeAt(hashes - 1) === 35) hashes--;
  let spaces = hashes;
  while (spaces > contentStart && isBlank(value.charCodeAt(spaces - 1))) spaces--;
  const contentEnd = hashes < end && spaces < hashes && spaces > contentStart ? spaces : end;
  return { level, content: value.slice(contentStart, contentEnd), contentStart };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Whether the text defines a link reference or footnote, as /^ {0,3}\[[^\]]+\]:/m finds one: a line starting with
 * "[", then at least one character up to the first "]", then ":". That pattern reads to the next "]" from every
 * line that starts with "[", the square of a text of such lines and no "]"; here the next "]" is found once.
 */
function hasDefinition(text: string): boolean {
  let close = -1;
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    while (at - lineStart < 3 && text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) === 91) {
      if (close <= at) close = text.indexOf(']', at + 1);
      if (close < 0) return false;
      if (close > at + 1 && text.charCodeAt(close + 1) === 58) return true;
    }
    LINE_END.lastIndex = lineStart;
    if (!LINE_END.test(text)) break;
    lineStart = LINE_END.lastIndex;
  }
  return false;
}

/** What ends a line for ^ in a multiline pattern. */
const LINE_END = /[\n\r\u2028\u2029]/g;

export function parseMarkdown(text: string, options: MarkdownOptions = {}): ParsedMarkdown {
  const parsed: ParsedMarkdown = { blocks: [], comments: [] };
  const { blocks } = parsed;
  let bodyStart = 0;
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) {
    bodyStart = frontMatter[0].length;
    blocks.push({ kind: 'front-matter', range: [0, bodyStart], depth: 0, prose: null });
  }
  if (options.full || hasDefinition(text)) {
    // Link reference definitions reach across the whole document: no piecewise parsing.
    parseGroup(text, bodyStart, text.length, parsed, 'whole');
    return parsed;
  }
  let group: Chunk | undefined;
  // A flat list waits to see the next chunk: an indented chunk after it continues its last item.
  let pendingList: [Chunk, Line[]] | undefined;
  const flushList = (): void => {
    if (pendingList) pushSimple(text, 'list', pendingList[1], blocks);
    pendingList = undefined;
  };
  for (const [chunk, lines] of splitChunks(text, bodyStart)) {
    if (!chunk.isOpaque && isHugeTable(text, chunk.start, chunk.end)) {
      if (group) parseGroup(text, group.start, group.end, parsed, group.isOpaque ? 'exact' : 'sentences');
      group = undefined;
      flushList();
      parseHugeTable(text, chunk.start, chunk.end, parsed);
    } else if (chunk.simple) {
      if (group) parseGroup(text, group.start, group.end, parsed, group.isOpaque ? 'exact' : 'sentences');
      group = undefined;
      flushList();
      if (chunk.simple === 'list') pendingList = [chunk, lines];
      else pushSimple(text, chunk.simple, lines, blocks);
    } else if (group) {
      group.end = chunk.end;
      group.isOpaque ||= chunk.isOpaque;
    } else if (pendingList && /^[ \t]/.test(text.slice(chunk.start, chunk.start + 1))) {
      group = { ...chunk, start: pendingList[0].start };
      pendingList = undefined;
    } else {
      flushList();
      group = { ...chunk };
    }
  }
  flushList();
  // The last group runs to the end: an unclosed fence or HTML block takes in everything after it.
  if (group) parseGroup(text, group.start, text.length, parsed, group.isOpaque ? 'exact' : 'sentences');
  return parsed;
}

/** Splits the text at blank lines, keeping fenced code and spanning HTML blocks whole, and says which chunks need no parser. */
function* splitChunks(text: string, from: number): Generator<[Chunk, Line[]]> {
  let lines: Line[] = [];
  let isOpaque = false;
  const opaque = new OpaqueBlocks();
  const finish = function* (): Generator<[Chunk, Line[]]> {
    const start = lines[0]!.start;
    const end = lines[lines.length - 1]!.end;
    // A huge chunk without blank lines is cut into pieces at sentence ends, each judged on its own.
    const cuts = !isOpaque && end - start > GROUP_LIMIT ? cutPoints(text, start, end) : [];
    let from = 0;
    for (const cut of [...cuts, end + 1]) {
      let to = from;
      while (to < lines.length && lines[to]!.start < cut) to++;
      const piece = lines.slice(from, to);
      from = to;
      if (piece.length === 0) continue;
      yield [{ start: piece[0]!.start, end: piece[piece.length - 1]!.end, isOpaque, simple: isOpaque ? null : classify(text, piece) }, piece];
    }
  };
  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = lineEnd + 1;
    if (opaque.isInside) {
      lines.push({ start: lineStart, end: lineEnd });
      opaque.close(line);
      lineStart = next;
      continue;
    }
    if (line.trim() === '') {
      if (lines.length > 0) yield* finish();
      lines = [];
      isOpaque = false;
      lineStart = next;
      continue;
    }
    lines.push({ start: lineStart, end: lineEnd });
    if (opaque.open(line)) isOpaque = true;
    lineStart = next;
  }
  if (lines.length > 0) yield* finish();
}

function pushSimple(text: string, kind: NonNullable<Chunk['simple']>, lines: readonly Line[], blocks: RawBlock[]): void {
  if (kind === 'paragraph') {
    blocks.push(simpleBlock(text, 'paragraph', 0, lines.map((line) => trimLine(text, line.start, line.end))));
    return;
  }
  for (const line of lines) {
    const value = text.slice(line.start, line.end).replace(/\r$/, '');
    if (kind === 'heading') {
      const heading = atxHeading(value)!;
      const contentStart = line.start + heading.contentStart;
      const block = simpleBlock(text, 'heading', heading.level, [{ start: contentStart, end: contentStart + heading.content.length }]);
      blocks.push({ ...block, range: [line.start, line.start + value.length] });
    } else {
      const marker = LIST_ITEM.exec(value)!;
      blocks.push(simpleBlock(text, 'list-item', 1, [trimLine(text, line.start + marker[0].length, line.end)]));
    }
  }
}

function trimLine(text: string, start: number, end: number): Line {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { start, end: trimEnd(text, start, end) };
}
