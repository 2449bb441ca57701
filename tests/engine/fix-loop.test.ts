// The fix loop's later passes finish what lint reported on the text as given, and nothing else.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/apply-fixes';
import { lintText } from '../../src/engine/linter';
import { carryRanges, isWithin, reportedRanges } from '../../src/engine/reported-ranges';
import type { Finding, Rule } from '../../src/types';

/** A rule that reports every match of a pattern and fixes it to `text`. */
function replacing(id: string, pattern: RegExp, text: string): Rule {
  return {
    id,
    description: id,
    defaultSeverity: 'error',
    fixable: true,
    check: (document) =>
      [...document.text.matchAll(pattern)].map((match): Finding => {
        const range = [match.index, match.index + match[0].length] as const;
        return { message: `${match[0]} → ${text}`, range, fix: { range, text } };
      }),
  };
}

const entry = (rule: Rule) => ({ rule, severity: 'error' as const, options: {} });

describe('the fix loop', () => {
  it('applies on a later pass only the fixes within what lint reported on the text as given', () => {
    // "cat" → "dog" is reported; "dog" → "wolf" appears only once the first fix is made, at a place lint never named,
    // and at the place it did.
    const rules = [entry(replacing('one', /cat/g, 'dog')), entry(replacing('two', /dog(?= house)/g, 'wolf'))];
    const result = lintText('A cat house and a dog barn.', { format: 'text', rules, fix: true });
    expect(result.output).toBe('A wolf house and a dog barn.');
    const later = lintText('A cat sat. A bird flew.', { format: 'text', rules: [entry(replacing('one', /cat/g, 'dog')), entry(replacing('two', /(?<=dog.*)bird/g, 'crow'))], fix: true });
    expect(later.output).toBe('A dog sat. A bird flew.');
  });

  it('finishes on a later pass a fix that overlapped another in the first', () => {
    const rules = [entry(replacing('one', /ab/g, 'x')), entry(replacing('two', /bc/g, 'y'))];
    expect(lintText('abc', { format: 'text', rules, fix: true }).output).toBe('xc');
  });
});

describe('reported ranges', () => {
  it('merges touching ranges and carries them through edits', () => {
    const ranges = reportedRanges([
      { ruleId: 'a', severity: 2, message: '', range: [2, 4] },
      { ruleId: 'a', severity: 2, message: '', range: [4, 6], fix: { range: [4, 7], text: '' } },
      { ruleId: 'a', severity: 2, message: '', range: [10, 12] },
    ]);
    expect(ranges).toEqual([[2, 7], [10, 12]]);
    // Remove [0, 1) and replace [4, 7) with one letter: everything after moves back.
    const edits = applyFixes('0123456789abcdef', [{ range: [0, 1], text: '' }, { range: [4, 7], text: 'Z' }]).edits;
    expect(carryRanges(ranges, edits)).toEqual([[1, 4], [7, 9]]);
  });

  it('lets a removal reach past a range over white space only', () => {
    const text = 'One.\n\nChrome here\n\nTwo.';
    expect(isWithin([[6, 17]], { range: [6, 19], text: '' }, text)).toBe(true);
    expect(isWithin([[6, 17]], { range: [0, 19], text: '' }, text)).toBe(false);
    expect(isWithin([[6, 17]], { range: [6, 19], text: 'x' }, text)).toBe(false);
  });
});
