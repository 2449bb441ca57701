import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'eval.mjs');
const devset = path.join(root, 'devset');

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('development set', () => {
  it('holds at least 30 articles, each with an answer key and a clean file', () => {
    const articles = fs.readdirSync(devset).filter((file) => /\.(txt|md)$/.test(file) && !/\.clean\.(txt|md)$/.test(file) && file !== 'README.md');
    expect(articles.length).toBeGreaterThanOrEqual(30);
    for (const file of articles) {
      const stem = file.replace(/\.(txt|md)$/, '');
      expect(fs.existsSync(path.join(devset, `${stem}.answers.json`)), `${stem}.answers.json`).toBe(true);
      expect(fs.existsSync(path.join(devset, `${stem}.clean${path.extname(file)}`)), `${stem}.clean${path.extname(file)}`).toBe(true);
    }
  });

  it('has answer keys that find their texts and, applied, give each clean file', () => {
    const result = run('--keys');
    expect(result.stdout).toMatch(/^(\d+)\/\1 answer keys consistent/m);
    expect(result.status).toBe(0);
  });

  it('scores a key against its clean file: a wrong key is reported', () => {
    const tmp = fs.mkdtempSync(path.join(root, '.devset-test-'));
    try {
      fs.writeFileSync(path.join(tmp, 'x.txt'), 'Home > News\n\nThe mayor spoke today.\n');
      fs.writeFileSync(path.join(tmp, 'x.clean.txt'), 'The mayor spoke today.\n');
      const key = (fix: unknown) => JSON.stringify({ file: 'x.txt', errors: [{ class: 'boilerplate', text: 'Home > News', occurrence: 1, fix, required: true }], traps: [] });
      fs.writeFileSync(path.join(tmp, 'x.answers.json'), key(null));
      expect(run('--keys', '--set', tmp).status).toBe(0);
      fs.writeFileSync(path.join(tmp, 'x.answers.json'), key('Home'));
      const wrong = run('--keys', '--set', tmp);
      expect(wrong.status).toBe(1);
      expect(wrong.stdout).toContain('does not give the clean file');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
