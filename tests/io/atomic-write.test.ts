import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileChangedError, writeFileAtomic } from '../../src/io/atomic-write';
import { readArticle } from '../../src/io/read-file';
import { describeWriteError } from '../../src/io/write-file';
import { tempFolder } from '../cli/helpers';

describe('writeFileAtomic', () => {
  it('writes nothing over a file that changed since the version it was given was read, and leaves nothing beside it', async () => {
    const folder = tempFolder({ 'a.md': 'old\n' });
    const file = path.join(folder, 'a.md');
    const read = readArticle(file);
    if (!read.ok) throw new Error(read.reason);
    fs.appendFileSync(file, 'saved meanwhile\n');
    await expect(writeFileAtomic(file, 'fixed\n', read.version)).rejects.toBeInstanceOf(FileChangedError);
    expect(fs.readFileSync(file, 'utf8')).toBe('old\nsaved meanwhile\n');
    expect(fs.readdirSync(folder)).toEqual(['a.md']);
    // The version read now is the one on disk: writing over it goes ahead.
    const again = readArticle(file);
    if (!again.ok) throw new Error(again.reason);
    await writeFileAtomic(file, 'fixed\n', again.version);
    expect(fs.readFileSync(file, 'utf8')).toBe('fixed\n');
  });

  it('replaces the text and keeps the mode, leaving nothing beside the file', async () => {
    const folder = tempFolder({ 'a.md': 'old\n' });
    const file = path.join(folder, 'a.md');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new – text\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('new – text\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(folder)).toEqual(['a.md']);
  });

  it('writes through a link to the file it names, and keeps the link', async () => {
    const folder = tempFolder({ 'real.md': 'old\n' });
    fs.symlinkSync('real.md', path.join(folder, 'link.md'));
    await writeFileAtomic(path.join(folder, 'link.md'), 'new\n');
    expect(fs.lstatSync(path.join(folder, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(folder, 'real.md'), 'utf8')).toBe('new\n');
  });

  it('leaves the file and the folder as they were when it cannot write', async () => {
    const folder = tempFolder({ 'a.md': 'old\n' });
    // A folder where the file's temporary copy would go: creating it fails.
    await expect(writeFileAtomic(path.join(folder, 'missing', 'a.md'), 'new\n')).rejects.toThrow(/ENOENT/);
    expect(fs.readdirSync(folder)).toEqual(['a.md']);
  });
});

describe('describeWriteError', () => {
  it('names the causes a user can act on', () => {
    const of = (code: string) => describeWriteError(Object.assign(new Error(code), { code }));
    expect(of('ENOSPC')).toBe('no space left on the device');
    expect(of('EDQUOT')).toBe('the disk quota is used up');
    expect(of('EFBIG')).toBe('the fixed file is larger than the file-size limit (ulimit -f) allows');
    expect(of('EROFS')).toBe('the file system is mounted read-only');
    expect(of('EACCES')).toMatch(/^permission denied/);
  });
});
