// Tests the terminal report: layout, positions, each finding's line with carets under it, fitting the terminal's
// width, the rule pages, summary counts and colour.
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
  it('groups findings by file, aligns positions and types, shows each finding’s line with carets, and sums them up', () => {
    expect(formatStylish([article, clean, unreadable], { color: false })).toBe(
      [
        '',
        'a.md',
        '  1:1   error    Unexpected `Teh`, expected `The`  typo',
        '        Teh cat sat.',
        '        ^^^',
        '  2:8   error    Unexpected `wiht`, expected `with`  typo',
        '        It was wiht the dog 😀 and and more.',
        '               ^^^^',
        '  2:24  warning  Unexpected repeated `and`  repeated-word',
        '        It was wiht the dog 😀 and and more.',
        '                               ^^^^^^^',
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

  it('leaves the lines out with context off, and pads no message to the longest', () => {
    expect(formatStylish([article], { color: false, context: false })).toBe(
      [
        '',
        'a.md',
        '  1:1   error    Unexpected `Teh`, expected `The`  typo',
        '  2:8   error    Unexpected `wiht`, expected `with`  typo',
        '  2:24  warning  Unexpected repeated `and`  repeated-word',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  2 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('counts columns in UTF-16 units after a CRLF line break and an emoji', () => {
    const output = formatStylish([article], { color: false });
    expect(output).toContain('  2:24  warning');
  });

  it('places the carets by display width: two columns for a CJK character or an emoji (a flag, a skin tone, a family), none for a combining accent', () => {
    const text = '東京の会議で wiht が出た。\n🇯🇵👍🏽👩‍👩‍👧 then wiht.\nCafe\u0301 wiht.\n';
    const result: LintResult = {
      filePath: 'w.md',
      source: text,
      messages: [0, 1, 2].map((n) => {
        const start = text.split('wiht', n + 1).join('wiht').length;
        return { ruleId: 'typo', severity: 2, message: 'Unexpected `wiht`', range: [start, start + 4] } as Message;
      }),
    };
    expect(formatStylish([result], { color: false, context: true })).toBe(
      [
        '',
        'w.md',
        '  1:8   error  Unexpected `wiht`  typo',
        '        東京の会議で wiht が出た。',
        '                     ^^^^',
        '  2:23  error  Unexpected `wiht`  typo',
        '        🇯🇵👍🏽👩‍👩‍👧 then wiht.',
        '                    ^^^^',
        '  3:7   error  Unexpected `wiht`  typo',
        '        Cafe\u0301 wiht.',
        '             ^^^^',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('fits a long line to the width around the finding, with an ellipsis where it is cut', () => {
    const text = `${'one two three four five six seven eight nine ten '.repeat(3)}wiht ${'eleven twelve thirteen '.repeat(4)}\n`;
    const start = text.indexOf('wiht');
    const result: LintResult = { filePath: 'long.md', source: text, messages: [{ ruleId: 'typo', severity: 2, message: 'Slip', range: [start, start + 4] }] };
    const lines = formatStylish([result], { color: false, width: 50 }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      '  1:148  error  Slip  typo',
      '         …ght nine ten wiht eleven twelve thirtee…',
      '                       ^^^^',
    ]);
    // As wide as the terminal, and no wider: 9 columns of indent, 41 of the line.
    expect(lines[3]).toHaveLength(50);
  });

  it('shows the start of a finding wider than the width, marks a point with one caret, and wraps a message under itself', () => {
    const text = `Intro. ${'Share this article with your friends and family today '.repeat(2)}\nEnds and\n`;
    const wide = text.indexOf('Share');
    const point = text.indexOf('and\n') + 3;
    const result: LintResult = {
      filePath: 'chrome.md',
      source: text,
      messages: [
        { ruleId: 'boilerplate', severity: 2, message: 'Chrome', range: [wide, text.indexOf('\n')] },
        { ruleId: 'truncated-text', severity: 1, message: 'Ends mid-sentence', range: [point, point] },
      ],
    };
    expect(formatStylish([result], { color: false, width: 40 }).split('\n').slice(2, 9)).toEqual([
      '  1:8  error    Chrome  boilerplate',
      '       …Share this article with your fr…',
      '        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  2:9  warning  Ends mid-sentence',
      '                truncated-text',
      '       Ends and',
      '               ^',
    ]);
  });

  it('wraps a message longer than the width between words, each line under the message, the rule id after it where it fits', () => {
    const message = 'Unexpected breadcrumb boilerplate: “Home » Local » Marlow Bay Council Approves Harbor Tram Line …” (matches the breadcrumb pattern)';
    const result: LintResult = { filePath: 'b.md', source: 'Home » Local\n', messages: [{ ruleId: 'boilerplate', severity: 2, message, range: [0, 12] }] };
    expect(formatStylish([result], { color: false, width: 60 }).split('\n').slice(2, 8)).toEqual([
      '  1:1  error  Unexpected breadcrumb boilerplate: “Home »',
      '              Local » Marlow Bay Council Approves Harbor',
      '              Tram Line …” (matches the breadcrumb pattern)',
      '              boilerplate',
      '       Home » Local',
      '       ^^^^^^^^^^^^',
    ]);
  });

  it('shows control characters in the line and the message as their pictures, never as terminal codes', () => {
    const text = 'A \u001b[31mred\u001b[0m\tslip wiht.\n';
    const start = text.indexOf('wiht');
    const result: LintResult = { filePath: 'ctl.md', source: text, messages: [{ ruleId: 'typo', severity: 2, message: 'Bad \u001b[2J', range: [start, start + 4] }] };
    expect(formatStylish([result], { color: false }).split('\n').slice(2, 5)).toEqual([
      '  1:21  error  Bad ␛[2J  typo',
      '        A ␛[31mred␛[0m slip wiht.',
      '                            ^^^^',
    ]);
  });

  it('lists the page of each rule reported that has one, before the summary', () => {
    const rules = [
      { id: 'typo', description: '', defaultSeverity: 'error', fixable: true, docs: 'https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md' },
      { id: 'repeated-word', description: '', defaultSeverity: 'error', fixable: true, docs: 'https://github.com/copydesk/copydesk/blob/main/rules/repeated-word/README.md' },
      { id: 'spelling', description: '', defaultSeverity: 'warn', fixable: false, docs: 'https://github.com/copydesk/copydesk/blob/main/rules/spelling/README.md' },
      { id: 'house-style', description: '', defaultSeverity: 'warn', fixable: false },
    ] as const;
    const output = formatStylish([article], { color: false, context: false, rules });
    expect(output.split('\n').slice(6)).toEqual([
      'Rule pages:',
      '  repeated-word  https://github.com/copydesk/copydesk/blob/main/rules/repeated-word/README.md',
      '  typo           https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md',
      '',
      '✖ 3 problems (2 errors, 1 warning)',
      '  2 errors and 1 warning potentially fixable with the `--fix` option.',
      '',
    ]);
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
    expect(formatStylish([result], { color: false, context: false })).toBe(
      ['', 'long.md', '   1:1  error  First  typo', '  12:1  error  Second  typo', '', '✖ 2 problems (2 errors, 0 warnings)', ''].join('\n'),
    );
  });

  it('shows a fatal message as an error, even with a warning severity and no rule id, and no line under it', () => {
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
      ['', 'e.md', '  1:1  warning  Unknown word `Teh`  spelling', '       Teh end', '       ^^^', '', '✖ 1 problem (0 errors, 1 warning)', ''].join('\n'),
    );
  });

  it('returns an empty string when no file has a message', () => {
    expect(formatStylish([], { color: false })).toBe('');
    expect(formatStylish([clean], { color: true })).toBe('');
  });

  it('places lines, columns and the line shown in the fixed output when there is one', () => {
    const result: LintResult = {
      filePath: 'f.md',
      source: 'the the end. x',
      output: 'The end.\nx',
      messages: [{ ruleId: 'typo', severity: 2, message: 'Oops', range: [9, 10] }],
    };
    expect(formatStylish([result], { color: false })).toContain('  2:1  error  Oops  typo\n       x\n       ^\n');
  });

  it('colours with ANSI codes when asked, and only then', () => {
    const plain = formatStylish([article, unreadable], { color: false });
    const coloured = formatStylish([article, unreadable], { color: true });
    expect(plain).not.toMatch(/\u001b/);
    expect(coloured).toContain('\u001b[4ma.md\u001b[24m');
    expect(coloured).toContain('  \u001b[2m1:1\u001b[22m   \u001b[31merror\u001b[39m    Unexpected');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2mrepeated-word\u001b[22m');
    expect(coloured).toContain('        \u001b[31m\u001b[1mTeh\u001b[22m\u001b[39m cat sat.\n        \u001b[31m^^^\u001b[39m\n');
    expect(coloured).toContain('\u001b[31m\u001b[1m✖ 4 problems (3 errors, 1 warning)\u001b[22m\u001b[39m');
  });

  it('keeps the layout the same with colour on', () => {
    const long: LintResult = { filePath: 'l.md', source: `${'word '.repeat(40)}wiht ${'word '.repeat(40)}`, messages: [{ ruleId: 'typo', severity: 2, message: 'm', range: [200, 204] }] };
    expect(stripColour(formatStylish([article, clean, unreadable, long], { color: true }))).toBe(formatStylish([article, clean, unreadable, long], { color: false }));
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
