// Finds the paragraphs that hold so much inline markup that remark-parse would take time growing with its square.
import { OpaqueBlocks, containerPrefix, isTableStart, linesOf, trimEnd, type Line } from './source-lines';

/**
 * How many marks (* _ [ ] `) one piece of inline content (a paragraph, a heading, a table row) may hold and still
 * be read by remark-parse. For each emphasis, link or code mark it finds, remark-parse goes back over what it read
 * before in the same paragraph, so n marks cost about n² (4,000 nested `*` took 3 s, 8,000 took 15 s; 8,000
 * nested links 16 s), while an edited paragraph holds a few dozen. Below the limit a paragraph of the worst kind
 * costs a few times what the same size of ordinary markup does.
 */
export const MAX_INLINE_MARKS = 512;

export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** How many marks the characters text[start, end) hold. */
export function countMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // * _ [ ] `
    if (code === 42 || code === 95 || code === 91 || code === 93 || code === 96) marks++;
  }
  return marks;
}

const LIST_MARKER = /[-*+][ \t]|\d[.)][ \t]/;

/**
 * The stretches of text[start, end) that remark-parse should not be handed: each a run of lines it would read as
 * one piece of inline content holding more than MAX_INLINE_MARKS marks. Lines are grouped as remark-parse groups
 * them closely enough for a count: a blank line, a list marker or a heading starts a new piece, every line of a
 * table is a piece of its own, and code fences and spanning HTML blocks hold no inline content. Linear in the text.
 */
export function heavyInline(text: string, start: number, end: number): Stretch[] {
  const heavy: Stretch[] = [];
  const opaque = new OpaqueBlocks();
  let piece: { start: number; end: number; marks: number } | undefined;
  let previous: { line: Line; value: string; marks: number } | undefined;
  let isTable = false;
  const close = (): void => {
    if (piece && piece.marks > MAX_INLINE_MARKS) {
      const last = heavy[heavy.length - 1];
      if (last && text.slice(last.end, piece.start).trim() === '') heavy[heavy.length - 1] = { start: last.start, end: piece.end };
      else heavy.push({ start: piece.start, end: piece.end });
    }
    piece = undefined;
  };
  for (const line of linesOf(text, start, end)) {
    const value = text.slice(line.start, line.end);
    if (opaque.isInside) {
      opaque.close(value);
      close();
      previous = undefined;
      continue;
    }
    const { contentStart } = containerPrefix(text, line.start, line.end);
    const isBlank = trimEnd(text, contentStart, line.end) === contentStart;
    if (isBlank || opaque.open(value)) {
      close();
      isTable = false;
      previous = undefined;
      continue;
    }
    const marks = countMarks(text, contentStart, line.end);
    if (previous && isTableStart(previous.value, value)) {
      // The header line was counted with the paragraph before it: it is a piece of its own.
      if (piece) piece.marks -= previous.marks;
      close();
      piece = { start: previous.line.start, end: previous.line.end, marks: previous.marks };
      isTable = true;
    }
    const startsPiece = isTable || LIST_MARKER.test(text.slice(line.start, contentStart)) || text.charCodeAt(contentStart) === 35;
    if (startsPiece || !piece) {
      close();
      piece = { start: line.start, end: line.end, marks };
    } else {
      piece.end = line.end;
      piece.marks += marks;
    }
    previous = { line, value, marks };
  }
  close();
  return heavy;
}
