import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFrequencies, soundKeysOf } from '../../src/language';
import { nearWords, scoreOf, substitutionCost, weightedDistance } from './near-words';

describe('weightedDistance', () => {
  it('weighs the likely slips below a plain edit', () => {
    expect(weightedDistance('wrod', 'word', 5)).toBeCloseTo(0.6);
    expect(weightedDistance('comitee', 'committee', 5)).toBeCloseTo(1);
    expect(weightedDistance('partey', 'party', 5)).toBeCloseTo(1);
    expect(weightedDistance('bat', 'bet', 5)).toBeCloseTo(0.6);
    expect(weightedDistance('cat', 'car', 5)).toBeCloseTo(0.7);
    expect(weightedDistance('cat', 'cap', 5)).toBeCloseTo(1);
    expect(weightedDistance('word', 'word', 5)).toBe(0);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['exsperence', 'experience'], ['haned', 'honed'], ['goverbmint', 'government']] as const) {
      expect(weightedDistance(a, b, 5)).toBeCloseTo(weightedDistance(b, a, 5));
    }
  });

  it('gives what the full table of weighted edits gives, for any words and limit', () => {
    // The plain statement of the distance: every cell of the table, each cost worked out from the letters.
    const gap = (word: string, at: number): number => (word[at] === word[at - 1] || word[at] === word[at + 1] ? 0.5 : 1);
    const reference = (a: string, b: string, limit: number): number => {
      const d = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let j = 1; j <= b.length; j++) d[0]![j] = d[0]![j - 1]! + gap(b, j - 1);
      for (let i = 1; i <= a.length; i++) {
        d[i]![0] = d[i - 1]![0]! + gap(a, i - 1);
        for (let j = 1; j <= b.length; j++) {
          let cost = Math.min(d[i - 1]![j]! + gap(a, i - 1), d[i]![j - 1]! + gap(b, j - 1), d[i - 1]![j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) cost = Math.min(cost, d[i - 2]![j - 2]! + 0.6);
          d[i]![j] = cost;
        }
        if (Math.min(...d[i]!) > limit) return Infinity;
      }
      return d[a.length]![b.length]! > limit ? Infinity : d[a.length]![b.length]!;
    };
    const word = fc.array(fc.constantFrom('a', 'e', 's', 'd', 't', 'r', 'o', 'E', "'", 'é', 'ß'), { maxLength: 12 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(word, word, fc.constantFrom(0.5, 1, 1.5, 2, 5), (a, b, limit) => {
        expect(weightedDistance(a, b, limit)).toBe(reference(a, b, limit));
      }),
      { numRuns: 3000 },
    );
    expect(weightedDistance('a'.repeat(70), 'a'.repeat(69) + 'b', 5)).toBe(reference('a'.repeat(70), 'a'.repeat(69) + 'b', 5));
  });

  it('gives Infinity once the cost must pass the limit', () => {
    expect(weightedDistance('exsperence', 'experience', 2)).toBeCloseTo(2);
    expect(weightedDistance('exsperence', 'experience', 1.9)).toBe(Infinity);
    expect(weightedDistance('abc', 'xyzuvw', 1)).toBe(Infinity);
  });
});

describe('loadFrequencies', () => {
  const frequencies = loadFrequencies();

  it('ranks common words above rare ones, and unknown words last', () => {
    expect(frequencies.rank('the')).toBeLessThan(5);
    expect(frequencies.rank('party')).toBeLessThan(frequencies.rank('parley'));
    expect(frequencies.rank('glorpex')).toBe(Infinity);
  });

  it('lists the words of a first letter and length, most frequent first, within a limit', () => {
    const words = frequencies.wordsOf('p', 5, 1000);
    expect(words).toContain('party');
    expect(words).not.toContain('parley');
    expect(words.every((word) => word.length === 5 && word.startsWith('p') && frequencies.rank(word) <= 1000)).toBe(true);
    const ranks = words.map((word) => frequencies.rank(word));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('gives, for every limit, exactly the group’s words within it, however the limits come', () => {
    const all = frequencies.wordsOf('s', 7, Infinity);
    for (const limit of [30000, 10, 1000, 0, 30000, 5000, 10]) {
      expect(frequencies.wordsOf('s', 7, limit)).toEqual(all.filter((word) => frequencies.rank(word) <= limit));
    }
  });

  it('finds words that sound alike and names a slip could be', () => {
    expect(frequencies.soundingLike(soundKeysOf('judgmnet'))).toContain('judgment');
    expect(frequencies.namesSlippedAs('Londno')).toEqual(['London']);
    expect(frequencies.namesSlippedAs('Febuary')).toEqual(['February']);
    expect(frequencies.namesSlippedAs('Glorpex')).toEqual([]);
  });

  it('finds common words two edits away, the nearer and commoner first', () => {
    const found = nearWords(frequencies, 'goverbmint', 1.5, 30000);
    expect(found[0]).toMatchObject({ word: 'government' });
    expect(found.map(scoreOf)).toEqual([...found.map(scoreOf)].sort((a, b) => a - b));
    expect(nearWords(frequencies, 'glorpex', 1.5, 30000)).toEqual([]);
  });

  it('finds every word of its letters and lengths within the cost, as comparing each one would', () => {
    const letters = 'aeiorstnlcdpmgbu';
    const word = fc.array(fc.constantFrom(...letters), { minLength: 4, maxLength: 9 }).map((chosen) => chosen.join(''));
    fc.assert(
      fc.property(word, fc.constantFrom(1, 1.5, 2), (slip, maxCost) => {
        const expected: string[] = [];
        const initials = new Set([slip[0]!, slip[1]!]);
        for (const initial of initials) {
          for (let length = slip.length - 2; length <= slip.length + 2; length++) {
            for (const other of frequencies.wordsOf(initial, length, 30000)) if (other !== slip && weightedDistance(slip, other, maxCost) !== Infinity) expected.push(other);
          }
        }
        expect(nearWords(frequencies, slip, maxCost, 30000).map((candidate) => candidate.word).sort()).toEqual(expected.sort());
      }),
      { numRuns: 150 },
    );
  });
});
