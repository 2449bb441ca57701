// Shapes of input that once took the parsers time growing with the square of their size, or their stack: each
// is read here at a size the old reading could not finish (or overflowed on), with what it finds checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document';
import { findUnprosed } from '../../src/parse/prose';
import type { Document } from '../../src/types';

const wordsOf = (document: Document) => [...document.words()].map((word) => word.text);

/** The pattern the URL and e-mail scan replaces, as it was. */
const URL_PATTERN = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'*_]|\b[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

function byPattern(value: string): [number, number][] {
  if (!value.includes('.') || !(value.includes('://') || value.includes('www.') || value.includes('@'))) return [];
  return [...value.matchAll(URL_PATTERN)].map((match) => {
    let end = match.index + match[0].length;
    const count = (c: string) => [...value.slice(match.index, end)].filter((x) => x === c).length;
    while (value[end] === ')' && count('(') > count(')')) end++;
    return [match.index, end];
  });
}

describe('URLs and e-mail addresses', () => {
  it('are the matches of the pattern the scan replaces, for any text', () => {
    const piece = fc.constantFrom('a', 'b', 'co', 'x1', '_', '.', '..', '@', '-', '+', '%', ' ', '(', ')', ')', 'www.', 'http://', 'https://', 'ftp://', ':', ',', '!', '*', '"', '’', 'é', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const value = pieces.join('');
        expect(findUnprosed(value)).toEqual(byPattern(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('are found in "x@" followed by four million "a." without a scan from every character, or a stack overflow', () => {
    const value = `Mail x@${'a.'.repeat(4_000_000)} or me@example.org, see www.example.com/a(b)).`;
    expect(findUnprosed(value).map(([start, end]) => value.slice(start, end))).toEqual(['me@example.org', 'www.example.com/a(b)']);
  });

  it('end at the parenthesis a URL opened, after half a million of each', () => {
    const value = `See http://x.com/${'('.repeat(500_000)}${')'.repeat(500_001)} now.`;
    expect(findUnprosed(value)).toEqual([[4, value.length - 6]]);
  });
});

describe('Markdown of pathological shapes', () => {
  it('reads 4,000 nested * or _ around a word without running out of stack, the word at its place', () => {
    for (const mark of ['*', '_']) {
      const text = `${mark.repeat(4000)}wiht${mark.repeat(4000)}\n\nAfter it.\n`;
      const document = parseDocument(text, { path: 'a.md' });
      const word = [...document.words()].find((each) => each.text === 'wiht')!;
      expect(text.slice(word.range[0], word.range[1])).toBe('wiht');
      expect(document.blocks.at(-1)!.text).toBe('After it.');
    }
  });

  it('reads 50,000 nested brackets, and as many nested links, each word at its place', () => {
    for (const text of [`${'['.repeat(50_000)}wiht${']'.repeat(50_000)} *a*\n`, `${'['.repeat(50_000)}wiht${'](u)'.repeat(50_000)}\n`]) {
      const word = [...parseDocument(text, { path: 'a.md' }).words()].find((each) => each.text === 'wiht')!;
      expect(text.slice(word.range[0], word.range[1])).toBe('wiht');
    }
  });

  it('reads 300,000 lines that open a bracket and never close one', () => {
    const text = `${'[\n'.repeat(300_000)}Last line.\n`;
    expect(wordsOf(parseDocument(text, { path: 'a.md' }))).toEqual(['Last', 'line']);
  });

  it('reads a heading with a million spaces in it', () => {
    const document = parseDocument(`# A${' '.repeat(1_000_000)}title #\n`, { path: 'a.md' });
    expect([document.blocks[0]!.kind, wordsOf(document)]).toEqual(['heading', ['A', 'title']]);
  });
});

describe('plain text of pathological shapes', () => {
  it('reads half a million "<!--" that are never closed, and finds the comment that is', () => {
    const text = `${'Text <!--'.repeat(500_000)}\n`;
    expect(parseDocument(text, { path: 'a.txt' }).comments).toEqual([]);
    const closed = `Intro <!-- copydesk-disable typo --> ${'<!--'.repeat(1000)} -->`;
    expect(parseDocument(closed, { path: 'a.txt' }).comments).toEqual([
      [6, 36],
      [37, closed.length],
    ]);
  });
});
