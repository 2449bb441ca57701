// Reads a huge GFM table a row at a time: plain rows directly, the others with remark-parse under the table's header.
import type { Table } from 'mdast';
import { MAX_INLINE_MARKS, countMarks } from './inline-marks';
import { pushTableRows, walkBlocks, type Context } from './mdast-blocks';
import { GROUP_LIMIT, parseGroup, remarkTree, type ParsedMarkdown } from './markdown-groups';
import { ProseBuilder, addSourceText } from './prose';
import { isTableStart, linesOf, simpleBlock, trimEnd, type Line } from './source-lines';

/**
 * Whether a chunk is a table too large to hand remark-parse whole (a 2 MB table took it 15 s, 8 MB 102 s and 4 GB):
 * one that starts at the margin with a header row and a delimiter row.
 */
export function isHugeTable(text: string, start: number, end: number): boolean {
  if (end - start <= GROUP_LIMIT || text.charCodeAt(start) !== 124) return false;
  const [header, delimiter] = linesOf(text, start, end);
  return delimiter !== undefined && isTableStart(text.slice(header!.start, header!.end), text.slice(delimiter.start, delimiter.end));
}

/** A row of the table: a line starting, after at most three spaces, with a pipe (no other block starts so). */
function rowStart(text: string, line: Line): number {
  let at = line.start;
  while (at < line.end && at - line.start < 3 && text.charCodeAt(at) === 32) at++;
  return text.charCodeAt(at) === 124 ? at : -1;
}

/**
 * What makes a row's text differ from its source, or its cells from the pieces between its pipes: escapes, code,
 * emphasis, HTML, entities, strikethrough, links, images, footnotes, autolinks, tabs.
 */
const ROW_SYNTAX = /[\\`*_<>~&@\t]|\]\(|\]\[|\[\^|!\[|www\.|:\/\//;

/**
 * Reads a huge table: the header with remark-parse, then each row that is plain text between pipes directly, and
 * runs of the other rows, and whatever follows the rows, with remark-parse under a copy of the header (each row is
 * read alone, so the pieces give what the whole gives).
 */
export function parseHugeTable(text: string, start: number, end: number, parsed: ParsedMarkdown): void {
  const [, delimiter] = linesOf(text, start, end);
  const bodyStart = Math.min(text.indexOf('\n', delimiter!.end) + 1 || end, end);
  const head = remarkTree(text.slice(start, bodyStart)).children;
  if (head.length !== 1 || head[0]!.type !== 'table') {
    parseGroup(text, start, end, parsed);
    return;
  }
  pushTableRows(head[0], { text, base: start, blocks: parsed.blocks, comments: parsed.comments });
  const header = text.slice(start, bodyStart);
  let run: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (run) parseUnderHeader(text, run.start, run.end, header, parsed);
    run = undefined;
  };
  for (const line of linesOf(text, bodyStart, end)) {
    const at = rowStart(text, line);
    if (at < 0) {
      flush();
      parseUnderHeader(text, line.start, end, header, parsed);
      return;
    }
    if (!ROW_SYNTAX.test(text.slice(at, line.end))) {
      flush();
      parsed.blocks.push(plainRow(text, at, line.end));
    } else if (countMarks(text, at, line.end) > MAX_INLINE_MARKS) {
      flush();
      parsed.blocks.push({ ...simpleBlock(text, 'table-row', 0, [{ start: at + 1, end: trimEnd(text, at + 1, line.end) }]), range: [at, line.end] });
    } else {
      run = { start: run?.start ?? line.start, end: line.end };
      if (run.end - run.start > GROUP_LIMIT / 2) flush();
    }
  }
  flush();
}

/** Reads text[start, end) as the continuation of a table whose header and delimiter rows are `header`. */
function parseUnderHeader(text: string, start: number, end: number, header: string, parsed: ParsedMarkdown): void {
  const [first, ...rest] = remarkTree(header + text.slice(start, end)).children;
  if (first?.type !== 'table') {
    parseGroup(text, start, end, parsed);
    return;
  }
  const context: Context = { text, base: start - header.length, blocks: parsed.blocks, comments: parsed.comments };
  pushTableRows(first as Table, context, 1);
  walkBlocks(rest, context);
}

/**
 * A row of plain cells, as remark-parse reads it: the row runs from its first pipe to the end of the line; each
 * cell from its pipe to the next (the last to the end of the row), its text trimmed; cells apart in the prose.
 */
function plainRow(text: string, start: number, end: number): ReturnType<typeof simpleBlock> {
  const last = trimEnd(text, start, end) - 1;
  const closing = last > start && text.charCodeAt(last) === 124 ? last : -1;
  const builder = new ProseBuilder();
  let previousEnd = -1;
  for (let cell = start; ; ) {
    let next = text.indexOf('|', cell + 1);
    if (next >= end || next === closing) next = -1;
    const contentEnd = next >= 0 ? next : closing >= 0 ? closing : end;
    let contentStart = cell + 1;
    while (contentStart < contentEnd && text.charCodeAt(contentStart) === 32) contentStart++;
    if (previousEnd >= 0 && builder.length > 0) builder.addMapped([previousEnd, cell], '\n\n');
    const trimmed = trimEnd(text, contentStart, contentEnd);
    if (trimmed > contentStart) addSourceText(builder, text, contentStart, trimmed);
    previousEnd = next >= 0 ? next : end;
    if (next < 0) break;
    cell = next;
  }
  return { kind: 'table-row', range: [start, end], depth: 0, prose: builder.build() };
}
