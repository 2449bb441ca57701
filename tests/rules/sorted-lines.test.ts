import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedLines } from '../../rules/util/sorted-lines';

describe('searching sorted lines in place', () => {
  it('finds exactly the keys present, with their values', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z']{1,8}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[a-z']{1,8}$/), { maxLength: 20 }), (keys, probes) => {
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const lines = sortedLines(sorted.map((key) => `${key}\tv-${key}`).join('\n') + '\n');
        for (const key of [...keys, ...probes]) expect(lines.find(key)).toBe(keys.includes(key) ? `${key}\tv-${key}` : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answers on a long list, asked many times', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${String(i).padStart(5, '0')}`);
    const lines = sortedLines(keys.map((key) => `${key}\t${key.toUpperCase()}`).join('\n') + '\n');
    for (let round = 0; round < 3; round++) {
      for (const key of keys) expect(lines.find(key)).toBe(`${key}\t${key.toUpperCase()}`);
      expect(lines.find('missing')).toBeUndefined();
    }
  });

  it('handles a text without a final newline and lines without values', () => {
    const lines = sortedLines('apple\nbanana\ncherry');
    expect(lines.find('banana')).toBe('banana');
    expect(lines.find('cherry')).toBe('cherry');
    expect(lines.find('date')).toBeUndefined();
    expect(sortedLines('').find('x')).toBeUndefined();
  });
});
