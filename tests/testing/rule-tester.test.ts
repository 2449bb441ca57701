import { describe, expect, it } from 'vitest';
import rule from '../../rules/repeated-word/rule';
import { RuleTester, verifyInvalid, verifyValid } from '../../src/testing/rule-tester';
import type { Rule } from '../../src/types';

describe('the rule tester', () => {
  it('fails a valid case that the rule flags', () => {
    expect(verifyValid(rule, { text: 'the the' })).toHaveLength(1);
  });

  it('fails an invalid case with the wrong count, message, range or output', () => {
    expect(verifyInvalid(rule, { text: 'the the', errors: 2, output: 'the' })).toHaveLength(1);
    expect(verifyInvalid(rule, { text: 'the the', errors: ['Wrong message'], output: 'the' })).toHaveLength(1);
    expect(verifyInvalid(rule, { text: 'the the', errors: [{ text: 'the the' }], output: 'the' })).toHaveLength(1);
    expect(verifyInvalid(rule, { text: 'the the', errors: 1, output: 'the the' })).toHaveLength(1);
    expect(verifyInvalid(rule, { text: 'the the', errors: 1, output: 'the' })).toEqual([]);
  });

  it('fails a fix that is not idempotent', () => {
    const growing: Rule = {
      id: 'growing',
      description: 'always adds a letter',
      defaultSeverity: 'error',
      fixable: true,
      check: () => [{ message: 'more', range: [0, 0], fix: { range: [0, 0], text: 'x' } }],
    };
    // The fix loop stops after 10 passes; fixing that output again grows it further.
    const problems = verifyInvalid(growing, { text: 'a', errors: 1, output: `${'x'.repeat(10)}a` });
    expect(problems).toEqual([expect.stringContaining('not idempotent')]);
  });

  it('throws on the first failure when no test runner is given', () => {
    expect(() => RuleTester.run(rule, { valid: ['the the'], invalid: [] }, {})).toThrow(/expected no findings/);
  });

  describe('a rule with prepare()', () => {
    const banned = (prepare: (options: Record<string, unknown>) => unknown): Rule => {
      let word = '';
      return {
        id: 'banned',
        description: 'a word the options name',
        defaultSeverity: 'error',
        fixable: false,
        prepare: (async (options: Record<string, unknown>) => {
          await prepare(options);
          word = String(options.word ?? 'zeppelin');
        }) as Rule['prepare'],
        check: (document) => (word && document.text.includes(word) ? [{ message: `Banned ${word}`, range: [0, 1] }] : []),
      };
    };

    it('is prepared with each case’s options before the case runs, and the run resolves', async () => {
      const cases = { valid: ['A blimp.', { text: 'A zeppelin.', options: { word: 'airship' } }], invalid: [{ text: 'An airship.', options: { word: 'airship' }, errors: ['Banned airship'] }] };
      await expect(RuleTester.run(banned(() => new Promise((resolve) => setTimeout(resolve, 5))), cases, {})).resolves.toBeUndefined();
    });

    it('rejects on the first failure when no test runner is given', async () => {
      await expect(RuleTester.run(banned(async () => undefined), { valid: ['A zeppelin.'], invalid: [] }, {})).rejects.toThrow(/expected no findings/);
    });

    it('accepts a prepare() that returns nothing', async () => {
      const plain: Rule = { id: 'plain', description: 'x', defaultSeverity: 'warn', fixable: false, prepare: (() => undefined) as unknown as Rule['prepare'], check: () => [] };
      await expect(RuleTester.run(plain, { valid: ['Fine.'], invalid: [] }, {})).resolves.toBeUndefined();
    });
  });
});
