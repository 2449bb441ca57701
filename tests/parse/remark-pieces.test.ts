// What remark-parse is handed: never a piece it reads in time growing faster than the piece (checked by counting
// what it is given, not by timing it), and what the pieces give is what the whole gives.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/types';

/** Each piece remark-parse is handed: its length and how many marks (* _ [ ] `) it holds. */
const pieces: { length: number; marks: number }[] = [];
let parseDocument: typeof import('../../src/parse/document').parseDocument;
/** The size of the largest piece remark-parse reads in one go (GROUP_LIMIT). */
const GROUP_LIMIT = 64 * 1024;
/** How many marks one paragraph handed to remark-parse may hold (MAX_INLINE_MARKS). */
const MAX_INLINE_MARKS = 512;

beforeAll(async () => {
  // A module graph of its own, in which remark-parse is counted from its first load.
  vi.doMock('../../src/parse/remark', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/parse/remark')>();
    return {
      parseMarkdownTree: (source: string) => {
        pieces.push({ length: source.length, marks: source.replace(/[^*_[\]`]/g, '').length });
        return real.parseMarkdownTree(source);
      },
    };
  });
  vi.resetModules();
  const document = await import('../../src/parse/document');
  await document.loadParsers('markdown');
  parseDocument = document.parseDocument;
});

function parsed(text: string): { document: Document; handed: typeof pieces } {
  pieces.length = 0;
  const document = parseDocument(text, { path: 'a.md' });
  return { document, handed: [...pieces] };
}

const MB = 1024 * 1024;
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

describe('remark-parse', () => {
  it('is handed a 2 MB table’s header and its rows with markup, and no plain row', () => {
    const rows = Array.from({ length: 55_000 }, (_, i) => (i % 1000 === 0 ? `| ${i} | *Alpha* beta | gamma |` : `| ${i} | Alpha beta | gamma delta |`));
    const { document, handed } = parsed(`| No | Name | Notes |\n|---|---|---|\n${rows.join('\n')}\n`);
    expect(document.blocks.filter((block) => block.kind === 'table-row')).toHaveLength(55_001);
    // 55 rows with markup, each under a copy of the header, and the header: a few kilobytes of 2 MB.
    expect(handed.reduce((sum, piece) => sum + piece.length, 0)).toBeLessThan(20_000);
  });

  it('is handed 170 KB of short paragraphs with markup in pieces of at most 64 KB', () => {
    const { document, handed } = parsed(fill('A *short* paragraph with _emphasis_ and a [link](http://example.com).\n\n', MB / 6));
    expect(document.blocks.length).toBeGreaterThan(2_400);
    expect(Math.max(...handed.map((piece) => piece.length))).toBeLessThanOrEqual(GROUP_LIMIT);
  });

  it('is handed a 170 KB list of links without blank lines in pieces of at most 64 KB', () => {
    const { document, handed } = parsed(fill('- [A title](https://example.com/page) and text\n', MB / 6));
    expect(document.blocks.every((block) => block.kind === 'list-item' && block.text === 'A title and text')).toBe(true);
    expect(Math.max(...handed.map((piece) => piece.length))).toBeLessThanOrEqual(GROUP_LIMIT);
  });

  it('is never handed a paragraph of more than 512 marks, as 4,000 nested * or 50,000 brackets are, whose marks cost it their square', () => {
    for (const text of [`${'*'.repeat(4000)}word${'*'.repeat(4000)}\n`, `Intro *text*.\n\n${'['.repeat(50_000)}x${']'.repeat(50_000)} *a*\n\nEnd *here*.\n`]) {
      const { handed } = parsed(text);
      expect(Math.max(0, ...handed.map((piece) => piece.marks))).toBeLessThanOrEqual(MAX_INLINE_MARKS);
    }
  });

  it('reads a paragraph of too many marks a few lines at a time, each run as remark-parse reads it', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line *${i}* of a [long](u) paragraph,`);
    const { document, handed } = parsed(`${lines.join('\n')}\n`);
    expect(Math.max(...handed.map((piece) => piece.marks))).toBeLessThanOrEqual(MAX_INLINE_MARKS);
    expect(document.blocks.length).toBeLessThan(10);
    expect([...document.words()].filter((word) => word.text === 'long')).toHaveLength(400);
  });
});
