import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedLines } from '../../src/language/sorted-lines';

const bytesOf = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('searching a sorted list of lines by halving', () => {
  it('finds exactly the keys present, with their values, wherever they stand', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-zA-Z]{1,8}$/), { maxLength: 60 }),
        fc.array(fc.stringMatching(/^[a-zA-Z]{0,9}$/), { maxLength: 20 }),
        (keys, probes) => {
          const sorted = [...keys].sort(byCodeUnit);
          const lines = sortedLines(bytesOf(sorted.map((key, i) => (i % 3 === 0 ? key : `${key}\tv${i}`)).join('\n') + '\n'));
          for (const key of [...keys, ...probes]) {
            const i = sorted.indexOf(key);
            expect(lines.find(key)).toBe(i < 0 ? undefined : i % 3 === 0 ? '' : `v${i}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not take a prefix or an extension of a key for the key', () => {
    const lines = sortedLines(bytesOf('ca\ncat\tus\ncats\n'));
    expect(lines.find('cat')).toBe('us');
    expect(lines.find('cats')).toBe('');
    expect(lines.find('ca')).toBe('');
    expect(lines.find('c')).toBeUndefined();
    expect(lines.find('catsup')).toBeUndefined();
  });

  it('finds nothing in an empty list, for an empty key or for a key with letters outside ASCII', () => {
    expect(sortedLines(bytesOf('')).find('a')).toBeUndefined();
    expect(sortedLines(bytesOf('a\n')).find('')).toBeUndefined();
    expect(sortedLines(bytesOf('caf\n')).find('café')).toBeUndefined();
  });
});
