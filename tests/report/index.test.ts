// Tests that each format name reaches its reporter.
import { describe, expect, it } from 'vitest';
import { formatResults, REPORT_FORMATS, type ReportOptions } from '../../src/report';
import { formatCompact } from '../../src/report/compact';
import { formatGithub } from '../../src/report/github';
import { formatJson, formatJsonLines } from '../../src/report/json';
import { formatSarif } from '../../src/report/sarif';
import { formatStylish } from '../../src/report/stylish';
import type { LintResult } from '../../src/types';

const results: readonly LintResult[] = [
  { filePath: '/work/site/a.md', source: 'Teh', output: 'The', messages: [{ ruleId: 'typo', severity: 2, message: 'Unexpected `Teh`', range: [0, 3] }] },
];
const options: ReportOptions = { color: false, cwd: '/work/site', rules: [], version: '0.1.0', includeOutput: false };

describe('formatResults', () => {
  it('knows the seven formats of the command line (html is written by formatHtml, loaded only for it)', () => {
    expect(REPORT_FORMATS).toEqual(['stylish', 'compact', 'json', 'jsonl', 'sarif', 'github', 'html']);
  });

  it('hands each format to its reporter, with the options that reporter reads', () => {
    expect(formatResults('stylish', results, options)).toBe(formatStylish(results, options));
    expect(formatResults('compact', results, options)).toBe(formatCompact(results, options));
    expect(formatResults('compact', results, options)).toBe('a.md:1:1: error Unexpected `Teh` (typo)\n');
    expect(formatResults('json', results, options)).toBe(formatJson(results, { includeOutput: false }));
    expect(formatResults('jsonl', results, options)).toBe(formatJsonLines(results, { includeOutput: false }));
    expect(formatResults('sarif', results, options)).toBe(formatSarif(results, options));
    expect(formatResults('github', results, options)).toBe(formatGithub(results, options));
  });
});

describe('formatJsonLines', () => {
  it('writes each entry of the JSON array on a line of its own', () => {
    const lines = formatJsonLines(results, options).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(formatJson(results, options)));
    expect(formatJsonLines([], options)).toBe('');
  });
});
