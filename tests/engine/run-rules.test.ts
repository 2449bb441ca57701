import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/linter';
import type { RuleEntry } from '../../src/engine/run-rules';
import type { Finding, Rule } from '../../src/types';

function ruleReturning(findings: unknown, fixable = true, id = 'test-rule'): Rule {
  return { id, description: 'test', defaultSeverity: 'error', fixable, check: () => findings as Finding[] };
}

const entry = (rule: Rule, severity: 'warn' | 'error' = 'error'): RuleEntry => ({ rule, severity, options: {} });

describe('running rules', () => {
  it('turns findings into messages with the rule id and numeric severity', () => {
    const { messages } = lintText('Hello world.', { rules: [entry(ruleReturning([{ message: 'm', range: [0, 5] }]), 'warn')] });
    expect(messages).toEqual([{ ruleId: 'test-rule', severity: 1, message: 'm', range: [0, 5] }]);
  });

  it('reports a rule that throws as a fatal message naming it, and still runs the other rules', () => {
    const throwing: Rule = { ...ruleReturning([]), id: 'broken', check: () => { throw new Error('boom'); } };
    const { messages } = lintText('Hello world.', { rules: [entry(throwing), entry(ruleReturning([{ message: 'ok', range: [0, 1] }]))] });
    expect(messages).toEqual([
      { ruleId: 'broken', severity: 2, message: 'Rule "broken" failed: boom', range: [0, 0], fatal: true },
      { ruleId: 'test-rule', severity: 2, message: 'ok', range: [0, 1] },
    ]);
  });

  it('refuses a finding whose range is malformed or outside the text, and reports it against the rule', () => {
    for (const range of [[5, 2], [0, 999], [-1, 2], ['a', 2], [0.5, 1], undefined]) {
      const { messages } = lintText('Hello.', { rules: [entry(ruleReturning([{ message: 'x', range }]))] });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: 'test-rule', fatal: true, message: expect.stringContaining('invalid finding') });
    }
  });

  it('refuses a fix from a rule not declared fixable but keeps the finding', () => {
    const rule = ruleReturning([{ message: 'x', range: [0, 1], fix: { range: [0, 1], text: 'J' } }], false);
    const result = lintText('hello.', { rules: [entry(rule)], fix: true });
    expect(result.output).toBeUndefined();
    expect(result.messages).toEqual([
      { ruleId: 'test-rule', severity: 2, message: 'Rule "test-rule" reported a fix but is not declared fixable; the fix was refused', range: [0, 0], fatal: true },
      { ruleId: 'test-rule', severity: 2, message: 'x', range: [0, 1] },
    ]);
  });

  it('reports a check that returns something other than an array', () => {
    const { messages } = lintText('Hi.', { rules: [entry(ruleReturning(null))] });
    expect(messages[0]).toMatchObject({ fatal: true, message: expect.stringContaining('must return an array') });
  });

  it('stops fixing when two fixes undo each other', () => {
    const flipping: Rule = {
      ...ruleReturning([]),
      check: (document) => [{ message: 'flip', range: [0, 1], fix: { range: [0, 1], text: document.text.startsWith('a') ? 'b' : 'a' } }],
    };
    const result = lintText('a.', { rules: [entry(flipping)], fix: true });
    expect(result.output).toBe('b.');
  });

  it('honours disable, enable and disable-next-line directives', () => {
    const text = [
      'One,two.',
      '<!-- copydesk-disable punctuation-spacing -->',
      'Three,four.',
      '<!-- copydesk-enable punctuation-spacing -->',
      'Five,six.',
      '<!-- copydesk-disable-next-line -->\nSeven,eight.',
      'Nine,ten.',
      '```',
      '<!-- copydesk-disable -->',
      '```',
      'Eleven,twelve.',
    ].join('\n\n');
    const found: string[] = [];
    const rule: Rule = {
      id: 'punctuation-spacing',
      description: 'commas',
      defaultSeverity: 'error',
      fixable: false,
      check: (document) => [...document.text.matchAll(/\w+,\w+/g)].map((m) => ({ message: m[0], range: [m.index, m.index + m[0].length] as const })),
    };
    for (const message of lintText(text, { path: 'a.md', rules: [entry(rule)] }).messages) found.push(message.message);
    expect(found).toEqual(['One,two', 'Five,six', 'Nine,ten', 'Eleven,twelve']);
  });
});

describe('directives, as ESLint reads them', () => {
  const commas: Rule = {
    id: 'punctuation-spacing',
    description: 'commas',
    defaultSeverity: 'error',
    fixable: false,
    check: (document) => [...document.text.matchAll(/\w+,\w+/g)].map((m) => ({ message: m[0], range: [m.index, m.index + m[0].length] as const })),
  };
  const found = (text: string) => lintText(text, { path: 'a.md', rules: [entry(commas)] }).messages.map((m) => m.message);

  it('turns a rule back on with a named enable after a bare disable', () => {
    expect(found('<!-- copydesk-disable -->\n\nOne,two.\n\n<!-- copydesk-enable punctuation-spacing -->\n\nThree,four.\n')).toEqual(['Three,four']);
  });

  it('ignores a directive inside inline code', () => {
    expect(found('Write `<!-- copydesk-disable -->` to switch off.\n\nOne,two.\n')).toEqual(['One,two']);
  });

  it('reads directives in plain text too', () => {
    expect(lintText('<!-- copydesk-disable-next-line -->\nOne,two.\nThree,four.\n', { path: 'a.txt', rules: [entry(commas)] }).messages.map((m) => m.message)).toEqual(['Three,four']);
  });
});
