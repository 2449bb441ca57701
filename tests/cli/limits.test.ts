// The command line on input that once stalled or stopped a run: one file's trouble stays that file's, and input
// larger than an article may be is refused in the same words wherever it comes from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, tempFolder } from './helpers';

const LIMIT = 64 * 1024 * 1024;

interface Result {
  readonly filePath: string;
  readonly messages: readonly { readonly message: string; readonly fatal?: boolean }[];
}

const fatalsOf = (stdout: string) => (JSON.parse(stdout) as Result[]).flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => message.message));

describe('a file of 4,000 nested * among others', () => {
  it('is checked like any other, and the files after it are fixed', () => {
    const cwd = tempFolder({ 'a-deep.md': `${'*'.repeat(4000)}The report${'*'.repeat(4000)}\n`, 'b-plain.md': 'It was was late.\n' });
    const run = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(run.stderr).not.toMatch(/internal error|stack/i);
    expect(fatalsOf(run.stdout)).toEqual([]);
    expect(fs.readFileSync(path.join(cwd, 'b-plain.md'), 'utf8')).toBe('It was late.\n');
  });
});

describe('input over 64 MB', () => {
  it('is refused by path without being read', () => {
    const cwd = tempFolder();
    fs.writeFileSync(path.join(cwd, 'huge.md'), '');
    fs.truncateSync(path.join(cwd, 'huge.md'), LIMIT + 1);
    const run = copydesk(['--format', 'json', 'huge.md'], { cwd });
    expect([run.code, fatalsOf(run.stdout)]).toEqual([2, ['huge.md is too large (64.0 MB; the limit is 64 MB); not checked']]);
  });

  it('is refused on standard input in the same words, and with --fix given back unchanged', () => {
    const input = Buffer.alloc(LIMIT + 1, 'A teh. ');
    const lint = copydesk(['--stdin', '--format', 'json'], { cwd: tempFolder(), input });
    expect([lint.code, fatalsOf(lint.stdout)]).toEqual([2, ['input is too large (64.0 MB; the limit is 64 MB); not checked']]);
    const fix = copydesk(['--stdin', '--fix', '--format', 'json'], { cwd: tempFolder(), input });
    expect([fix.code, fix.stdout.length === input.length && fix.stdout === input.toString('utf8')]).toEqual([2, true]);
  }, 120_000);
});
