// Tests turning UTF-16 offsets into 1-based lines and columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex, createResultIndex, locate, locateLastCharacter, positionAt } from '../../src/report/positions';

const at = (text: string, offset: number) => positionAt(createLineIndex(text), offset);

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(at('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(at('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(at('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(at('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });

  it('counts \\r\\n as one line break', () => {
    const text = 'ab\r\ncd\r\nef';
    expect(at(text, 4)).toEqual({ line: 2, column: 1 });
    expect(at(text, 8)).toEqual({ line: 3, column: 1 });
    expect(createLineIndex(text).lineStarts).toEqual([0, 4, 8]);
  });

  it('keeps the offset between \\r and \\n on the line the break ends', () => {
    expect(at('ab\r\ncd', 3)).toEqual({ line: 1, column: 4 });
  });

  it('counts a lone \\r as a line break', () => {
    expect(at('a\rb\r\rc', 2)).toEqual({ line: 2, column: 1 });
    expect(at('a\rb\r\rc', 5)).toEqual({ line: 4, column: 1 });
  });

  it('counts an emoji as two UTF-16 code units', () => {
    const text = 'a😀b';
    expect(at(text, text.indexOf('b'))).toEqual({ line: 1, column: 4 });
  });

  it('puts the end of a text that ends with a newline on a line of its own', () => {
    expect(at('a\n', 2)).toEqual({ line: 2, column: 1 });
  });

  it('gives 1:1 for every offset of an empty text', () => {
    expect(at('', 0)).toEqual({ line: 1, column: 1 });
    expect(at('', 7)).toEqual({ line: 1, column: 1 });
  });

  it('clamps offsets outside the text', () => {
    expect(at('ab\ncd', -4)).toEqual({ line: 1, column: 1 });
    expect(at('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });

  it('agrees with a line-by-line count on any text', () => {
    const pieces = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '😀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), fc.nat(), (text, seed) => {
        const offset = seed % (text.length + 1);
        expect(at(text, offset)).toEqual(countNaively(text, offset));
      }),
    );
  });

  it('indexes a 5 MB text and finds its last line', () => {
    const line = 'The quick brown fox jumps over the lazy dog.\r\n';
    const text = line.repeat(Math.ceil(5_000_000 / line.length));
    const index = createLineIndex(text);
    expect(index.lineStarts.length).toBe(text.length / line.length + 1);
    expect(positionAt(index, text.length - 3)).toEqual({ line: text.length / line.length, column: line.length - 2 });
  });
});

describe('locate', () => {
  it('gives start and exclusive end', () => {
    const text = 'one\r\ntwo 😀 three';
    const start = text.indexOf('three');
    expect(locate(createLineIndex(text), [start, start + 5])).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 13 });
  });

  it('ends a range that takes in a line break at column 1 of the next line', () => {
    expect(locate(createLineIndex('ab\ncd'), [0, 3])).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 1 });
  });
});

describe('locateLastCharacter', () => {
  it('ends a range that takes in a line break on the line of that break, past it', () => {
    expect(locateLastCharacter(createLineIndex('ab\ncd'), [0, 3])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(locateLastCharacter(createLineIndex('ab\r\ncd'), [1, 4])).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 5 });
  });

  it('leaves an empty range at a line start alone', () => {
    expect(locateLastCharacter(createLineIndex('ab\ncd'), [3, 3])).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
  });
});

describe('createResultIndex', () => {
  it('indexes the output when a result has one, else the source', () => {
    const index = createResultIndex({ filePath: 'a.md', source: 'a b', output: 'a\nb', messages: [] });
    expect(positionAt(index, 2)).toEqual({ line: 2, column: 1 });
    expect(positionAt(createResultIndex({ filePath: 'a.md', source: 'a\nb', messages: [] }), 2)).toEqual({ line: 2, column: 1 });
  });

  it('puts everything at 1:1 when the file could not be read', () => {
    expect(positionAt(createResultIndex({ filePath: 'a.md', source: null, messages: [] }), 5)).toEqual({ line: 1, column: 1 });
  });
});

function countNaively(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
