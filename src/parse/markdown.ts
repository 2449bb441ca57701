// Parses Markdown into blocks with prose mapped to source offsets: plain paragraphs directly, the rest through remark-parse.
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { BlockKind, Range } from '../types';
import type { RawBlock } from './plain-text';
import { ProseBuilder, addSourceText } from './prose';

export interface MarkdownOptions {
  /** Parse the whole document with remark-parse, with no fast path for plain paragraphs (tests compare both). */
  readonly full?: boolean;
}

let parseTree: ((source: string) => Root) | undefined;

/**
 * Loads remark-parse and remark-gfm. Plain paragraphs, headings and lists are read without them, and a run over
 * plain-text articles never loads them at all; the API loads them before it reads a Markdown file.
 */
export async function loadMarkdownParser(): Promise<void> {
  parseTree ??= (await import('./remark')).parseMarkdownTree;
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
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that run across blank lines until their end marker (CommonMark kinds 1–5). */
const HTML_SPANNING: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

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

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
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
    const heading = ATX_HEADING.exec(values[0]!);
    if (heading && heading[2] !== '' && !/^#+$/.test(heading[2]!) && isPlain(heading[2]!)) return 'heading';
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

export interface ParsedMarkdown {
  readonly blocks: RawBlock[];
  /** HTML comments outside code: where inline directives may stand. */
  readonly comments: Range[];
}

export function parseMarkdown(text: string, options: MarkdownOptions = {}): ParsedMarkdown {
  const parsed: ParsedMarkdown = { blocks: [], comments: [] };
  const { blocks } = parsed;
  let bodyStart = 0;
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) {
    bodyStart = frontMatter[0].length;
    blocks.push({ kind: 'front-matter', range: [0, bodyStart], depth: 0, prose: null });
  }
  if (options.full || DEFINITION.test(text)) {
    // Link reference definitions reach across the whole document: no piecewise parsing.
    parseGroup(text, bodyStart, text.length, parsed);
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
    if (chunk.simple) {
      if (group) parseGroup(text, group.start, group.end, parsed, group.isOpaque);
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
  if (group) parseGroup(text, group.start, text.length, parsed, group.isOpaque);
  return parsed;
}

/** Splits the text at blank lines, keeping fenced code and spanning HTML blocks whole, and says which chunks need no parser. */
function* splitChunks(text: string, from: number): Generator<[Chunk, Line[]]> {
  let lines: Line[] = [];
  let isOpaque = false;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  const finish = function* (): Generator<[Chunk, Line[]]> {
    const start = lines[0]!.start;
    const end = lines[lines.length - 1]!.end;
    // A huge chunk without blank lines is cut into pieces at sentence ends, each judged on its own.
    const cuts = !isOpaque && end - start > GROUP_LIMIT ? cutPoints(text, start, end) : [];
    let from = 0;
    for (const cut of [...cuts, end + 1]) {
      const piece = lines.slice(from).filter((line) => line.start < cut);
      from += piece.length;
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
    if (fence !== undefined || htmlEnd !== undefined) {
      lines.push({ start: lineStart, end: lineEnd });
      if (fence !== undefined && new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      else if (htmlEnd?.test(line)) htmlEnd = undefined;
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
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch && !(fenceMatch[1]![0] === '`' && line.slice(fenceMatch[0].length).includes('`'))) {
      fence = fenceMatch[1];
      isOpaque = true;
    } else {
      const spanning = HTML_SPANNING.find(([opening]) => opening.test(line));
      if (spanning) {
        isOpaque = true;
        if (!spanning[1].test(line.replace(spanning[0], ''))) htmlEnd = spanning[1];
      }
    }
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
      const heading = ATX_HEADING.exec(value)!;
      const contentStart = line.start + value.indexOf(heading[2]!, heading[1]!.length);
      const block = simpleBlock(text, 'heading', heading[1]!.length, [{ start: contentStart, end: contentStart + heading[2]!.length }]);
      blocks.push({ ...block, range: [line.start, line.start + value.length] });
    } else {
      const marker = LIST_ITEM.exec(value)!;
      blocks.push(simpleBlock(text, 'list-item', 1, [trimLine(text, line.start + marker[0].length, line.end)]));
    }
  }
}

/** A block whose prose is its lines' content, joined by line breaks. */
function simpleBlock(text: string, kind: BlockKind, depth: number, lines: readonly Line[]): RawBlock {
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

function trimLine(text: string, start: number, end: number): Line {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { start, end: trimEnd(text, start, end) };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

interface Context {
  readonly text: string;
  readonly base: number;
  readonly blocks: RawBlock[];
  readonly comments: Range[];
}

/** remark-parse slows down more than linearly on one huge paragraph: a group larger than this is parsed in pieces. */
const GROUP_LIMIT = 64 * 1024;

/**
 * Where a huge group may be cut: after a line that ends a sentence, before a line that starts at the margin.
 * Emphasis or a link spanning such a line break is rare enough; a fence or HTML block is never cut.
 */
function cutPoints(text: string, start: number, end: number): number[] {
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

function parseGroup(text: string, start: number, end: number, parsed: ParsedMarkdown, isOpaque = true): void {
  if (!isOpaque && end - start > GROUP_LIMIT) {
    let from = start;
    for (const cut of cutPoints(text, start, end)) {
      parseGroup(text, from, cut, parsed);
      from = cut;
    }
    if (from !== start) {
      parseGroup(text, from, end, parsed);
      return;
    }
  }
  if (isTooDeep(text, start, end)) {
    pushFlattened(text, start, end, parsed.blocks);
    return;
  }
  if (!parseTree) throw new Error('the Markdown parser is not loaded: await loadMarkdownParser() first');
  const tree = parseTree(text.slice(start, end));
  const context: Context = { text, base: start, blocks: parsed.blocks, comments: parsed.comments };
  walkBlocks(tree.children, context);
}

/**
 * How deep copydesk reads Markdown's containers (quotes and list items stacked on one line, or lines indented
 * past four columns a level). remark-parse's time grows with the square of the depth and its tree walks recurse,
 * so a group that goes deeper is read line by line instead; no edited article comes near.
 */
export const MAX_NESTING = 100;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])[ \t]?/y;

/** The container markers stacked at the start of a line, and where its content starts. */
function containerPrefix(text: string, start: number, end: number): { markers: number; lastMarker: string; contentStart: number } {
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

function* linesOf(text: string, start: number, end: number): Generator<Line> {
  for (let lineStart = start; lineStart < end; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    yield { start: lineStart, end: text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd };
    lineStart = lineEnd + 1;
  }
}

/** Whether a line of the group stacks more than MAX_NESTING containers, or is indented as deep. Costs the lines' prefixes. */
function isTooDeep(text: string, start: number, end: number): boolean {
  for (const line of linesOf(text, start, end)) {
    const { markers, contentStart } = containerPrefix(text, line.start, line.end);
    if (markers > MAX_NESTING || contentStart - line.start > 4 * MAX_NESTING) return true;
  }
  return false;
}

/** Reads a group nested too deep for the parser: each line a block of its content, its kind and depth from its markers. */
function pushFlattened(text: string, start: number, end: number, blocks: RawBlock[]): void {
  for (const line of linesOf(text, start, end)) {
    const { markers, lastMarker, contentStart } = containerPrefix(text, line.start, line.end);
    const contentEnd = trimEnd(text, contentStart, line.end);
    if (contentEnd <= contentStart) continue;
    const kind: BlockKind = markers === 0 ? 'paragraph' : lastMarker === '>' ? 'quote' : 'list-item';
    blocks.push({ ...simpleBlock(text, kind, markers, [{ start: contentStart, end: contentEnd }]), range: [line.start, line.end] });
  }
}

function rangeOf(node: Nodes, context: Context): Range {
  return [context.base + (node.position?.start.offset ?? 0), context.base + (node.position?.end.offset ?? 0)];
}

/**
 * The source range of each child. remark-gfm's autolink literals can come without a position (after “ or —);
 * such a child gets the stretch between its positioned neighbours, never offset 0.
 */
function childRanges(children: readonly Nodes[], parent: Range, context: Context): Range[] {
  const ranges: Range[] = [];
  let previousEnd = parent[0];
  children.forEach((child, index) => {
    if (child.position) {
      const range = rangeOf(child, context);
      ranges.push(range);
      previousEnd = range[1];
      return;
    }
    const next = children.slice(index + 1).find((sibling) => sibling.position);
    ranges.push([previousEnd, next ? rangeOf(next, context)[0] : parent[1]]);
  });
  return ranges;
}

function addChildren(children: readonly PhrasingContent[], parent: Range, builder: ProseBuilder, context: Context): void {
  const ranges = childRanges(children, parent, context);
  children.forEach((child, index) => addInline(child, ranges[index]!, builder, context));
}

/**
 * Turns the block nodes into blocks, in document order. The walk keeps its own stack, not the call stack, so
 * that thousands of nested quotes or list levels cost memory in proportion, never a stack overflow.
 */
function walkBlocks(nodes: readonly RootContent[], context: Context): void {
  const stack: { node: RootContent; paragraphKind: BlockKind; depth: number }[] = [];
  const pushAll = (children: readonly RootContent[], paragraphKind: BlockKind, depth: number): void => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, paragraphKind, depth });
  };
  pushAll(nodes, 'paragraph', 0);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, paragraphKind, depth } = next;
    switch (node.type) {
      case 'heading':
        pushProse(context, 'heading', node.depth, node);
        break;
      case 'paragraph':
        pushProse(context, paragraphKind, depth, node);
        break;
      case 'list':
        pushAll(node.children.flatMap((item) => item.children), 'list-item', depth + 1);
        break;
      case 'blockquote':
        pushAll(node.children, 'quote', paragraphKind === 'quote' ? depth + 1 : 1);
        break;
      case 'footnoteDefinition':
        pushAll(node.children, paragraphKind, depth);
        break;
      case 'table':
        pushTableRows(node, context);
        break;
      case 'code':
        context.blocks.push({ kind: 'code', range: rangeOf(node, context), depth: 0, prose: null });
        break;
      case 'html':
        if (node.value.includes('<!--')) context.comments.push(rangeOf(node, context));
        context.blocks.push({ kind: 'html', range: rangeOf(node, context), depth: 0, prose: null });
        break;
      case 'thematicBreak':
        context.blocks.push({ kind: 'thematic-break', range: rangeOf(node, context), depth: 0, prose: null });
        break;
      default:
        // Definitions and anything else carry no prose.
        break;
    }
  }
}

function pushProse(context: Context, kind: BlockKind, depth: number, node: Parents): void {
  const builder = new ProseBuilder();
  const range = rangeOf(node, context);
  addChildren(node.children as PhrasingContent[], range, builder, context);
  context.blocks.push({ kind, range, depth, prose: builder.build() });
}

function pushTableRows(table: Table, context: Context): void {
  for (const row of table.children) {
    const builder = new ProseBuilder();
    let previousEnd = -1;
    for (const cell of row.children) {
      const [start, end] = rangeOf(cell, context);
      // Cells are separate pieces of prose: a paragraph break between them stops sentences running on.
      if (previousEnd >= 0 && builder.length > 0) builder.addMapped([previousEnd, start], '\n\n');
      addChildren(cell.children, [start, end], builder, context);
      previousEnd = end;
    }
    context.blocks.push({ kind: 'table-row', range: rangeOf(row, context), depth: 0, prose: builder.build() });
  }
}

function addInline(node: PhrasingContent, range: Range, builder: ProseBuilder, context: Context): void {
  switch (node.type) {
    case 'text':
      addAligned(builder, context.text, range, node.value);
      return;
    case 'inlineCode':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      builder.addPlaceholder(range);
      return;
    case 'break':
      builder.addMapped(range, '\n');
      return;
    case 'html':
      if (node.value.startsWith('<!--')) context.comments.push(range);
      // A tag stands where it stands: dropping it would join the spaces around it into a "double space".
      if (/^<br\s*\/?>$/i.test(node.value)) builder.addMapped(range, '\n');
      else builder.addPlaceholder(range);
      return;
    case 'link':
      if (!node.position || isAutolink(node, context)) {
        builder.addPlaceholder(range);
        return;
      }
      addChildren(node.children, range, builder, context);
      return;
    default:
      if ('children' in node) addChildren(node.children as PhrasingContent[], range, builder, context);
  }
}

function isAutolink(node: Extract<PhrasingContent, { type: 'link' }>, context: Context): boolean {
  const [start] = rangeOf(node, context);
  if (context.text[start] === '<') return true;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return false;
  return node.url === only.value || node.url === `mailto:${only.value}` || node.url === `http://${only.value}`;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y;

/**
 * Appends a text node's decoded value, aligned with its source: escapes and entities map to their whole source,
 * source characters missing from the value (indentation, quote markers of continuation lines) are skipped.
 */
function addAligned(builder: ProseBuilder, source: string, range: Range, value: string): void {
  const [start, end] = range;
  let i = start;
  let j = 0;
  let runSource = -1;
  let runValue = 0;
  const flush = (): void => {
    if (runSource >= 0) addSourceText(builder, source, runSource, runSource + (j - runValue));
    runSource = -1;
  };
  while (j < value.length && i < end) {
    const s = source.charCodeAt(i);
    const v = value.charCodeAt(j);
    if (s === 92 && i + 1 < end && source.charCodeAt(i + 1) === v && isAsciiPunctuation(v)) {
      flush();
      builder.addMapped([i, i + 2], value[j]!);
      i += 2;
      j++;
      continue;
    }
    if (s === 38 && v !== 38) {
      ENTITY.lastIndex = i;
      const match = ENTITY.exec(source);
      const decoded = match ? decodeEntity(match) : undefined;
      if (match && decoded && value.startsWith(decoded, j)) {
        flush();
        builder.addMapped([i, i + match[0].length], decoded);
        i += match[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (s === v) {
      if (runSource < 0) {
        runSource = i;
        runValue = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    i++;
  }
  flush();
  if (j < value.length) builder.addMapped([i, end], value.slice(j));
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  const [, decimal, hex, name] = match;
  if (name !== undefined) {
    const decoded = decodeNamedCharacterReference(name);
    return decoded === false ? undefined : decoded;
  }
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}
