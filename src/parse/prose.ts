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

/**
 * URLs and e-mail addresses are what this pattern matches, scanning left to right as `matchAll` does:
 * /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'*_]|\b[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g.
 * The pattern itself tries an address at every character of a run like "a.a.a.a" and reads the run to its end each
 * time (50,000 of them took 17 s), so the scan below looks for addresses from each "@" instead, and for URLs only
 * where one of their prefixes stands: the same matches, in time linear in the text.
 */
const URL_PREFIX = /(?:https?|ftp):\/\/|www\./g;
/** What may follow a URL's prefix: anything up to white space, angle brackets or quotes. */
const URL_RUN = /[^\s<>"“”‘’]*/y;

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A character of a domain's label: [A-Za-z0-9-]. */
function isLabelCode(code: number): boolean {
  return isLetterCode(code) || (code >= 48 && code <= 57) || code === 45;
}

/**
 * Where the domain after the "@" at `at` ends, as /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/y reads
 * it, or -1: the labels run on over single dots, and the address ends after the letters that start the last
 * label that begins with two or more of them and a word boundary. (The pattern itself needs a step of its
 * backtracking stack for each label, and runs out of it on a few million.)
 */
function domainEnd(value: string, at: number): number {
  let end = -1;
  let label = at + 1;
  for (let isFirst = true; isLabelCode(value.charCodeAt(label)); isFirst = false) {
    let letters = label;
    while (isLetterCode(value.charCodeAt(letters))) letters++;
    if (!isFirst && letters - label >= 2 && !isWordCode(value.charCodeAt(letters))) end = letters;
    let next = letters;
    while (isLabelCode(value.charCodeAt(next))) next++;
    if (value.charCodeAt(next) !== 46) break;
    label = next + 1;
  }
  return end;
}

/** \w without the u flag: ASCII letters, digits and the underscore. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Whether \b holds before `index`: a word character on one side and not on the other. */
function isBoundary(value: string, index: number): boolean {
  return isWordCode(value.charCodeAt(index - 1)) !== isWordCode(value.charCodeAt(index));
}

/** A character a URL may not end with: . , ; : ! ? ) ] } ' * _ */
function isUrlTrailer(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 41 || code === 93 || code === 125 || code === 39 || code === 42 || code === 95;
}

/** The first URL at or after a position, found from the positions of the prefixes; each run of text is read once. */
class UrlScan {
  private found: Range | null | undefined;
  /** The last run read: where it was read from, where it ends, and the end of its last character a URL may end with. */
  private run = { from: -1, end: -1, lastEnd: -1 };

  constructor(private readonly value: string) {}

  next(cursor: number): Range | null {
    if (this.found !== undefined && (this.found === null || this.found[0] >= cursor)) return this.found;
    URL_PREFIX.lastIndex = cursor;
    for (let prefix = URL_PREFIX.exec(this.value); prefix; prefix = URL_PREFIX.exec(this.value)) {
      if (prefix.index > 0 && isWordCode(this.value.charCodeAt(prefix.index - 1))) continue;
      const end = this.endAfter(prefix.index + prefix[0].length);
      if (end > 0) return (this.found = [prefix.index, end]);
    }
    return (this.found = null);
  }

  /** Where a URL whose prefix ends at `from` ends (after its last character that is not a trailer), or -1. */
  private endAfter(from: number): number {
    const { value, run } = this;
    if (!(run.from <= from && from <= run.end)) {
      URL_RUN.lastIndex = from;
      const end = from + URL_RUN.exec(value)![0].length;
      let last = end;
      while (last > from && isUrlTrailer(value.charCodeAt(last - 1))) last--;
      this.run = { from, end, lastEnd: last };
    }
    return this.run.lastEnd > from ? this.run.lastEnd : -1;
  }
}

/** The first e-mail address at or after a position, found from the "@" signs. */
class EmailScan {
  private found: Range | null | undefined;

  constructor(private readonly value: string) {}

  next(cursor: number): Range | null {
    if (this.found !== undefined && (this.found === null || this.found[0] >= cursor)) return this.found;
    const { value } = this;
    for (let at = value.indexOf('@', cursor + 1); at >= 0; at = value.indexOf('@', at + 1)) {
      const domain = domainEnd(value, at);
      if (domain < 0) continue;
      // The name before the "@": the run of [\w.%+-] reaching it, from its first word boundary.
      let start = at;
      while (start > cursor && isLocalCode(value.charCodeAt(start - 1))) start--;
      for (; start < at; start++) if (isBoundary(value, start)) return (this.found = [start, domain]);
    }
    return (this.found = null);
  }
}

function isLocalCode(code: number): boolean {
  return isWordCode(code) || code === 46 || code === 37 || code === 43 || code === 45;
}

/** Finds URLs and e-mail addresses in a piece of text: they are never prose. Linear in the text. */
export function findUnprosed(value: string): Range[] {
  const ranges: Range[] = [];
  // Every URL the pattern knows has "://" or "www.", every address "@": a text with none of them is searched no further.
  if (!value.includes('.') || !(value.includes('://') || value.includes('www.') || value.includes('@'))) return ranges;
  const urls = new UrlScan(value);
  const emails = new EmailScan(value);
  for (let cursor = 0; ; ) {
    const url = urls.next(cursor);
    const email = emails.next(cursor);
    // At the same place the pattern tries a URL first.
    const match = url && (!email || url[0] <= email[0]) ? url : email;
    if (!match) break;
    ranges.push([match[0], withClosingParentheses(value, match[0], match[1])]);
    cursor = match[1];
  }
  return ranges;
}

/** A closing parenthesis belongs to the URL only when the URL opened one. */
function withClosingParentheses(value: string, start: number, end: number): number {
  if (value.charCodeAt(end) !== 41) return end;
  let opened = 0;
  let closed = 0;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code === 40) opened++;
    else if (code === 41) closed++;
  }
  while (value.charCodeAt(end) === 41 && opened > closed) {
    end++;
    closed++;
  }
  return end;
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
