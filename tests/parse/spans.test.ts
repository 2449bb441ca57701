import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/linter';
import { parseDocument } from '../../src/parse/document';
import type { Finding, Rule } from '../../src/types';
import { SHARED_TABLE_LIMIT, scanSpans, spanObjects, WordTable } from '../../src/parse/word-spans';

/** The spans of a text as objects, numbered in `table`. */
const spansOf = (text: string, table = new WordTable()) => spanObjects(scanSpans(text, table), table);

/** What a word is, said as a regular expression: the scanner must find exactly its matches. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=[\p{L}\p{N}]))*/gu;

describe('word spans', () => {
  it('are letters, marks and digits, with inner apostrophes', () => {
    const block = parseDocument('Don’t stop: O\'Neill’s café, naïve 3rd-rate x’ ’y 𝐀𝐁 e\u0301t\u00e9.', { format: 'text' }).proseBlocks[0]!;
    expect(block.spans.map((span) => span.text)).toEqual(['Don’t', 'stop', "O'Neill’s", 'café', 'naïve', '3rd', 'rate', 'x', 'y', '𝐀𝐁', 'e\u0301t\u00e9']);
    for (const span of block.spans) expect(block.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('start at a letter or digit of any script, and a mark alone starts none', () => {
    expect(spansOf('\u0301x ٣٤ Ⅻ 日本 \u{20000}a 😀 a\u{1D7CE}').map((span) => span.text)).toEqual(['x', '٣٤', 'Ⅻ', '日本', '\u{20000}a', 'a\u{1D7CE}']);
  });

  it('are packed into arrays of starts, ends and word numbers, the same as the objects', () => {
    const table = new WordTable();
    const packed = scanSpans('Red, red wine; rosé.', table);
    expect(packed.count).toBe(4);
    expect([...packed.starts]).toEqual([0, 5, 9, 15]);
    expect([...packed.ends]).toEqual([3, 8, 13, 19]);
    expect([...packed.ids].map((id) => table.text(id))).toEqual(['Red', 'red', 'wine', 'rosé']);
    const block = parseDocument('Red, red wine; rosé.', { format: 'text' }).proseBlocks[0]!;
    expect(block.spans).toEqual(spanObjects(block.wordSpans, parseDocument('', { format: 'text' }).wordTable));
  });

  it('leave a lone surrogate out of every word', () => {
    expect(spansOf('ab\ud800cd \udc00e')).toEqual([
      { start: 0, end: 2, text: 'ab', id: 0 },
      { start: 3, end: 5, text: 'cd', id: 1 },
      { start: 7, end: 8, text: 'e', id: 2 },
    ]);
  });

  it('are the regular expression’s matches, for any text', () => {
    const pieces = ['a', 'Z', '7', ' ', "'", '’', '-', '.', 'é', 'e\u0301', '\u0301', 'ß', '日', '٣', '𝐀', '\u{1D7CE}', '😀', '\ud800', '\udc00', '\n', '\u00a0', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
        expect(spansOf(text).map(({ start, end, text: word }) => ({ start, end, text: word }))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('number each distinct word once, across a document’s blocks and across the documents a thread parses', () => {
    const first = parseDocument('The cat saw the cat.\n\nA cat, the end; The end.\n', { format: 'text' });
    const ids = first.proseBlocks.map((block) => block.spans.map((span) => span.id));
    const [the, cat, saw] = ids[0]!;
    expect(new Set([the, cat, saw, ids[0]![3], ids[1]![0], ids[1]![3]]).size).toBe(6);
    expect(ids).toEqual([
      [the, cat, saw, ids[0]![3], cat],
      [ids[1]![0], cat, ids[0]![3], ids[1]![3], the, ids[1]![3]],
    ]);
    const second = parseDocument('A cat and the end.', { format: 'text' });
    expect(second.wordTable).toBe(first.wordTable);
    expect(second.proseBlocks[0]!.spans.map((span) => span.id)).toEqual([ids[1]![0], cat, second.proseBlocks[0]!.spans[2]!.id, ids[0]![3], ids[1]![3]]);
    for (const block of [...first.proseBlocks, ...second.proseBlocks]) for (const span of block.spans) expect(first.wordTable.text(span.id)).toBe(span.text);
  });

  it('start a new shared table once the last has grown past its limit, leaving earlier documents their own', () => {
    const many = Array.from({ length: SHARED_TABLE_LIMIT + 10 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const large = parseDocument(many, { format: 'text' });
    const spans = large.proseBlocks[0]!.spans;
    expect(large.wordTable.size).toBeGreaterThan(SHARED_TABLE_LIMIT);
    const next = parseDocument('A fresh start.', { format: 'text' });
    expect(next.wordTable).not.toBe(large.wordTable);
    expect(next.proseBlocks[0]!.spans.map((span) => span.id)).toEqual([0, 1, 2]);
    expect(large.wordTable.text(spans[spans.length - 1]!.id)).toBe(spans[spans.length - 1]!.text);
  });

  it('give each rule a cache by word number with a slot for every word numbered so far', () => {
    const table = new WordTable();
    scanSpans('one two three', table);
    const key = {};
    const cache = table.cache<string>(key);
    expect(cache).toEqual([undefined, undefined, undefined]);
    cache[1] = 'TWO';
    scanSpans('four two', table);
    expect(table.cache<string>(key)).toBe(cache);
    expect(cache).toEqual([undefined, 'TWO', undefined, undefined]);
    expect(table.cache<string>({})).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keep their numbers as the table grows past its first size', () => {
    const table = new WordTable();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    const first = spansOf(text, table).map((span) => span.id);
    expect(first).toEqual(words.map((_, i) => i));
    expect(spansOf([...words].reverse().join(' '), table).map((span) => span.id)).toEqual([...first].reverse());
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i += 499) expect(table.text(i)).toBe(words[i]);
  });

  it('serve a rule of one’s own: packed spans, their texts, and a cache kept from article to article', () => {
    const seen = {};
    let computed = 0;
    const longWords: Rule = {
      id: 'long-words',
      description: 'Words of fifteen letters or more',
      defaultSeverity: 'warn',
      fixable: false,
      check(document) {
        const isLong = document.wordTable.cache<boolean>(seen);
        const findings: Finding[] = [];
        for (const block of document.proseBlocks) {
          const { count, starts, ends, ids } = block.wordSpans;
          for (let i = 0; i < count; i++) {
            let long = isLong[ids[i]!];
            if (long === undefined) {
              computed++;
              long = isLong[ids[i]!] = document.wordTable.text(ids[i]!).length >= 15;
            }
            if (long) findings.push({ message: `Long word “${document.wordTable.text(ids[i]!)}”`, range: [block.toSource(starts[i]!), block.toSource(ends[i]!, true)] as const });
          }
        }
        return findings;
      },
    };
    const rules = [{ rule: longWords, severity: 'warn' as const, options: {} }];
    const first = lintText('An extraordinary, *uncharacteristically* long word.\n', { path: 'a.md', rules }).messages;
    expect(first.map((m) => [m.message, m.range])).toEqual([['Long word “uncharacteristically”', [19, 39]]]);
    const before = computed;
    lintText('Uncharacteristically long. An extraordinary word.\n', { path: 'b.md', rules });
    // Only "Uncharacteristically" is new to the table: the other words were worked out for the first article.
    expect(computed - before).toBe(1);
  });
});
