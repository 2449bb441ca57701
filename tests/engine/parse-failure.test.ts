// A parser that fails on one article: that article's fatal message, never the run's failure; and a parser that
// runs out of stack on a piece: that piece read line by line.
import { beforeAll, describe, expect, it, vi } from 'vitest';

let lintText: typeof import('../../src/engine/linter').lintText;
let parseDocument: typeof import('../../src/parse/document').parseDocument;

beforeAll(async () => {
  // A module graph of its own, with a remark-parse that fails on the words it is told to.
  vi.doMock('../../src/parse/remark', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/parse/remark')>();
    return {
      parseMarkdownTree: (source: string) => {
        if (source.includes('FAILS')) throw new TypeError('cannot read properties of undefined');
        if (source.includes('OVERFLOWS')) throw new RangeError('Maximum call stack size exceeded');
        return real.parseMarkdownTree(source);
      },
    };
  });
  vi.resetModules();
  const document = await import('../../src/parse/document');
  await document.loadParsers('markdown');
  parseDocument = document.parseDocument;
  ({ lintText } = await import('../../src/engine/linter'));
});

const fixing = {
  rule: {
    id: 'typo',
    description: 'typo',
    defaultSeverity: 'error' as const,
    fixable: true,
    check: (document: { text: string }) => {
      const at = document.text.indexOf('teh');
      return at < 0 ? [] : [{ message: 'Unexpected “teh”', range: [at, at + 3] as const, fix: { range: [at, at + 3] as const, text: 'the' } }];
    },
  },
  severity: 'error' as const,
  options: {},
};

describe('a parser failure', () => {
  it('is the file’s one fatal message, naming the file and the reason, and the file is not fixed', () => {
    const result = lintText('# Title *x*\n\nteh text FAILS *here*.\n', { path: 'drafts/story.md', rules: [fixing], fix: true });
    expect(result.output).toBeUndefined();
    expect(result.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        message: 'story.md could not be parsed (cannot read properties of undefined); it was not checked; no fixes were applied to this file',
        range: [0, 0],
        fatal: true,
      },
    ]);
  });

  it('leaves the next article to be parsed and fixed as usual', () => {
    expect(lintText('teh text *here*.\n', { path: 'other.md', rules: [fixing], fix: true }).output).toBe('the text *here*.\n');
  });

  it('that is a stack overflow reads what remark-parse was given line by line, as it stands', () => {
    const text = 'Intro.\n\n> OVERFLOWS *a*\n> second line *b*\n\nAfter.\n';
    const document = parseDocument(text, { path: 'a.md' });
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Intro.'],
      ['quote', 'OVERFLOWS *a*'],
      ['quote', 'second line *b*'],
      ['paragraph', 'After.'],
    ]);
    const word = [...document.words()].find((each) => each.text === 'second')!;
    expect(text.slice(word.range[0], word.range[1])).toBe('second');
  });
});
