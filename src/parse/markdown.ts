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
/** Inline syntax whose text differs from its source: escapes, code, emphasis, links, HTML, entities, tables, strikethrough. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~]|&(?:#\d+|#[xX][\da-fA-F]+|[A-Za-z][A-Za-z\d]*);/;
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

interface Chunk {
  start: number;
  end: number;
  isSimple: boolean;
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
  for (const chunk of splitChunks(text, bodyStart)) {
    if (chunk.isSimple) {
      if (group) parseGroup(text, group.start, group.end, blocks);
      group = undefined;
      blocks.push(simpleParagraph(text, chunk));
    } else if (group) {
      group.end = chunk.end;
    } else {
      group = { ...chunk };
    }
  }
  // The last group runs to the end: an unclosed fence or HTML block takes in everything after it.
  if (group) parseGroup(text, group.start, text.length, blocks);
  return blocks;
}

/** Splits the text at blank lines, keeping fenced code and spanning HTML blocks whole, and marks chunks with no Markdown syntax. */
function* splitChunks(text: string, from: number): Generator<Chunk> {
  let chunk: Chunk | undefined;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = lineEnd + 1;
    if (fence !== undefined || htmlEnd !== undefined) {
      chunk!.end = lineEnd;
      if (fence !== undefined && new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      else if (htmlEnd?.test(line)) htmlEnd = undefined;
      lineStart = next;
      continue;
    }
    if (line.trim() === '') {
      if (chunk) yield chunk;
      chunk = undefined;
      lineStart = next;
      continue;
    }
    const isSimpleLine = !BLOCK_SYNTAX.test(line) && !INLINE_SYNTAX.test(line);
    if (chunk) {
      chunk.end = lineEnd;
      chunk.isSimple &&= isSimpleLine;
    } else {
      chunk = { start: lineStart, end: lineEnd, isSimple: isSimpleLine };
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch && !(fenceMatch[1]![0] === '`' && line.slice(fenceMatch[0].length).includes('`'))) fence = fenceMatch[1];
    else {
      const spanning = HTML_SPANNING.find(([opening]) => opening.test(line));
      if (spanning && !spanning[1].test(line.replace(spanning[0], ''))) htmlEnd = spanning[1];
    }
    lineStart = next;
  }
  if (chunk) yield chunk;
}

/** A paragraph with no Markdown syntax: its lines, trimmed, are its prose. */
function simpleParagraph(text: string, chunk: Chunk): RawBlock {
  const builder = new ProseBuilder();
  let lineStart = chunk.start;
  let previousEnd = -1;
  while (lineStart <= chunk.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > chunk.end) lineEnd = chunk.end;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (previousEnd >= 0) builder.addMapped([previousEnd, start], '\n');
    addSourceText(builder, text, start, end);
    previousEnd = end;
    lineStart = lineEnd + 1;
  }
  const range: Range = [chunk.start, trimEnd(text, chunk.start, chunk.end)];
  return { kind: 'paragraph', range, depth: 0, prose: builder.build() };
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
