// Tests the one-line-a-finding report: path:line:column: severity message (rule).
import { describe, expect, it } from 'vitest';
import { formatCompact, shownPath } from '../../src/report/compact';
import type { LintResult } from '../../src/types';

const CWD = '/work/site';
const SOURCE = 'Teh cat.\r\nA 😀 wiht dog.\n';
const WIHT = SOURCE.indexOf('wiht');

describe('formatCompact', () => {
  it('writes a line a finding: the path from the working folder, 1-based line and UTF-16 column, severity, message and rule', () => {
    const results: LintResult[] = [
      {
        filePath: '/work/site/docs/a.md',
        source: SOURCE,
        messages: [
          { ruleId: 'typo', severity: 2, message: 'Unexpected “Teh”, expected “The”', range: [0, 3] },
          { ruleId: 'spelling', severity: 1, message: 'Unknown word “wiht”', range: [WIHT, WIHT + 4] },
        ],
      },
      { filePath: '/work/site/clean.md', source: 'Fine.\n', messages: [] },
      { filePath: '/elsewhere/b.txt', source: null, messages: [{ ruleId: null, severity: 2, message: 'Cannot read file: EACCES', range: [0, 0], fatal: true }] },
    ];
    expect(formatCompact(results, { cwd: CWD })).toBe(
      [
        'docs/a.md:1:1: error Unexpected “Teh”, expected “The” (typo)',
        'docs/a.md:2:6: warning Unknown word “wiht” (spelling)',
        '/elsewhere/b.txt:1:1: error Cannot read file: EACCES',
        '',
      ].join('\n'),
    );
  });

  it('keeps each finding on one line, and terminal codes out', () => {
    const result: LintResult = { filePath: 'a.md', source: 'x', messages: [{ ruleId: 'r', severity: 1, message: 'two\nlines \u001b[2J', range: [0, 1] }] };
    expect(formatCompact([result], { cwd: CWD })).toBe('a.md:1:1: warning two lines ␛[2J (r)\n');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatCompact([], { cwd: CWD })).toBe('');
    expect(formatCompact([{ filePath: 'a.md', source: 'Fine.', messages: [] }], { cwd: CWD })).toBe('');
  });
});

describe('shownPath', () => {
  it('is relative below the working folder and absolute elsewhere', () => {
    expect(shownPath('/work/site/a/b.md', CWD)).toBe('a/b.md');
    expect(shownPath('a/b.md', CWD)).toBe('a/b.md');
    expect(shownPath('/work/other/c.md', CWD)).toBe('/work/other/c.md');
    expect(shownPath('/work/site', CWD)).toBe('/work/site');
  });
});
