// Builds a block's prose string from pieces of the source and maps prose offsets back to source offsets.
import type { Range } from '../types';

/** U+FFFC stands in the prose for anything that is not prose: code, URLs, e-mail addresses, images. */
export const PLACEHOLDER = '\uFFFC';

/** A run of prose that maps to one run of source: character for character when `exact`, else as a whole. */
interface Span {
  readonly prose: number;
  readonly length: number;
  readonly source: number;
  readonly sourceLength: number;
  readonly exact: boolean;
}

export interface Prose {
  readonly text: string;
  toSource(offset: number, isEnd?: boolean): number;
}

export class ProseBuilder {
  private text = '';
  private readonly spans: Span[] = [];

  get length(): number {
    return this.text.length;
  }

  /** Appends `value`, which is exactly the source slice starting at `sourceStart`. */
  addExact(sourceStart: number, value: string): void {
    if (value.length === 0) return;
    const last = this.spans[this.spans.length - 1];
    if (last && last.exact && last.prose + last.length === this.text.length && last.source + last.sourceLength === sourceStart) {
      this.spans[this.spans.length - 1] = { ...last, length: last.length + value.length, sourceLength: last.sourceLength + value.length };
    } else {
      this.spans.push({ prose: this.text.length, length: value.length, source: sourceStart, sourceLength: value.length, exact: true });
    }
    this.text += value;
  }

  /** Appends `value` standing for the whole source range (a decoded escape or entity, a separator, a placeholder). */
  addMapped(range: Range, value: string): void {
    if (value.length === 0) return;
    this.spans.push({ prose: this.text.length, length: value.length, source: range[0], sourceLength: range[1] - range[0], exact: false });
    this.text += value;
  }

  addPlaceholder(range: Range): void {
    this.addMapped(range, PLACEHOLDER);
  }

  /** The prose and its map back to the source. */
  build(): Prose {
    return createProse(this.text, this.spans);
  }
}

function createProse(text: string, spans: readonly Span[]): Prose {
  const findSpan = (offset: number, isEnd: boolean): Span | undefined => {
    // For an end, the span holding the character before the offset; for a start, the one holding the character at it.
    const target = isEnd ? offset - 1 : offset;
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = spans[middle]!;
      if (target < span.prose) high = middle - 1;
      else if (target >= span.prose + span.length) low = middle + 1;
      else return span;
    }
    return undefined;
  };
  const toSource = (offset: number, isEnd = false): number => {
    if (spans.length === 0) return 0;
    const span = findSpan(offset, isEnd) ?? (isEnd || offset >= text.length ? spans[spans.length - 1]! : spans[0]!);
    if (offset >= span.prose + span.length) return span.source + span.sourceLength;
    if (offset <= span.prose) return span.source;
    if (span.exact) return span.source + (offset - span.prose);
    return isEnd ? span.source + span.sourceLength : span.source;
  };
  return { text, toSource };
}

const URL_PATTERN = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'*_]|\b[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

/** Finds URLs and e-mail addresses in a piece of text: they are never prose. */
export function findUnprosed(value: string): Range[] {
  const ranges: Range[] = [];
  // Every URL the pattern knows has "://" or "www.", every address "@": a text with none of them is searched no further.
  if (!value.includes('.') || !(value.includes('://') || value.includes('www.') || value.includes('@'))) return ranges;
  for (const match of value.matchAll(URL_PATTERN)) {
    let end = match.index + match[0].length;
    // A closing parenthesis belongs to the URL only when the URL opened one.
    while (value[end] === ')' && countOf(value.slice(match.index, end), '(') > countOf(value.slice(match.index, end), ')')) end++;
    ranges.push([match.index, end]);
  }
  return ranges;
}

function countOf(value: string, character: string): number {
  let count = 0;
  for (const c of value) if (c === character) count++;
  return count;
}

/** Appends the exact source slice [start, end), with URLs and e-mails in it replaced by placeholders. */
export function addSourceText(builder: ProseBuilder, source: string, start: number, end: number): void {
  const value = source.slice(start, end);
  let cursor = 0;
  for (const [from, to] of findUnprosed(value)) {
    builder.addExact(start + cursor, value.slice(cursor, from));
    builder.addPlaceholder([start + from, start + to]);
    cursor = to;
  }
  builder.addExact(start + cursor, value.slice(cursor));
}
