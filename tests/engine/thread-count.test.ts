import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/api';

describe('how many threads a run uses', () => {
  it('uses one thread unless asked for more', () => {
    expect(threadCount(undefined, 5000)).toBe(1);
    expect(threadCount(1, 5000)).toBe(1);
  });

  it('gives the threads asked for while each gets at least 8 files', () => {
    expect(threadCount(2, 200)).toBe(2);
    expect(threadCount(4, 20)).toBe(2);
    expect(threadCount(2, 15)).toBe(1);
    expect(threadCount(3, 0)).toBe(1);
  });

  it('with auto, adds a thread for each 500 files, up to one a core', () => {
    expect(threadCount('auto', 200)).toBe(1);
    expect(threadCount('auto', 999)).toBe(Math.min(availableParallelism(), 1));
    expect(threadCount('auto', 1000)).toBe(Math.min(availableParallelism(), 2));
    expect(threadCount('auto', 100000)).toBe(availableParallelism());
  });
});
