// Turns remark-parse's tree (mdast) into blocks whose prose maps back to the source, escapes and entities included.
import type { Nodes, Parents, PhrasingContent, RootContent, Table } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { BlockKind, Range } from '../types';
import type { RawBlock } from './plain-text';
import { ProseBuilder, addSourceText } from './prose';

/** Where a tree's blocks go, and where its source starts: a tree of a slice of the text has offsets from `base`. */
export interface Context {
  readonly text: string;
  readonly base: number;
  readonly blocks: RawBlock[];
  readonly comments: Range[];
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
  // Where the next positioned sibling starts, worked out once from the right, and only when some child has no position.
  let nextStarts: number[] | undefined;
  children.forEach((child, index) => {
    if (child.position) {
      const range = rangeOf(child, context);
      ranges.push(range);
      previousEnd = range[1];
      return;
    }
    nextStarts ??= startsOfNextPositioned(children, parent, context);
    ranges.push([previousEnd, nextStarts[index]!]);
  });
  return ranges;
}

function startsOfNextPositioned(children: readonly Nodes[], parent: Range, context: Context): number[] {
  const starts: number[] = [];
  let next = parent[1];
  for (let index = children.length - 1; index >= 0; index--) {
    starts[index] = next;
    if (children[index]!.position) next = rangeOf(children[index]!, context)[0];
  }
  return starts;
}

function addChildren(children: readonly PhrasingContent[], parent: Range, builder: ProseBuilder, context: Context): void {
  const ranges = childRanges(children, parent, context);
  children.forEach((child, index) => addInline(child, ranges[index]!, builder, context));
}

/**
 * Turns the block nodes into blocks, in document order. The walk keeps its own stack, not the call stack, so
 * that thousands of nested quotes or list levels cost memory in proportion, never a stack overflow.
 */
export function walkBlocks(nodes: readonly RootContent[], context: Context): void {
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

/** Pushes a table's rows as blocks, from row `from` on (0, the header, unless it was read before). */
export function pushTableRows(table: Table, context: Context, from = 0): void {
  for (const row of table.children.slice(from)) {
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
