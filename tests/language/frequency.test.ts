import { describe, expect, it } from 'vitest';
import { buildFrequencyTable } from '../../scripts/data/frequency';
import { slipsOf, soundKeysOf } from '../../src/language/frequency';
import { lineTable } from '../../src/language/line-table';

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
