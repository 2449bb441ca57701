// Binary search over sorted numbers, shared by the rules that map an offset or a number to the run it falls in.

/** The index of the last of the first `length` sorted values that is at most `value` (0 when none is). */
export function lastAtMost(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sorted[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
