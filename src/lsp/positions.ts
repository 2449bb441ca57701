// Positions between copydesk's UTF-16 offsets and the client's lines and columns, in the position encoding the
// client and server agreed on (LSP 3.17): UTF-16 code units by default, or UTF-8 bytes, or UTF-32 code points.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type Encoding = 'utf-8' | 'utf-16' | 'utf-32';

/** The encoding to use: the first the client offers (its order is its preference), UTF-16 when it offers none. */
export function chooseEncoding(offered: readonly string[] | undefined): Encoding {
  for (const each of offered ?? []) if (each === 'utf-8' || each === 'utf-16' || each === 'utf-32') return each;
  return 'utf-16';
}

/** The text of one line, without its line break. */
function lineText(document: TextDocument, line: number): string {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '');
}

/** How many units of `encoding` the first `utf16` code units of `text` take. */
function unitsOf(text: string, utf16: number, encoding: Encoding): number {
  if (encoding === 'utf-16') return utf16;
  let units = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (encoding === 'utf-32') units += 1;
    else units += isPair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (isPair) i++;
  }
  return units;
}

/** How many UTF-16 code units the first `units` units of `encoding` in `text` take (clamped to the text). */
function utf16Of(text: string, units: number, encoding: Encoding): number {
  if (encoding === 'utf-16') return Math.min(units, text.length);
  let counted = 0;
  let i = 0;
  while (i < text.length && counted < units) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const width = encoding === 'utf-32' ? 1 : isPair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    // A position inside a character means the character's start.
    if (counted + width > units) break;
    counted += width;
    i += isPair ? 2 : 1;
  }
  return i;
}

/** The client's position of a UTF-16 offset into the document. */
export function positionOf(document: TextDocument, offset: number, encoding: Encoding): Position {
  const position = document.positionAt(offset);
  if (encoding === 'utf-16') return position;
  return { line: position.line, character: unitsOf(lineText(document, position.line), position.character, encoding) };
}

export function rangeOf(document: TextDocument, range: readonly [number, number], encoding: Encoding): Range {
  return { start: positionOf(document, range[0], encoding), end: positionOf(document, range[1], encoding) };
}

/** A client's position as UTF-16 (what TextDocument and copydesk count in). */
export function toUtf16Position(document: TextDocument, position: Position, encoding: Encoding): Position {
  if (encoding === 'utf-16' || position.line >= document.lineCount) return position;
  return { line: position.line, character: utf16Of(lineText(document, position.line), position.character, encoding) };
}

export function toUtf16Range(document: TextDocument, range: Range, encoding: Encoding): Range {
  return { start: toUtf16Position(document, range.start, encoding), end: toUtf16Position(document, range.end, encoding) };
}

/** The UTF-16 offset of a client's position. */
export function offsetOf(document: TextDocument, position: Position, encoding: Encoding): number {
  return document.offsetAt(toUtf16Position(document, position, encoding));
}
