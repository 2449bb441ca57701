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

  it('returns the same string when there is nothing to apply', () => {
    const text = 'unchanged';
    expect(applyFixes(text, []).text).toBe(text);
  });
});
