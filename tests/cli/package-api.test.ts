// The package as a CMS or batch job imports it: by name, through package.json `exports`, from the built files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './helpers';

const ROOT = path.join(import.meta.dirname, '..', '..');

function runModule(folder: string, code: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: folder, encoding: 'utf8', timeout: 60000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("import { lint, fix } from 'copydesk'", () => {
  const folder = tempFolder({ 'drafts/a.md': 'It was was late,and dark.\n', 'drafts/b.txt': 'All is well here.\n' });
  fs.mkdirSync(path.join(folder, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(folder, 'node_modules', 'copydesk'), 'dir');

  it('lints files without changing them', () => {
    const run = runModule(
      folder,
      `import { lint } from 'copydesk';
       const run = await lint(['drafts']);
       console.log(JSON.stringify(run.results.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => m.ruleId), 'output' in r])));`,
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      ['a.md', ['repeated-word', 'punctuation-spacing'], false],
      ['b.txt', [], false],
    ]);
    expect(fs.readFileSync(path.join(folder, 'drafts', 'a.md'), 'utf8')).toBe('It was was late,and dark.\n');
  });

  it('fixes in memory with write: false, and in place by default', () => {
    const dry = runModule(folder, `import { fix } from 'copydesk'; const run = await fix(['drafts/a.md'], { write: false }); console.log(JSON.stringify(run.results[0].output));`);
    expect(JSON.parse(dry.stdout)).toBe('It was late, and dark.\n');
    expect(fs.readFileSync(path.join(folder, 'drafts', 'a.md'), 'utf8')).toBe('It was was late,and dark.\n');
    const real = runModule(folder, `import { fix } from 'copydesk'; const run = await fix(['drafts']); console.log(run.results.map((r) => r.messages.length).join(','));`);
    expect(real.stdout.trim()).toBe('0,0');
    expect(fs.readFileSync(path.join(folder, 'drafts', 'a.md'), 'utf8')).toBe('It was late, and dark.\n');
  });

  it('rejects, and ends its worker threads, when the progress callback throws', () => {
    const many = tempFolder(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`a${i}.txt`, 'It was late, and dark.\n'])));
    fs.mkdirSync(path.join(many, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(many, 'node_modules', 'copydesk'), 'dir');
    const run = runModule(
      many,
      `import { lint } from 'copydesk';
       await lint(['.'], { concurrency: 2, onProgress: (done) => { if (done === 12) throw new Error('progress failed'); } }).then(
         () => console.log('resolved'),
         (error) => console.log('rejected: ' + error.message),
       );`,
    );
    // What the process said on failure, exit code and standard error, so that a failure here explains itself.
    expect(run.stdout.trim(), `exit ${run.code}; stderr: ${run.stderr}`).toBe('rejected: progress failed');
    expect(run.code).toBe(0);
  });

  it('ships type declarations for what it exports', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: { '.': { types: string } } };
    const declarations = fs.readFileSync(path.join(ROOT, pkg.exports['.'].types), 'utf8');
    for (const name of ['lint', 'fix', 'lintFiles', 'lintText', 'RuleTester', 'defineRule']) expect(declarations).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
