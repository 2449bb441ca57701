import { describe, expect, it } from 'vitest';
import { wordFrequencies } from '../../rules/spelling';
import { buildFrequencyTable, nearWords, scoreOf, slipsOf, soundKeysOf, weightedDistance } from '../../rules/util/word-frequency';
import { lineTable } from '../../rules/util/line-table';

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

  it('gives Infinity once the cost must pass the limit', () => {
    expect(weightedDistance('exsperence', 'experience', 2)).toBeCloseTo(2);
    expect(weightedDistance('exsperence', 'experience', 1.9)).toBe(Infinity);
    expect(weightedDistance('abc', 'xyzuvw', 1)).toBe(Infinity);
  });
});

describe('slipsOf', () => {
  it('swaps and drops letters after the first, but never one letter of a double', () => {
    expect(slipsOf('Anna')).toEqual(['Anan', 'Ann']);
    expect(slipsOf('London')).toContain('Londno');
    expect(slipsOf('January')).toContain('Janury');
    expect(slipsOf('Matthew')).not.toContain('Mathew');
    expect(slipsOf('London')).not.toContain('ondon');
  });
});

describe('the frequency table', () => {
  const table = lineTable(buildFrequencyTable(['the', 'of', 'London', 'take', 'took', 'Anna', 'party', 'parley']));
  it('keeps rank, groups, sounds and name slips', () => {
    expect(table.find('the')).toBe('the\t1');
    expect(table.find('#p5')).toBe('#p5\tparty');
    expect(table.find('!Londno')).toBe('!Londno\tLondon');
    expect(table.find('!Ann')).toBe('!Ann\tAnna');
    expect(table.find(`%${soundKeysOf('take')[0]}`)).toBe('%TK\ttake took');
  });
});

describe('loadFrequencies', () => {
  const frequencies = wordFrequencies();

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
});
