// Tests the SARIF 2.1.0 report: its shape, its locations and URIs, and its validity against the OASIS schema.
import { readFileSync } from 'node:fs';
import Ajv, { type AnySchema } from 'ajv';
import { describe, expect, it } from 'vitest';
import { artifactUri, FATAL_RULE_ID, formatSarif, toSarifLog, type RuleMeta, type SarifOptions } from '../../src/report/sarif';
import type { LintResult } from '../../src/types';

const CWD = '/work/site';
const SOURCE = 'Teh cat.\r\nA 😀 wiht dog.\n';
const WIHT = SOURCE.indexOf('wiht');

const RULES: readonly RuleMeta[] = [
  { id: 'typo', description: 'Known misspellings and slips.', defaultSeverity: 'error', fixable: true, docs: 'https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md' },
  { id: 'spelling', description: 'Unknown words.', defaultSeverity: 'warn', fixable: false },
  { id: 'house-style', description: 'A plugin rule, off unless configured.', defaultSeverity: 'off', fixable: false },
];
const OPTIONS: SarifOptions = { rules: RULES, version: '0.1.0', cwd: CWD, informationUri: 'https://github.com/copydesk/copydesk#readme' };

const article: LintResult = {
  filePath: '/work/site/docs/my file#1.md',
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
        { message: 'Replace with `with`', fix: { range: [WIHT, WIHT + 4], text: 'with' } },
      ],
    },
    { ruleId: 'spelling', severity: 1, message: 'Rule "spelling" failed: boom', range: [0, 0], fatal: true },
  ],
};
const clean: LintResult = { filePath: 'docs/clean.md', source: 'Fine.\n', messages: [] };
const unreadable: LintResult = {
  filePath: '/tmp/elsewhere/x y%.md',
  source: null,
  messages: [{ ruleId: null, severity: 2, message: 'Cannot read file: EACCES', range: [0, 0], fatal: true }],
};

const validate = compileSarifSchema();

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 for errors, warnings, fixes, suggestions, fatal messages and a clean file', () => {
    const log: unknown = JSON.parse(formatSarif([article, clean, unreadable], OPTIONS));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is valid SARIF 2.1.0 for no results at all', () => {
    const log: unknown = JSON.parse(formatSarif([], { rules: [], version: '0.1.0', cwd: CWD }));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a validator that does reject a broken log', () => {
    const log = toSarifLog([article], OPTIONS);
    const run = log.runs[0];
    expect(validate({ ...log, runs: [{ ...run, columnKind: 'bytes' }] })).toBe(false);
    expect(validate({ ...log, runs: [{ ...run, artifacts: [{ location: { uri: 'a b.md' } }] }] })).toBe(false);
  });

  it('ends with a newline', () => {
    expect(formatSarif([], OPTIONS).endsWith('}\n')).toBe(true);
  });
});

describe('toSarifLog', () => {
  it('describes the tool and its rules, with levels code scanning accepts', () => {
    const driver = toSarifLog([], OPTIONS).runs[0].tool.driver;
    expect(driver.name).toBe('copydesk');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe('https://github.com/copydesk/copydesk#readme');
    expect(driver.rules[0]).toEqual({
      id: 'typo',
      shortDescription: { text: 'Known misspellings and slips.' },
      fullDescription: { text: 'Known misspellings and slips.' },
      help: { text: 'Known misspellings and slips.' },
      helpUri: 'https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md',
      defaultConfiguration: { level: 'error' },
      properties: { fixable: true, 'problem.severity': 'error' },
    });
    expect(driver.rules.map((rule) => rule.defaultConfiguration)).toEqual([
      { level: 'error' },
      { level: 'warning' },
      { level: 'note', enabled: false },
    ]);
  });

  it('links each rule that has a page to it by helpUri, and no other', () => {
    const { rules } = toSarifLog([article, unreadable], OPTIONS).runs[0].tool.driver;
    expect(rules.map((rule) => [rule.id, rule.helpUri])).toEqual([
      ['typo', 'https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md'],
      ['spelling', undefined],
      ['house-style', undefined],
      [FATAL_RULE_ID, undefined],
    ]);
  });

  it('gives every result the index of its rule', () => {
    const run = toSarifLog([article], OPTIONS).runs[0];
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
    expect(run.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['typo', 0, 'error'],
      ['spelling', 1, 'warning'],
      ['spelling', 1, 'error'],
    ]);
  });

  it('locates a result in UTF-16 columns after a CRLF line break and an emoji', () => {
    const [, spelling] = toSarifLog([article], OPTIONS).runs[0].results;
    expect(spelling?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'docs/my%20file%231.md', uriBaseId: '%SRCROOT%', index: 0 },
          region: { startLine: 2, startColumn: 6, endLine: 2, endColumn: 10, charOffset: 15, charLength: 4 },
        },
      },
    ]);
    expect(toSarifLog([], OPTIONS).runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('ends a region that takes in a line break on the line of its last character', () => {
    const result: LintResult = { filePath: 'a.md', source: 'one\r\ntwo', messages: [{ ruleId: 'typo', severity: 2, message: 'm', range: [0, 5] }] };
    const region = toSarifLog([result], OPTIONS).runs[0].results[0]?.locations[0]?.physicalLocation.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 6, charOffset: 0, charLength: 5 });
  });

  it('turns a fix and each distinct suggestion into SARIF fixes', () => {
    const [typo, spelling] = toSarifLog([article], OPTIONS).runs[0].results;
    const artifactLocation = { uri: 'docs/my%20file%231.md', uriBaseId: '%SRCROOT%', index: 0 };
    expect(typo?.fixes).toEqual([
      {
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4, charOffset: 0, charLength: 3 },
                insertedContent: { text: 'The' },
              },
            ],
          },
        ],
      },
    ]);
    expect(spelling?.fixes).toHaveLength(1);
    expect(spelling?.fixes?.[0]?.description).toEqual({ text: 'Replace with `with`' });
  });

  it('reports a fatal message without a rule id under copydesk/fatal, at line 1, column 1', () => {
    const run = toSarifLog([unreadable], OPTIONS).runs[0];
    expect(run.results).toEqual([
      {
        ruleId: FATAL_RULE_ID,
        ruleIndex: 3,
        level: 'error',
        message: { text: 'Cannot read file: EACCES' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'file:///tmp/elsewhere/x%20y%25.md', index: 0 },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, charOffset: 0, charLength: 0 },
            },
          },
        ],
      },
    ]);
    expect(run.tool.driver.rules[3]?.id).toBe('copydesk/fatal');
    expect(run.tool.driver.rules[3]?.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('adds a rule it was not told about rather than point at a missing one', () => {
    const result: LintResult = { filePath: 'a.md', source: 'x', messages: [{ ruleId: 'plugin-rule', severity: 1, message: 'm', range: [0, 1] }] };
    const run = toSarifLog([result], { ...OPTIONS, rules: [] }).runs[0];
    expect(run.results[0]?.ruleIndex).toBe(0);
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'plugin-rule', defaultConfiguration: { level: 'warning' } });
  });

  it('lists every file looked at once, clean ones included, and resolves relative URIs against the working folder', () => {
    const run = toSarifLog([article, clean, unreadable, article], OPTIONS).runs[0];
    expect(run.artifacts).toEqual([
      { location: { uri: 'docs/my%20file%231.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'docs/clean.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'file:///tmp/elsewhere/x%20y%25.md' }, roles: ['analysisTarget'] },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/site/' } });
  });

  it('gives an empty result list for no results', () => {
    const run = toSarifLog([], OPTIONS).runs[0];
    expect(run.results).toEqual([]);
    expect(run.artifacts).toEqual([]);
  });
});

describe('artifactUri', () => {
  it('writes paths under the working folder as relative URIs with forward slashes', () => {
    expect(artifactUri('docs/a.md', CWD)).toEqual({ uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
    expect(artifactUri('/work/site/docs/a.md', CWD)).toEqual({ uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
  });

  it('percent-encodes what a URI cannot hold, and a colon that would read as a scheme', () => {
    expect(artifactUri('notes/50% [draft] é?.md', CWD).uri).toBe('notes/50%25%20%5Bdraft%5D%20%C3%A9%3F.md');
    expect(artifactUri('c:notes.md', CWD).uri).toBe('c%3Anotes.md');
  });

  it('writes paths outside the working folder as absolute file URIs', () => {
    expect(artifactUri('../other/a b.md', CWD)).toEqual({ uri: 'file:///work/other/a%20b.md' });
    expect(artifactUri('/etc/x.md', CWD)).toEqual({ uri: 'file:///etc/x.md' });
  });

  it('does not take a file whose name starts with two dots for a parent folder', () => {
    expect(artifactUri('..notes.md', CWD)).toEqual({ uri: '..notes.md', uriBaseId: '%SRCROOT%' });
  });
});

/** The committed OASIS schema (draft-07), with the formats it names checked for real rather than ignored. */
function compileSarifSchema() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as AnySchema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  // RFC 3986: only these characters, anything else percent-encoded.
  const uriCharacters = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', (value) => uriCharacters.test(value));
  ajv.addFormat('uri', (value) => uriCharacters.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value));
  ajv.addFormat('date-time', (value) => !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}
