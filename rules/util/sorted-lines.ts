// Binary search over the lines of a sorted text, in place: no index to build, so loading a word list costs a file read.

export interface SortedLines {
  /** The line whose key (the text before the first tab) equals `key`, or undefined. */
  find(key: string): string | undefined;
}

/** How many look-ups a text answers in place before it is indexed. */
const INDEX_AFTER = 10000;

/** `text` holds one entry a line, `key` or `key<TAB>value`, sorted by key in code-unit order. */
export function sortedLines(text: string): SortedLines {
  const compareAt = (key: string, start: number): number => {
    for (let k = 0; ; k++) {
      const x = k < key.length ? key.charCodeAt(k) : -1;
      const code = start + k < text.length ? text.charCodeAt(start + k) : 10;
      const y = code === 10 || code === 9 || code === 13 ? -1 : code;
      if (x !== y || x === -1) return x - y;
    }
  };
  // Searching in place needs no set-up, which suits a short run; a long one (many distinct words) is faster with
  // a hash table, so after enough look-ups the lines are indexed once.
  let lookups = 0;
  let index: Map<string, string> | undefined;
  const buildIndex = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const line of text.split('\n')) {
      const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
      const tab = clean.indexOf('\t');
      if (clean.length > 0) map.set(tab < 0 ? clean : clean.slice(0, tab), clean);
    }
    return map;
  };
  return {
    find(key) {
      if (index) return index.get(key);
      if (++lookups > INDEX_AFTER) {
        index = buildIndex();
        return index.get(key);
      }
      let low = 0;
      let high = text.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        const start = text.lastIndexOf('\n', middle - 1) + 1;
        if (start >= high) {
          high = start - 1;
          continue;
        }
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const order = compareAt(key, start);
        if (order === 0) return text.slice(start, end).replace(/\r$/, '');
        if (order < 0) high = start - 1 < low ? low : start - 1;
        else low = end + 1;
        if (start === 0 && order < 0) return undefined;
      }
      return undefined;
    },
  };
}
