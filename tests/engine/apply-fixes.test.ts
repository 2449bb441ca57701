import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/apply-fixes';

describe('applying fixes', () => {
  it('applies fixes front to back whatever order they come in', () => {
    const result = applyFixes('a,b.c', [
      { range: [4, 4], text: ' ' },
      { range: [2, 2], text: ' ' },
    ]);
    expect(result).toEqual({ text: 'a, b. c', applied: 2, skipped: 0, edits: [{ range: [2, 2], text: ' ' }, { range: [4, 4], text: ' ' }] });
  });

  it('applies separate fixes in one pass', () => {
    expect(applyFixes('one,two,three', [{ range: [4, 4], text: ' ' }, { range: [8, 8], text: ' ' }]).text).toBe('one, two, three');
  });

  it('leaves an overlapping or touching fix for the next pass', () => {
    const result = applyFixes('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [3, 3], text: 'Z' },
    ]);
    expect(result).toEqual({ text: 'aXdef', applied: 1, skipped: 2, edits: [{ range: [1, 3], text: 'X' }] });
  });

  it('applies two touching fixes that each replace text, as their order cannot matter', () => {
    // A duplicate block's removal and the chrome block's removal right after it: both go in one pass.
    const result = applyFixes('keep COPY CHROME keep', [{ range: [5, 10], text: '' }, { range: [10, 17], text: '' }]);
    expect(result.text).toBe('keep keep');
    expect(result.applied).toBe(2);
    // An insertion at the point where another edit ends waits: "ab" + "X" or "X" + "b"?
    expect(applyFixes('abc', [{ range: [0, 1], text: 'A' }, { range: [1, 1], text: 'X' }])).toMatchObject({ text: 'Abc', applied: 1, skipped: 1 });
    expect(applyFixes('abc', [{ range: [1, 1], text: 'X' }, { range: [1, 2], text: 'B' }])).toMatchObject({ text: 'aXbc', applied: 1, skipped: 1 });
  });

  it('returns the same string when there is nothing to apply', () => {
    const text = 'unchanged';
    expect(applyFixes(text, []).text).toBe(text);
  });
});
