// The command line on input that once stalled or stopped a run: one file's trouble stays that file's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, tempFolder } from './helpers';

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
