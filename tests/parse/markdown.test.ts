import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document';
import { MAX_NESTING } from '../../src/parse/markdown';
import type { Document } from '../../src/types';

const fixture = (name: string): string => fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

function summary(document: Document) {
  return document.blocks.map((block) => ({ kind: block.kind, range: block.range, depth: block.depth, text: block.text }));
}

describe('markdown parsing', () => {
  it('gives headings, paragraphs, list items, quotes, table rows, code and front matter their kinds', () => {
    const text = '---\ntitle: A\n---\n# Title\n\nBody text.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n';
    const kinds = parseDocument(text, { path: 'a.md' }).blocks.map((block) => block.kind);
    expect(kinds).toEqual(['front-matter', 'heading', 'paragraph', 'list-item', 'list-item', 'quote', 'table-row', 'table-row', 'code']);
  });

  it('keeps code, inline code, URLs and e-mails out of the prose', () => {
    const text = 'Run `npm test` or see https://example.com/a,b and mail me@example.org today.\n\n```\nthe the\n```\n';
    const document = parseDocument(text, { path: 'a.md' });
    expect(document.blocks[0]!.text).toBe('Run \uFFFC or see \uFFFC and mail \uFFFC today.');
    expect(document.blocks[1]!.text).toBe('');
  });

  it('maps words after escapes and entities to their exact source offsets', () => {
    const text = 'AT&amp;T said \\*this\\* &copy; twice, then &#8212; left.';
    const document = parseDocument(text, { path: 'a.md' });
    for (const word of document.words()) {
      if (/^[a-z]+$/i.test(word.text)) expect(text.slice(word.range[0], word.range[1])).toBe(word.text);
    }
    const decoded = [...document.words()].find((word) => word.text === 'AT&T');
    expect(decoded && text.slice(decoded.range[0], decoded.range[1])).toBe('AT&amp;T');
  });

  it('maps every plain word of the escapes fixture back to the same letters in the source', () => {
    const text = fixture('escapes.md');
    const document = parseDocument(text, { path: 'escapes.md' });
    let checked = 0;
    for (const word of document.words()) {
      if (!/^\p{L}+$/u.test(word.text)) continue;
      const slice = text.slice(word.range[0], word.range[1]);
      // Words split by markup (re**organ**ized) span the markup; all others are exact.
      expect(slice.replace(/[*_]/g, '')).toBe(word.text);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('parses plain paragraphs on the fast path exactly as remark-parse does', () => {
    for (const name of ['clean-article.md', 'escapes.md']) {
      const text = fixture(name);
      expect(summary(parseDocument(text, { path: name }))).toEqual(summary(parseDocument(text, { path: name, full: true })));
    }
  });

  it('agrees with a full remark-parse parse on random Markdown', () => {
    const line = fc.constantFrom(
      'Plain words here.', 'More text, with a comma.', '# Heading', '- item', '  - nested item', '1. first', '> quote', '```', '~~~',
      '    indented', '| a | b |', '|---|---|', '<!-- note -->', '<div>', '</div>', 'Text with *emphasis* and `code`.', 'AT&amp;T and \\*stars\\*',
      '===', '---', 'Lazy continuation line', '## Closed heading ##', '#NoSpace', '* * *', '- - -', '-     code in item', '1) item',
      '+ plus item', 'Quoted [...] text [sic] here.', '[a][b]', '![img](x.png)', 'See [note]', '[^1]', '- [ ] task two', '[x](y) [', '24. Numbered continuation', '1. One continuation', '[...] bracket start', '  - indented bullet', '   # indented heading', 'text ~295 km', '~~struck~~ text', '2. second', '# ', '#', '- [ ] task', '-\titem', '### Heading with trailing #s   ###  ', '- item\r', 'Carriage return line\r', '>', '  two-space indented', 'https://example.com/x.', '[a link](https://example.com)', '<script>', '</script>',
    );
    const markdown = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 30 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(markdown, (text) => {
        expect(summary(parseDocument(text, { path: 'r.md' }))).toEqual(summary(parseDocument(text, { path: 'r.md', full: true })));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a full remark-parse parse on random Markdown larger than the group limit, which it reads in pieces', () => {
    // Every line has markup, so the whole document is one group for remark-parse, cut where it can be cut exactly.
    const line = fc.constantFrom(
      'Plain *words* here', 'Text with *emphasis* and `code`', '# Heading *x*', '- item *one*', '  - nested *item*', '1. *first*', '2. *second*',
      '> quote *x*', '    indented', '- [ ] task', '| a | b |', '|---|---|', '* * *', 'Lazy *line*', 'AT&amp;T and \\*stars\\*', '+ plus *item*',
      '[a link](https://example.com)', '1) *item*', 'Setext *x*', '===', '---', '   code *in* a step', 'Letter *start*', '> - quoted *item*',
    );
    const rare = fc.constantFrom('```', '~~~', '<!-- note', 'note -->', '<div>', '</div>', '   ```', '> ```', '- ```', '<script>', '</script>', '```js');
    const lines = fc.oneof({ arbitrary: line, weight: 800 }, { arbitrary: rare, weight: 1 }, { arbitrary: fc.constant(''), weight: 250 });
    const markdown = fc.array(lines, { minLength: 6500, maxLength: 7500 }).map((each) => each.join('\n'));
    fc.assert(
      fc.property(markdown, (text) => {
        expect(summary(parseDocument(text, { path: 'r.md' }))).toEqual(summary(parseDocument(text, { path: 'r.md', full: true })));
      }),
      { numRuns: 3 },
    );
  }, 180_000);

  it('reads a table larger than the group limit row by row, as remark-parse reads the whole table', () => {
    const row = fc.constantFrom(
      '| a | b |', '| plain text | more text |', '|  | empty first |', '| one |', '| 1 | 2 | 3 |', '|z|', '| trailing |  ', '  | indented | row |',
      '| *em* | b |', '| a \\| b | c |', '| `code | x` | y |', '| [link](u) | www.example.com |', '| me@example.org | x |', '| &amp; | b |',
      '| tab\there | b |', '|---|---|', '| a |\r', '||', '| |', '| a\u00a0 | b |',
    );
    const tail = fc.constantFrom('', 'pipeless row', '> quote', '# heading', '    code', '- item', '<div>');
    const table = fc.tuple(fc.array(row, { minLength: 7000, maxLength: 8000 }), tail).map(([rows, end]) => `| h1 | h2 |\n|---|:-:|\n${rows.join('\n')}\n${end}\n\nAfter.\n`);
    fc.assert(
      fc.property(table, (text) => {
        expect(summary(parseDocument(text, { path: 't.md' }))).toEqual(summary(parseDocument(text, { path: 't.md', full: true })));
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it('gives a document with a reference definition to remark-parse whole, so references resolve', () => {
    const text = 'See [the report][r] today.\n\n[r]: https://example.com\n';
    expect(parseDocument(text, { path: 'a.md' }).blocks[0]!.text).toBe('See the report today.');
  });
});

describe('markdown nodes without positions', () => {
  it('maps autolinks that remark-gfm leaves without a position to their place, never to offset 0', () => {
    for (const text of ['Visit <span> “www.example.com”</span> today.\n', 'He said—see “www.example.com” for *details*, and more.\n', 'Mail “me@example.org” or *call*.\n']) {
      const document = parseDocument(text, { path: 'a.md' });
      for (const word of document.words()) {
        if (/^\p{L}+$/u.test(word.text)) expect(text.slice(word.range[0], word.range[1])).toBe(word.text);
      }
      expect(document.blocks[0]!.text).not.toMatch(/www|example/);
    }
  });
});

describe('deep nesting', () => {
  const wordsOf = (document: Document) => [...document.words()].map((word) => word.text);

  it('reads quotes and lists nested up to the limit as Markdown', () => {
    const text = `${'> '.repeat(MAX_NESTING)}*Deep* quote.\n\n${'- '.repeat(MAX_NESTING / 2)}Deep **item**.\n`;
    const blocks = parseDocument(text, { path: 'a.md' }).blocks;
    expect(blocks.map((block) => [block.kind, block.depth, block.text])).toEqual([
      ['quote', MAX_NESTING, 'Deep quote.'],
      ['list-item', MAX_NESTING / 2, 'Deep item.'],
    ]);
  });

  it('reads 5,000 nested quotes or list levels line by line, each word at its place in the source', () => {
    for (const [prefix, kind] of [['> ', 'quote'], ['- ', 'list-item'], ['1. ', 'list-item'], ['> - ', 'list-item']] as const) {
      const text = `Intro line here.\n\n${prefix.repeat(5000)}A typo wiht care.\nlazy line\n\nAfter it.\n`;
      const document = parseDocument(text, { path: 'a.md' });
      expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
        ['paragraph', 'Intro line here.'],
        [kind, 'A typo wiht care.'],
        ['paragraph', 'lazy line'],
        ['paragraph', 'After it.'],
      ]);
      expect(document.blocks[1]!.depth).toBe(5000 * prefix.trim().split(' ').length);
      const typo = [...document.words()].find((word) => word.text === 'wiht')!;
      expect(text.slice(typo.range[0], typo.range[1])).toBe('wiht');
    }
  });

  it('reads a list indented deeper on every line, past the limit, without parsing it as Markdown', () => {
    const text = Array.from({ length: 2 * MAX_NESTING + 20 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const document = parseDocument(text, { path: 'a.md' });
    expect(document.blocks).toHaveLength(2 * MAX_NESTING + 20);
    expect(wordsOf(document).filter((word) => word === 'item')).toHaveLength(2 * MAX_NESTING + 20);
  });
});
