// Tests that each format name reaches its reporter.
import { describe, expect, it } from 'vitest';
import { formatResults, REPORT_FORMATS, type ReportOptions } from '../../src/report';
import { formatGithub } from '../../src/report/github';
import { formatJson } from '../../src/report/json';
import { formatSarif } from '../../src/report/sarif';
import { formatStylish } from '../../src/report/stylish';
import type { LintResult } from '../../src/types';

const results: readonly LintResult[] = [
  { filePath: '/work/site/a.md', source: 'Teh', output: 'The', messages: [{ ruleId: 'typo', severity: 2, message: 'Unexpected `Teh`', range: [0, 3] }] },
];
const options: ReportOptions = { color: false, cwd: '/work/site', rules: [], version: '0.1.0', includeOutput: false };

describe('formatResults', () => {
  it('knows the four formats of the command line', () => {
    expect(REPORT_FORMATS).toEqual(['stylish', 'json', 'sarif', 'github']);
  });

  it('hands each format to its reporter, with the options that reporter reads', () => {
    expect(formatResults('stylish', results, options)).toBe(formatStylish(results, options));
    expect(formatResults('json', results, options)).toBe(formatJson(results, { includeOutput: false }));
    expect(formatResults('sarif', results, options)).toBe(formatSarif(results, options));
    expect(formatResults('github', results, options)).toBe(formatGithub(results, options));
  });
});
