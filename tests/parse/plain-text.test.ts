import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document';

const blocks = (text: string) => parseDocument(text, { path: 'a.txt' }).blocks.map((block) => [block.kind, block.text, text.slice(block.range[0], block.range[1])]);

describe('plain-text block splitting', () => {
  it('makes a short unpunctuated line a heading and a punctuated one a paragraph', () => {
    expect(blocks('The Current State\n\nThe talks stalled.\n')).toEqual([
      ['heading', 'The Current State', 'The Current State'],
      ['paragraph', 'The talks stalled.', 'The talks stalled.'],
    ]);
  });

  it('makes every bullet and numbered item its own list item, without its marker', () => {
    expect(blocks('  • First point.\n  • second point.\n  1. Recognition of borders.\n* China: a stance,\n')).toEqual([
      ['list-item', 'First point.', '• First point.'],
      ['list-item', 'second point.', '• second point.'],
      ['list-item', 'Recognition of borders.', '1. Recognition of borders.'],
      ['list-item', 'China: a stance,', '* China: a stance,'],
    ]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'The council voted on Tuesday to approve\nthe tram line after a long debate.\n';
    expect(blocks(text)).toEqual([['paragraph', 'The council voted on Tuesday to approve\nthe tram line after a long debate.', text.trimEnd()]]);
  });

  it('keeps long lines of one chunk as separate blocks', () => {
    const long = 'x'.repeat(60);
    const text = `Key Factor Position\nTerritory ${long} Accepts annexation; demands recognition.\nSecurity ${long} Seeks assurances.\n`;
    expect(blocks(text).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('handles CRLF line endings', () => {
    const text = 'A Headline\r\n\r\nThe council voted on Tuesday to approve\r\nthe tram line after a long debate.\r\n';
    expect(blocks(text)).toEqual([
      ['heading', 'A Headline', 'A Headline'],
      ['paragraph', 'The council voted on Tuesday to approve\nthe tram line after a long debate.', 'The council voted on Tuesday to approve\r\nthe tram line after a long debate.'],
    ]);
  });

  it('keeps lines too narrow for wrapped prose as blocks of their own', () => {
    expect(blocks('By Lena Ortiz\nMarch 3, 2026\n').map(([kind, prose]) => [kind, prose])).toEqual([
      ['paragraph', 'By Lena Ortiz'],
      ['paragraph', 'March 3, 2026'],
    ]);
  });

  it('parses sentences and words with source ranges', () => {
    const text = 'He left. She stayed, then went home.';
    const document = parseDocument(text, { path: 'a.txt' });
    expect([...document.sentences()].map((sentence) => sentence.text)).toEqual(['He left.', 'She stayed, then went home.']);
    for (const word of document.words()) expect(text.slice(...word.range)).toBe(word.text);
  });

  it('returns no blocks for an empty or blank file', () => {
    expect(blocks('')).toEqual([]);
    expect(blocks('\n  \n\t\n')).toEqual([]);
  });
});
