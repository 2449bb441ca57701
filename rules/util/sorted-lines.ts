// Binary search over the lines of a sorted text: an array of line offsets is the whole index, built in one pass.

export interface SortedLines {
  /** The line whose key (the text before the first tab) equals `key`, or undefined. */
  find(key: string): string | undefined;
}

/** `text` holds one entry a line, `key` or `key<TAB>value`, sorted by key in code-unit order. */
export function sortedLines(text: string): SortedLines {
  let offsets: Int32Array | undefined;
  let count = 0;
  const index = (): Int32Array => {
    // One indexOf a line, made on the first look-up: a few milliseconds for a hundred thousand lines.
    const starts = new Int32Array(Math.max(16, text.length / 4));
    let at = 0;
    while (at < text.length) {
      starts[count++] = at;
      const newline = text.indexOf('\n', at);
      if (newline < 0) break;
      at = newline + 1;
    }
    if (count > 0 && starts[count - 1]! >= text.length) count--;
    return starts;
  };
  const compareAt = (key: string, start: number): number => {
    for (let k = 0; ; k++) {
      const x = k < key.length ? key.charCodeAt(k) : -1;
      const code = start + k < text.length ? text.charCodeAt(start + k) : 10;
      const y = code === 10 || code === 9 || code === 13 ? -1 : code;
      if (x !== y || x === -1) return x - y;
    }
  };
  return {
    find(key) {
      offsets ??= index();
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const start = offsets[middle]!;
        const order = compareAt(key, start);
        if (order === 0) {
          const newline = text.indexOf('\n', start);
          return text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, '');
        }
        if (order < 0) high = middle - 1;
        else low = middle + 1;
      }
      return undefined;
    },
  };
}
