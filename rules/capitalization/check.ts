// One check of one article: the state its parts share, and the one way they report (one finding a word).
import type { Block, Document, Finding } from '../../src/types';
import type { Casing } from '../../src/language';
import type { Evidence } from './evidence';
import type { BlockWords } from './word-forms';

export interface Check {
  readonly document: Document;
  readonly blocks: readonly BlockWords[];
  readonly casing: Casing;
  readonly evidence: Evidence;
  /** Proper nouns from the config, by lower case. */
  readonly configured: ReadonlyMap<string, string>;
  /** By source start: one finding a word. */
  readonly findings: Map<number, Finding>;
  /** How often the article writes each learned name not wholly capitalized; counted the first time it matters. */
  readonly copyCounts: Map<string, number>;
  occurrences?: Occurrences;
}

/**
 * Where each key occurs, for finding a phrase without reading every word: words are numbered across the article
 * (each block's first number in `blockStarts`), each entry holds its first occurrence and `next` chains the rest.
 */
export interface Occurrences {
  readonly blockStarts: Int32Array;
  readonly next: Int32Array;
}

export function report(check: Check, block: Block, from: number, to: number, expected: string, message: string): Finding | undefined {
  const start = block.toSource(from);
  const end = block.toSource(to, true);
  if (check.findings.has(start)) return undefined;
  const actual = block.text.slice(from, to);
  const isExact = check.document.text.slice(start, end) === actual;
  const finding: Finding = {
    message,
    range: [start, end],
    actual,
    expected,
    ...(isExact && expected !== actual ? { fix: { range: [start, end] as const, text: expected } } : {}),
  };
  check.findings.set(start, finding);
  return finding;
}
