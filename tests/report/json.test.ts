// Tests the ESLint-compatible JSON report.
import { describe, expect, it } from 'vitest';
import { countMessages, formatJson, toJsonResults } from '../../src/report/json';
import type { LintResult } from '../../src/types';

const SOURCE = 'Teh cat.\r\nA 😀 wiht dog.\n';
const WIHT = SOURCE.indexOf('wiht');

const article: LintResult = {
  filePath: '/work/docs/a.md',
  source: SOURCE,
  messages: [
    { ruleId: 'typo', severity: 2, message: 'Unexpected `Teh`, expected `The`', range: [0, 3], fix: { range: [0, 3], text: 'The' } },
    {
      ruleId: 'spelling',
      severity: 1,
      message: 'Unknown word `wiht`',
      range: [WIHT, WIHT + 4],
      suggestions: [
        { message: 'Replace with `with`', fix: { range: [WIHT, WIHT + 4], text: 'with' } },
        { message: 'Replace with `whit`', fix: { range: [WIHT, WIHT + 4], text: 'whit' } },
      ],
      actual: 'wiht',
    },
    { ruleId: 'punctuation-spacing', severity: 1, message: 'Missing space', range: [8, 10], fix: { range: [8, 8], text: ' ' } },
  ],
};

describe('toJsonResults', () => {
  it('reports 1-based lines and columns in UTF-16 units, end exclusive, across CRLF and an emoji', () => {
    const [result] = toJsonResults([article]);
    expect(result?.messages[1]).toEqual({
      ruleId: 'spelling',
      severity: 1,
      message: 'Unknown word `wiht`',
      line: 2,
      column: 6,
      endLine: 2,
      endColumn: 10,
      suggestions: [
        { desc: 'Replace with `with`', fix: { range: [WIHT, WIHT + 4], text: 'with' } },
        { desc: 'Replace with `whit`', fix: { range: [WIHT, WIHT + 4], text: 'whit' } },
      ],
    });
  });

  it('writes the fields in ESLint order and leaves out the ones a message lacks', () => {
    expect(formatJson([article])).toBe(
      '[{"filePath":"/work/docs/a.md","messages":[' +
        '{"ruleId":"typo","severity":2,"message":"Unexpected `Teh`, expected `The`","line":1,"column":1,"endLine":1,"endColumn":4,"fix":{"range":[0,3],"text":"The"}},' +
        '{"ruleId":"spelling","severity":1,"message":"Unknown word `wiht`","line":2,"column":6,"endLine":2,"endColumn":10,' +
        '"suggestions":[{"desc":"Replace with `with`","fix":{"range":[15,19],"text":"with"}},{"desc":"Replace with `whit`","fix":{"range":[15,19],"text":"whit"}}]},' +
        '{"ruleId":"punctuation-spacing","severity":1,"message":"Missing space","line":1,"column":9,"endLine":2,"endColumn":1,"fix":{"range":[8,8],"text":" "}}' +
        '],"errorCount":1,"warningCount":2,"fixableErrorCount":1,"fixableWarningCount":1,"fatalErrorCount":0}]\n',
    );
  });

  it('reports a file with no messages with zero counts', () => {
    expect(toJsonResults([{ filePath: 'b.md', source: 'Fine.\n', messages: [] }])).toEqual([
      { filePath: 'b.md', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fatalErrorCount: 0 },
    ]);
  });

  it('reports an unreadable file at line 1, column 1, as a fatal error', () => {
    const result: LintResult = {
      filePath: 'c.md',
      source: null,
      messages: [{ ruleId: null, severity: 2, message: 'Cannot read file: EACCES', range: [0, 0], fatal: true }],
    };
    expect(toJsonResults([result])).toEqual([
      {
        filePath: 'c.md',
        messages: [
          { ruleId: null, severity: 2, message: 'Cannot read file: EACCES', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        fatalErrorCount: 1,
      },
    ]);
  });

  it('places message ranges in the fixed output and includes the output, as ESLint does', () => {
    const result: LintResult = {
      filePath: 'd.md',
      source: 'teh end. the the',
      output: 'The end.\nthe',
      messages: [{ ruleId: 'capitalization', severity: 2, message: 'Capitalize', range: [9, 12] }],
    };
    const [json] = toJsonResults([result]);
    expect(json?.messages[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 4 });
    expect(json?.output).toBe('The end.\nthe');
    expect(json).not.toHaveProperty('source');
  });

  it('includes the source, and leaves out the output, only when asked', () => {
    const result: LintResult = { filePath: 'e.md', source: 'teh', output: 'the', messages: [] };
    const [json] = toJsonResults([result], { includeSource: true, includeOutput: false });
    expect(json?.source).toBe('teh');
    expect(json).not.toHaveProperty('output');
  });

  it('gives an empty array for no results', () => {
    expect(formatJson([])).toBe('[]\n');
  });
});

describe('countMessages', () => {
  it('counts a fatal message as an error whatever its severity', () => {
    expect(
      countMessages([
        { ruleId: 'spelling', severity: 1, message: 'Rule "spelling" failed', range: [0, 0], fatal: true },
        { ruleId: 'typo', severity: 2, message: 'x', range: [0, 1], fix: { range: [0, 1], text: 'y' } },
        { ruleId: 'spelling', severity: 1, message: 'z', range: [0, 1], fix: { range: [0, 1], text: 'w' } },
      ]),
    ).toEqual({ errorCount: 2, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 1, fatalErrorCount: 1 });
  });

  it('counts only a fix, not suggestions, as fixable', () => {
    expect(countMessages(article.messages.slice(1, 2))).toMatchObject({ fixableWarningCount: 0, warningCount: 1 });
  });
});
