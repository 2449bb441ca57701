import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLineIndex, indexFileOf, lineTable, readLineTable, writeLineTable } from '../../src/language/line-table';

describe('looking lines up by key', () => {
  it('finds exactly the keys present, with their values, in any order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-zé']{1,8}$/), { maxLength: 60 }), fc.array(fc.stringMatching(/^[a-zé']{0,9}$/), { maxLength: 20 }), (keys, probes) => {
        const lines = lineTable(keys.map((key) => `${key}\tv-${key}`).join('\n') + '\n');
        for (const key of [...keys, ...probes]) expect(lines.find(key)).toBe(keys.includes(key) ? `${key}\tv-${key}` : undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answers on a long list, asked many times', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${String(i).padStart(5, '0')}`);
    const lines = lineTable(keys.map((key) => `${key}\t${key.toUpperCase()}`).join('\n') + '\n');
    for (let round = 0; round < 3; round++) {
      for (const key of keys) expect(lines.find(key)).toBe(`${key}\t${key.toUpperCase()}`);
      expect(lines.find('missing')).toBeUndefined();
    }
  });

  it('does not take a prefix or an extension of a key for the key', () => {
    const lines = lineTable('cat\tfeline\ncats\nca\n');
    expect(lines.find('cat')).toBe('cat\tfeline');
    expect(lines.find('cats')).toBe('cats');
    expect(lines.find('ca')).toBe('ca');
    expect(lines.find('c')).toBeUndefined();
    expect(lines.find('catss')).toBeUndefined();
    expect(lines.find('cat\tfeline')).toBeUndefined();
  });

  it('handles CRLF, a text without a final newline, blank lines and repeated keys', () => {
    const lines = lineTable('apple\r\n\r\nbanana\tyellow\r\n\nbanana\tgreen\ncherry');
    expect(lines.find('apple')).toBe('apple');
    expect(lines.find('banana')).toBe('banana\tyellow');
    expect(lines.find('cherry')).toBe('cherry');
    expect(lines.find('date')).toBeUndefined();
    expect(lines.find('')).toBeUndefined();
    expect(lineTable('').find('x')).toBeUndefined();
  });
});

describe('the index file beside a list', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lines-'));

  it('is written with the list and read back with it', () => {
    const file = path.join(folder, 'words.txt');
    writeLineTable(file, 'zebra\ncafé\napple\tfruit\n');
    expect(fs.statSync(indexFileOf(file)).size).toBe(buildLineIndex('zebra\ncafé\napple\tfruit\n').byteLength);
    const table = readLineTable(file);
    expect(table.find('apple')).toBe('apple\tfruit');
    expect(table.has('café')).toBe(true);
    expect(table.has('cafe')).toBe(false);
  });

  it('keeps the list on disk in ASCII and gives back every character it was given', () => {
    const file = path.join(folder, 'accents.txt');
    writeLineTable(file, 'chateao\tchâteau\nnaïve\tnaïve 😀\nplain\tword\n');
    expect(fs.readFileSync(file, 'latin1')).toBe('chateao\tch\\u{e2}teau\nna\\u{ef}ve\tna\\u{ef}ve \\u{1f600}\nplain\tword\n');
    const table = readLineTable(file);
    expect(table.find('chateao')).toBe('chateao\tchâteau');
    expect(table.find('naïve')).toBe('naïve\tnaïve 😀');
    expect(table.find('plain')).toBe('plain\tword');
    expect(table.has('naive')).toBe(false);
  });

  it('is ignored, and the index built anew, when it does not fit the list', () => {
    const file = path.join(folder, 'stale.txt');
    writeLineTable(file, 'one\ntwo\n');
    fs.writeFileSync(file, 'three\nfour\nfive\n');
    expect(readLineTable(file).has('four')).toBe(true);
    expect(readLineTable(file).has('one')).toBe(false);
    fs.writeFileSync(indexFileOf(file), 'not an index');
    expect(readLineTable(file).has('five')).toBe(true);
    fs.rmSync(indexFileOf(file));
    expect(readLineTable(file).has('three')).toBe(true);
    // Rewritten to the same length without its index: the fingerprint tells.
    writeLineTable(file, 'cat\ndog\n');
    fs.writeFileSync(file, 'cow\nemu\n');
    expect(readLineTable(file).has('cow')).toBe(true);
    expect(readLineTable(file).has('emu')).toBe(true);
  });

  it('is used as it is when it fits: a forged slot shows it was read', () => {
    const text = 'alpha\nbeta\n';
    const index = buildLineIndex(text);
    // Point every slot at "beta": an index that is used answers from it, right or wrong.
    for (let i = 4; i < index.length; i++) index[i] = 'alpha\n'.length + 1;
    expect(lineTable(text, index).find('alpha')).toBeUndefined();
    expect(lineTable(text).find('alpha')).toBe('alpha');
  });
});
