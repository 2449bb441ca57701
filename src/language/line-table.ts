// A table of lines looked up by a hash of each line's key: the word lists' look-up, one probe or two a word.
import { isAscii } from 'node:buffer';
import fs from 'node:fs';

export interface LineTable {
  /** The line whose key (the text before the first tab) equals `key`, or undefined. The first such line wins. */
  find(key: string): string | undefined;
  /** Whether some line has `key` for its key. */
  has(key: string): boolean;
}

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
/** Marks an index file made for this layout and this byte order ("cdx2"); another value means build it anew. */
const MAGIC = 0x32786463;
/** The index's header: MAGIC, the text's length in code units, the number of slots, the text's fingerprint. */
const HEADER = 4;
/** How many code units of the text the fingerprint samples: enough to tell a list rewritten to the same length. */
const SAMPLES = 4096;

/** A hash of evenly spaced code units of the text: far cheaper than hashing it all, and nearly as telling. */
function fingerprint(text: string): number {
  const step = Math.max(1, Math.floor(text.length / SAMPLES));
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += step) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash | 0;
}

const isKeyEnd = (code: number): boolean => code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN;

function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

/**
 * The index of `text`: an open-addressing table of line offsets plus one (zero marks a free slot), hashed by
 * each line's key (FNV-1a over UTF-16 code units), at most half full. The build writes it beside the list, so
 * that a run reads it rather than hashing a hundred thousand lines.
 */
export function buildLineIndex(text: string): Int32Array {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  let size = 16;
  while (size < (lines + 1) * 2) size *= 2;
  const index = new Int32Array(HEADER + size);
  index.set([MAGIC, text.length, size, fingerprint(text)]);
  const mask = size - 1;
  let start = 0;
  while (start < text.length) {
    let hash = 0x811c9dc5;
    let end = start;
    for (; end < text.length && !isKeyEnd(text.charCodeAt(end)); end++) hash = Math.imul(hash ^ text.charCodeAt(end), 0x01000193);
    if (end > start) {
      const key = text.slice(start, end);
      let slot = (hash >>> 0) & mask;
      while (index[HEADER + slot] !== 0 && !keyMatches(text, key, index[HEADER + slot]! - 1)) slot = (slot + 1) & mask;
      if (index[HEADER + slot] === 0) index[HEADER + slot] = start + 1;
    }
    const newline = text.indexOf('\n', end);
    start = newline < 0 ? text.length : newline + 1;
  }
  return index;
}

/** Whether the line at `start` has exactly `key` for its key. */
function keyMatches(text: string, key: string, start: number): boolean {
  if (!text.startsWith(key, start)) return false;
  const after = start + key.length;
  return after === text.length || isKeyEnd(text.charCodeAt(after));
}

/** Whether `index` was built for `text` (and in this machine's byte order). */
function fits(index: Int32Array | undefined, text: string): index is Int32Array {
  if (!index || index.length < HEADER || index[0] !== MAGIC || index[1] !== text.length) return false;
  const size = index[2]!;
  return size > 0 && (size & (size - 1)) === 0 && index.length === HEADER + size && index[3] === fingerprint(text);
}

/**
 * `text` holds one entry a line, `key` or `key<TAB>value`, in any order. With an index that fits the text it
 * is used as it is; otherwise one is built on the first look-up.
 */
export function lineTable(text: string, prebuilt?: Int32Array): LineTable {
  let index = fits(prebuilt, text) ? prebuilt : undefined;
  /** Where the line with the key starts, or -1. */
  const lineOf = (key: string): number => {
    if (key.length === 0) return -1;
    index ??= buildLineIndex(text);
    const size = index[2]!;
    // At most one round of the table: a file that passed the header check may still be damaged.
    for (let probe = 0, slot = hashOf(key) & (size - 1); probe < size && index[HEADER + slot] !== 0; probe++, slot = (slot + 1) & (size - 1)) {
      const start = index[HEADER + slot]! - 1;
      if (start >= 0 && start < text.length && keyMatches(text, key, start)) return start;
    }
    return -1;
  };
  return {
    find(key) {
      const start = lineOf(key);
      if (start < 0) return undefined;
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      return text.charCodeAt(end - 1) === CARRIAGE_RETURN ? text.slice(start, end - 1) : text.slice(start, end);
    },
    has: (key) => lineOf(key) >= 0,
  };
}

/** The index file the build writes beside a list. */
export const indexFileOf = (file: string): string => `${file}.index`;

/** Non-ASCII characters as `\u{hex}`: the lists on disk are ASCII, so that reading one is a copy, not a UTF-8 decode. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

export function unescapeNonAscii(text: string): string {
  return text.includes('\\u{') ? text.replace(/\\u\{([\da-f]+)\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))) : text;
}

/** Writes a list and its index, the list in ASCII (see escapeNonAscii). */
export function writeLineTable(file: string, text: string): void {
  const ascii = escapeNonAscii(text);
  fs.writeFileSync(file, ascii);
  const index = buildLineIndex(ascii);
  fs.writeFileSync(indexFileOf(file), new Uint8Array(index.buffer, index.byteOffset, index.byteLength));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Reads a list and, when there is one that fits, its index. */
export function readLineTable(file: string): LineTable {
  const bytes = fs.readFileSync(file);
  // An ASCII list is read as Latin-1, a plain copy several times faster than decoding UTF-8.
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let index: Int32Array | undefined;
  try {
    const indexBytes = fs.readFileSync(indexFileOf(file));
    const aligned = indexBytes.byteOffset % 4 === 0 ? indexBytes : Buffer.from(indexBytes);
    index = new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
  } catch {
    index = undefined;
  }
  const table = lineTable(text, index);
  const keyOf = (key: string): string => (NON_ASCII.test(key) ? escapeNonAscii(key) : key);
  return {
    find(key) {
      const line = table.find(keyOf(key));
      return line === undefined ? undefined : unescapeNonAscii(line);
    },
    has: (key) => table.has(keyOf(key)),
  };
}
