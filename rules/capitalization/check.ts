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
  /** What the article writes in code, and the words it joins into identifiers; worked out on first use (see identifiers.ts). */
  identifiers?: Identifiers;
}

/**
 * The article's own evidence that a lowercase spelling is meant: the words and identifiers its code holds
 * (inline code and code blocks), and how it writes each joined token ("lint-staged", "node:crypto") outside code.
 */
export interface Identifiers {
  readonly inCode: ReadonlySet<string>;
  /** By joined token (lower case): how often it stands in lower case, and whether it is ever capitalized. */
  readonly joined: ReadonlyMap<string, { lowercase: number; capitalized: boolean }>;
  /** The keys of words the article writes with a capital anywhere, sentence starts and headings included. */
  readonly capitalizedKeys: ReadonlySet<string>;
  /** How often the article writes each word in lower case, in any block. */
  readonly lowercaseCounts: ReadonlyMap<string, number>;
}

/**
 * Where each key occurs, for finding a phrase without reading every word: words are numbered across the article
 * (each block's first number in `blockStarts`), each entry holds its first occurrence and `next` chains the rest.
 */
export interface Occurrences {
  readonly blockStarts: Int32Array;
  readonly next: Int32Array;
}

/**
 * Reports [from, to) of a block's prose with the text expected there. With `readings`, the expected text is
 * one of several (a guess): the finding offers each as a suggestion and fixes nothing.
 */
export function report(check: Check, block: Block, from: number, to: number, expected: string, message: string, readings?: readonly string[]): Finding | undefined {
  const start = block.toSource(from);
  const end = block.toSource(to, true);
  if (check.findings.has(start)) return undefined;
  const actual = block.text.slice(from, to);
  const isExact = check.document.text.slice(start, end) === actual;
  const range = [start, end] as const;
  const finding: Finding = {
    message,
    range,
    actual,
    expected,
    ...(readings
      ? isExact
        ? { suggestions: readings.map((text) => ({ message: `Replace with “${text}”`, fix: { range, text } })) }
        : {}
      : isExact && expected !== actual
        ? { fix: { range, text: expected } }
        : {}),
  };
  check.findings.set(start, finding);
  return finding;
}
