// Tests the terminal report: layout, positions, summary counts and colour.
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish';
import type { LintResult, Message } from '../../src/types';

const SOURCE = 'Teh cat sat.\r\nIt was wiht the dog 😀 and and more.\n';

function messageAt(text: string, found: string, rest: Omit<Message, 'range'>): Message {
  const start = text.indexOf(found);
  return { ...rest, range: [start, start + found.length] };
}

const article: LintResult = {
  filePath: 'a.md',
  source: SOURCE,
  messages: [
    messageAt(SOURCE, 'Teh', {
      ruleId: 'typo',
      severity: 2,
      message: 'Unexpected `Teh`, expected `The`',
      fix: { range: [0, 3], text: 'The' },
    }),
    messageAt(SOURCE, 'wiht', {
      ruleId: 'typo',
      severity: 2,
      message: 'Unexpected `wiht`, expected `with`',
      fix: { range: [21, 25], text: 'with' },
    }),
    messageAt(SOURCE, 'and and', {
      ruleId: 'repeated-word',
      severity: 1,
      message: 'Unexpected repeated `and`',
      fix: { range: [40, 44], text: '' },
    }),
  ],
};
const clean: LintResult = { filePath: 'b.md', source: 'All good.\n', messages: [] };
const unreadable: LintResult = {
  filePath: 'c.txt',
  source: null,
  messages: [{ ruleId: null, severity: 2, message: 'Cannot read file: EACCES', range: [0, 0], fatal: true }],
};

const stripColour = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

describe('formatStylish', () => {
  it('groups findings by file, aligns the columns and sums them up', () => {
    expect(formatStylish([article, clean, unreadable], { color: false })).toBe(
      [
        '',
        'a.md',
        '  1:1   error    Unexpected `Teh`, expected `The`    typo',
        '  2:8   error    Unexpected `wiht`, expected `with`  typo',
        '  2:24  warning  Unexpected repeated `and`           repeated-word',
        '',
        'c.txt',
        '  1:1  error  Cannot read file: EACCES',
        '',
        '✖ 4 problems (3 errors, 1 warning)',
        '  2 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('counts columns in UTF-16 units after a CRLF line break and an emoji', () => {
    const output = formatStylish([article], { color: false });
    expect(output).toContain('  2:24  warning');
  });

  it('right-aligns line numbers of different widths', () => {
    const text = `${'x\n'.repeat(11)}oops`;
    const result: LintResult = {
      filePath: 'long.md',
      source: text,
      messages: [
        { ruleId: 'typo', severity: 2, message: 'First', range: [0, 1] },
        { ruleId: 'typo', severity: 2, message: 'Second', range: [22, 26] },
      ],
    };
    expect(formatStylish([result], { color: false })).toBe(
      ['', 'long.md', '   1:1  error  First   typo', '  12:1  error  Second  typo', '', '✖ 2 problems (2 errors, 0 warnings)', ''].join('\n'),
    );
  });

  it('shows a fatal message as an error, even with a warning severity and no rule id', () => {
    const result: LintResult = {
      filePath: 'd.md',
      source: 'text',
      messages: [{ ruleId: null, severity: 1, message: 'Invalid UTF-8', range: [0, 0], fatal: true }],
    };
    expect(formatStylish([result], { color: false })).toBe(
      ['', 'd.md', '  1:1  error  Invalid UTF-8', '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'),
    );
  });

  it('leaves out the fixable line when nothing can be fixed', () => {
    const result: LintResult = {
      filePath: 'e.md',
      source: 'Teh end',
      messages: [{ ruleId: 'spelling', severity: 1, message: 'Unknown word `Teh`', range: [0, 3] }],
    };
    expect(formatStylish([result], { color: false })).toBe(
      ['', 'e.md', '  1:1  warning  Unknown word `Teh`  spelling', '', '✖ 1 problem (0 errors, 1 warning)', ''].join('\n'),
    );
  });

  it('returns an empty string when no file has a message', () => {
    expect(formatStylish([], { color: false })).toBe('');
    expect(formatStylish([clean], { color: true })).toBe('');
  });

  it('places lines and columns in the fixed output when there is one', () => {
    const result: LintResult = {
      filePath: 'f.md',
      source: 'the the end. x',
      output: 'The end.\nx',
      messages: [{ ruleId: 'typo', severity: 2, message: 'Oops', range: [9, 10] }],
    };
    expect(formatStylish([result], { color: false })).toContain('  2:1  error  Oops  typo');
  });

  it('colours with ANSI codes when asked, and only then', () => {
    const plain = formatStylish([article, unreadable], { color: false });
    const coloured = formatStylish([article, unreadable], { color: true });
    expect(plain).not.toMatch(/\u001b/);
    expect(coloured).toContain('\u001b[4ma.md\u001b[24m');
    expect(coloured).toContain('  \u001b[2m1:1\u001b[22m   \u001b[31merror\u001b[39m    Unexpected');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2mrepeated-word\u001b[22m');
    expect(coloured).toContain('\u001b[31m\u001b[1m✖ 4 problems (3 errors, 1 warning)\u001b[22m\u001b[39m');
  });

  it('keeps the layout the same with colour on', () => {
    expect(stripColour(formatStylish([article, clean, unreadable], { color: true }))).toBe(
      formatStylish([article, clean, unreadable], { color: false }),
    );
  });

  it('writes the summary in yellow when there are only warnings', () => {
    const result: LintResult = {
      filePath: 'g.md',
      source: 'abc',
      messages: [{ ruleId: 'spelling', severity: 1, message: 'Unknown word', range: [0, 3] }],
    };
    expect(formatStylish([result], { color: true })).toContain('\u001b[33m\u001b[1m✖ 1 problem (0 errors, 1 warning)');
  });
});
