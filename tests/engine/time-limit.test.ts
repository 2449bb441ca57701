import { describe, expect, it } from 'vitest';
import { TimeLimitError, withTimeLimit } from '../../src/engine/time-limit';

describe('withTimeLimit', () => {
  it('returns what the function returns, and lets what it throws through unchanged', () => {
    expect(withTimeLimit(() => [1, 2, 3], 1000)).toEqual([1, 2, 3]);
    const thrown = new RangeError('out of range');
    expect(() =>
      withTimeLimit(() => {
        throw thrown;
      }, 1000),
    ).toThrow(thrown);
  });

  it('stops a function that never returns, once the limit has passed, and can run again afterwards', () => {
    const started = Date.now();
    expect(() =>
      withTimeLimit(() => {
        for (;;) {
          // Never returns.
        }
      }, 200),
    ).toThrow(TimeLimitError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(withTimeLimit(() => 'again', 1000)).toBe('again');
  });

  it('holds the limit of the inner call when one limited call runs another', () => {
    const outer = withTimeLimit(() => {
      let stopped = false;
      try {
        withTimeLimit(() => {
          for (;;) {
            // Never returns.
          }
        }, 100);
      } catch (error) {
        stopped = error instanceof TimeLimitError;
      }
      return stopped;
    }, 5000);
    expect(outer).toBe(true);
  });
});
