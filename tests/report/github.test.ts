// Tests the GitHub Actions workflow-command report: every finding in a log group, then the annotations.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github';
import type { LintResult } from '../../src/types';

const CWD = '/work/site';
const SOURCE = 'Teh cat.\r\nA 😀 wiht dog.\n';
const WIHT = SOURCE.indexOf('wiht');

/** The log group the report opens with: its title, a line a finding, its end. */
const group = (title: string, ...lines: string[]): string => `::group::copydesk: ${title}\n${lines.map((line) => `${line}\n`).join('')}::endgroup::\n`;

describe('formatGithub', () => {
  it('lists every finding in a log group, then writes one error or warning command per message, with the path relative to the working folder', () => {
    const result: LintResult = {
      filePath: '/work/site/docs/a.md',
      source: SOURCE,
      messages: [
        { ruleId: 'typo', severity: 2, message: 'Unexpected `Teh`, expected `The`', range: [0, 3] },
        { ruleId: 'spelling', severity: 1, message: 'Unknown word `wiht`', range: [WIHT, WIHT + 4] },
      ],
    };
    expect(formatGithub([result], { cwd: CWD })).toBe(
      group('2 problems (1 error, 1 warning)', 'docs/a.md:1:1: error Unexpected `Teh`, expected `The` (typo)', 'docs/a.md:2:6: warning Unknown word `wiht` (spelling)') +
        '::error file=docs/a.md,line=1,col=1,endLine=1,endColumn=4,title=copydesk(typo)::Unexpected `Teh`, expected `The`\n' +
        '::warning file=docs/a.md,line=2,col=6,endLine=2,endColumn=10,title=copydesk(spelling)::Unknown word `wiht`\n',
    );
  });

  it('resolves a relative file path against the working folder', () => {
    const result: LintResult = { filePath: 'docs/b.md', source: 'x', messages: [{ ruleId: 'typo', severity: 2, message: 'm', range: [0, 1] }] };
    expect(formatGithub([result], { cwd: CWD })).toBe(group('1 problem (1 error, 0 warnings)', 'docs/b.md:1:1: error m (typo)') + '::error file=docs/b.md,line=1,col=1,endLine=1,endColumn=2,title=copydesk(typo)::m\n');
  });

  it('escapes %, \\r and \\n in the message', () => {
    const result: LintResult = {
      filePath: 'a.md',
      source: 'x',
      messages: [{ ruleId: 'typo', severity: 2, message: '100% sure:\r\nnot, really', range: [0, 1] }],
    };
    expect(formatGithub([result], { cwd: CWD })).toBe(
      group('1 problem (1 error, 0 warnings)', 'a.md:1:1: error 100% sure: not, really (typo)') +
        '::error file=a.md,line=1,col=1,endLine=1,endColumn=2,title=copydesk(typo)::100%25 sure:%0D%0Anot, really\n',
    );
  });

  it('escapes % , : in property values', () => {
    const result: LintResult = {
      filePath: 'notes/50%,done:final.md',
      source: 'x',
      messages: [{ ruleId: 'plugin:odd,id', severity: 1, message: 'm', range: [0, 1] }],
    };
    expect(formatGithub([result], { cwd: CWD })).toBe(
      group('1 problem (0 errors, 1 warning)', 'notes/50%,done:final.md:1:1: warning m (plugin:odd,id)') +
        '::warning file=notes/50%25%2Cdone%3Afinal.md,line=1,col=1,endLine=1,endColumn=2,title=copydesk(plugin%3Aodd%2Cid)::m\n',
    );
  });

  it('leaves out columns when a range spans lines', () => {
    const text = 'one\ntwo\nthree';
    const result: LintResult = { filePath: 'a.md', source: text, messages: [{ ruleId: 'duplicate-section', severity: 2, message: 'Repeated', range: [4, 13] }] };
    expect(formatGithub([result], { cwd: CWD })).toContain('::error file=a.md,line=2,endLine=3,title=copydesk(duplicate-section)::Repeated\n');
  });

  it('keeps a range that ends with its line break on that line', () => {
    const text = 'one\ntwo\nthree';
    const result: LintResult = { filePath: 'a.md', source: text, messages: [{ ruleId: 'boilerplate', severity: 2, message: 'Chrome', range: [4, 8] }] };
    expect(formatGithub([result], { cwd: CWD })).toContain('::error file=a.md,line=2,col=1,endLine=2,endColumn=5,title=copydesk(boilerplate)::Chrome\n');
  });

  it('reports an unreadable file as an error at line 1, column 1, titled copydesk', () => {
    const result: LintResult = {
      filePath: 'c.md',
      source: null,
      messages: [{ ruleId: null, severity: 2, message: 'Cannot read file: EACCES', range: [0, 0], fatal: true }],
    };
    expect(formatGithub([result], { cwd: CWD })).toBe(
      group('1 problem (1 error, 0 warnings)', 'c.md:1:1: error Cannot read file: EACCES') + '::error file=c.md,line=1,col=1,endLine=1,endColumn=1,title=copydesk::Cannot read file: EACCES\n',
    );
  });

  it('prints nothing for no results, or files without messages', () => {
    expect(formatGithub([], { cwd: CWD })).toBe('');
    expect(formatGithub([{ filePath: 'a.md', source: 'Fine.', messages: [] }], { cwd: CWD })).toBe('');
  });
});

describe('escaping', () => {
  it('escapes % first, so an escape is never escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c%\r')).toBe('a%3Ab%2Cc%25%0D');
  });
});

describe('the annotation limit', () => {
  const messages = Array.from({ length: 25 }, (_, i) => ({ ruleId: 'typo', severity: (i % 2 === 0 ? 2 : 1) as 1 | 2, message: `m${i}`, range: [0, 1] as const }));
  const output = formatGithub([{ filePath: '/w/a.md', source: 'x', messages }], { cwd: '/w' }).trim().split('\n');

  it('prints at most ten errors and ten warnings, then one notice counting the rest', () => {
    expect(output.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(output.filter((line) => line.startsWith('::warning'))).toHaveLength(10);
    expect(output.at(-1)).toBe('::notice title=copydesk::5 more problems not shown as annotations; run copydesk locally, or use --format json, to see them all');
  });

  it('still lists every finding in the log, in a group before the annotations', () => {
    const end = output.indexOf('::endgroup::');
    expect(output[0]).toBe('::group::copydesk: 25 problems (13 errors, 12 warnings)');
    expect(output.slice(1, end)).toEqual(messages.map((message, i) => `a.md:1:1: ${i % 2 === 0 ? 'error' : 'warning'} m${i} (typo)`));
    expect(output.slice(end + 1).every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
  });

  it('names a file from ./ when its name would start a line with ::, so the log never runs it as a command', () => {
    const result: LintResult = { filePath: '/w/::error x.md', source: 'x', messages: [{ ruleId: 'typo', severity: 2, message: 'm', range: [0, 1] }] };
    expect(formatGithub([result], { cwd: '/w' }).split('\n')[1]).toBe('./::error x.md:1:1: error m (typo)');
  });
});
