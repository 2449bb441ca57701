// A sorted list of ASCII lines searched in place, as bytes, by halving: a large table that costs a file read to load, with no string made of it and no index beside it.
import fs from 'node:fs';

const TAB = 9;
const LINE_FEED = 10;

export interface SortedLines {
  /** The text after the tab of the line whose key (the text before the first tab, or the whole line) is `key`: '' for a line with no tab; undefined when there is none. */
  find(key: string): string | undefined;
}

/**
 * Compares `key` (ASCII) with the key of the line starting at `start`: negative when the key sorts first, 0 when
 * equal. Lines are sorted by key in code unit order, which is byte order for ASCII.
 */
function compareAt(bytes: Uint8Array, start: number, key: string): number {
  let at = start;
  for (let i = 0; i < key.length; i++, at++) {
    const byte = at < bytes.length && bytes[at] !== LINE_FEED && bytes[at] !== TAB ? bytes[at]! : -1;
    const difference = key.charCodeAt(i) - byte;
    if (difference !== 0) return difference;
  }
  return at < bytes.length && bytes[at] !== LINE_FEED && bytes[at] !== TAB ? -1 : 0;
}

/** A table over `bytes`: lines `key` or `key<TAB>value`, ASCII, sorted by key, ending in a line feed. */
export function sortedLines(bytes: Uint8Array): SortedLines {
  const lineStart = (at: number): number => {
    let start = at;
    while (start > 0 && bytes[start - 1] !== LINE_FEED) start--;
    return start;
  };
  return {
    find(key) {
      if (key.length === 0 || /[^\x00-\x7f]/.test(key)) return undefined;
      let low = 0;
      let high = bytes.length;
      // Invariant: the line sought, if any, starts within [low, high).
      while (low < high) {
        const start = lineStart((low + high) >>> 1);
        const order = compareAt(bytes, start, key);
        if (order === 0) {
          const tab = start + key.length;
          if (bytes[tab] !== TAB) return '';
          const end = bytes.indexOf(LINE_FEED, tab);
          return Buffer.from(bytes.buffer, bytes.byteOffset + tab + 1, (end < 0 ? bytes.length : end) - tab - 1).toString('latin1');
        }
        if (order < 0) high = start;
        else {
          const end = bytes.indexOf(LINE_FEED, start);
          low = end < 0 ? bytes.length : end + 1;
        }
      }
      return undefined;
    },
  };
}

export function readSortedLines(file: string): SortedLines {
  return sortedLines(fs.readFileSync(file));
}
