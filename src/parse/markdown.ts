// Parses Markdown into blocks with prose mapped to source offsets: plain paragraphs directly, the rest through remark-parse.
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockKind, Range } from '../types';
import type { RawBlock } from './plain-text';
import { ProseBuilder, addSourceText } from './prose';

export interface MarkdownOptions {
  /** Parse the whole document with remark-parse, with no fast path for plain paragraphs (tests compare both). */
  readonly full?: boolean;
}

let processor: ReturnType<typeof createProcessor> | undefined;
function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n(?:[\s\S]*?\r?\n)?\1[ \t]*(?:\r?\n|$)/;
/** A line that may start Markdown block syntax: heading, quote, table, HTML, list, fence, setext underline, indented code, definition. */
const BLOCK_SYNTAX = /^(?:[ \t]|[#>|<[]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~|=+[ \t]*$|-+[ \t]*$)/;
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
  /** What the chunk is when it needs no Markdown parser: a plain paragraph, an ATX heading, flat list items. */
  simple: 'paragraph' | 'heading' | 'list' | null;
}

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^([-*+]|\d{1,9}([.)])) {1,4}(?=\S)/;

function isPlain(text: string): boolean {
  return !BLOCK_SYNTAX.test(text) && !INLINE_SYNTAX.test(text);
}

function classify(text: string, lines: readonly Line[]): Chunk['simple'] {
  const values = lines.map((line) => text.slice(line.start, line.end).replace(/\r$/, ''));
  if (values.every(isPlain)) return 'paragraph';
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
    return marker !== null && (marker[2] ?? marker[1]) === kind && isPlain(value.slice(marker[0].length).trim());
  };
  return values.every(isItem) ? 'list' : null;
}

export function parseMarkdown(text: string, options: MarkdownOptions = {}): RawBlock[] {
  const blocks: RawBlock[] = [];
  let bodyStart = 0;
  const frontMatter = FRONT_MATTER.exec(text);
  if (frontMatter) {
    bodyStart = frontMatter[0].length;
    blocks.push({ kind: 'front-matter', range: [0, bodyStart], depth: 0, prose: null });
  }
  if (options.full || DEFINITION.test(text)) {
    // Link reference definitions reach across the whole document: no piecewise parsing.
    parseGroup(text, bodyStart, text.length, blocks);
    return blocks;
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
      if (group) parseGroup(text, group.start, group.end, blocks);
      group = undefined;
      flushList();
      if (chunk.simple === 'list') pendingList = [chunk, lines];
      else pushSimple(text, chunk.simple, lines, blocks);
    } else if (group) {
      group.end = chunk.end;
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
  if (group) parseGroup(text, group.start, text.length, blocks);
  return blocks;
}

/** Splits the text at blank lines, keeping fenced code and spanning HTML blocks whole, and says which chunks need no parser. */
function* splitChunks(text: string, from: number): Generator<[Chunk, Line[]]> {
  let lines: Line[] = [];
  let isOpaque = false;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  const finish = (): [Chunk, Line[]] => {
    const chunk: Chunk = { start: lines[0]!.start, end: lines[lines.length - 1]!.end, simple: isOpaque ? null : classify(text, lines) };
    return [chunk, lines];
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
      if (lines.length > 0) yield finish();
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
  if (lines.length > 0) yield finish();
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
}

function parseGroup(text: string, start: number, end: number, blocks: RawBlock[]): void {
  processor ??= createProcessor();
  const tree = processor.parse(text.slice(start, end)) as Root;
  const context: Context = { text, base: start, blocks };
  for (const child of tree.children) walkBlock(child, context, 'paragraph', 0);
}

function rangeOf(node: Nodes, context: Context): Range {
  return [context.base + (node.position?.start.offset ?? 0), context.base + (node.position?.end.offset ?? 0)];
}

function walkBlock(node: RootContent, context: Context, paragraphKind: BlockKind, depth: number): void {
  switch (node.type) {
    case 'heading':
      pushProse(context, 'heading', node.depth, node);
      return;
    case 'paragraph':
      pushProse(context, paragraphKind, depth, node);
      return;
    case 'list':
      for (const item of node.children) for (const child of item.children) walkBlock(child, context, 'list-item', depth + 1);
      return;
    case 'blockquote':
      for (const child of node.children) walkBlock(child, context, 'quote', paragraphKind === 'quote' ? depth + 1 : 1);
      return;
    case 'footnoteDefinition':
      for (const child of node.children) walkBlock(child, context, paragraphKind, depth);
      return;
    case 'table':
      pushTableRows(node, context);
      return;
    case 'code':
      context.blocks.push({ kind: 'code', range: rangeOf(node, context), depth: 0, prose: null });
      return;
    case 'html':
      context.blocks.push({ kind: 'html', range: rangeOf(node, context), depth: 0, prose: null });
      return;
    case 'thematicBreak':
      context.blocks.push({ kind: 'thematic-break', range: rangeOf(node, context), depth: 0, prose: null });
      return;
    default:
      // Definitions and anything else carry no prose.
      return;
  }
}

function pushProse(context: Context, kind: BlockKind, depth: number, node: Parents): void {
  const builder = new ProseBuilder();
  for (const child of node.children) addInline(child as PhrasingContent, builder, context);
  context.blocks.push({ kind, range: rangeOf(node, context), depth, prose: builder.build() });
}

function pushTableRows(table: Table, context: Context): void {
  for (const row of table.children) {
    const builder = new ProseBuilder();
    let previousEnd = -1;
    for (const cell of row.children) {
      const [start, end] = rangeOf(cell, context);
      // Cells are separate pieces of prose: a paragraph break between them stops sentences running on.
      if (previousEnd >= 0 && builder.length > 0) builder.addMapped([previousEnd, start], '\n\n');
      for (const child of cell.children) addInline(child, builder, context);
      previousEnd = end;
    }
    context.blocks.push({ kind: 'table-row', range: rangeOf(row, context), depth: 0, prose: builder.build() });
  }
}

function addInline(node: PhrasingContent, builder: ProseBuilder, context: Context): void {
  switch (node.type) {
    case 'text':
      addAligned(builder, context.text, rangeOf(node, context), node.value);
      return;
    case 'inlineCode':
    case 'image':
    case 'imageReference':
      builder.addPlaceholder(rangeOf(node, context));
      return;
    case 'break':
      builder.addMapped(rangeOf(node, context), '\n');
      return;
    case 'html':
      if (/^<br\s*\/?>$/i.test(node.value)) builder.addMapped(rangeOf(node, context), '\n');
      return;
    case 'footnoteReference':
      return;
    case 'link':
      if (isAutolink(node, context)) {
        builder.addPlaceholder(rangeOf(node, context));
        return;
      }
      for (const child of node.children) addInline(child, builder, context);
      return;
    default:
      if ('children' in node) for (const child of node.children) addInline(child as PhrasingContent, builder, context);
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
