import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, tempFolder } from './helpers';

const ROOT = path.join(import.meta.dirname, '..', '..');

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', COPYDESK: `${process.execPath} ${BIN}`, NO_COLOR: '1' } });
}

/** A git repository with the README's plain pre-commit hook installed. */
function repository(files: Record<string, string>): string {
  const cwd = tempFolder(files);
  git(cwd, 'init', '-q');
  fs.copyFileSync(path.join(ROOT, 'scripts', 'pre-commit.sh'), path.join(cwd, '.git', 'hooks', 'pre-commit'));
  fs.chmodSync(path.join(cwd, '.git', 'hooks', 'pre-commit'), 0o755);
  git(cwd, 'add', '.');
  return cwd;
}

describe('the plain git pre-commit hook', () => {
  it('blocks a commit on an error it cannot fix', () => {
    const cwd = repository({ 'story.md': 'The raison was sweet.\n' });
    const commit = git(cwd, 'commit', '-q', '-m', 'story');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('Possible misspelling “raison”');
    expect(git(cwd, 'log', '--oneline').stdout).toBe('');
  });

  it('fixes what it can, stops the commit until the fixes are staged, then lets it through', () => {
    const cwd = repository({ 'story.md': 'It was was late,and dark.\n', 'notes.js': 'x' });
    const first = git(cwd, 'commit', '-q', '-m', 'story');
    expect(first.status).not.toBe(0);
    expect(first.stdout + first.stderr).toContain('copydesk fixed the articles');
    expect(fs.readFileSync(path.join(cwd, 'story.md'), 'utf8')).toBe('It was late, and dark.\n');
    git(cwd, 'add', 'story.md');
    expect(git(cwd, 'commit', '-q', '-m', 'story').status).toBe(0);
    expect(git(cwd, 'log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  });

  it('fixes and lints staged articles whose names have spaces, quotes and non-ASCII letters', () => {
    const names = ['Election night.md', 'Café.md', 'notes/Ünïcode – “draft” 2.txt', "It's here.markdown"];
    const cwd = repository(Object.fromEntries(names.map((name) => [name, 'It was was late,and dark.\n'])));
    const first = git(cwd, 'commit', '-q', '-m', 'stories');
    expect(first.status).not.toBe(0);
    expect(first.stdout + first.stderr).toContain('copydesk fixed the articles');
    for (const name of names) expect(fs.readFileSync(path.join(cwd, name), 'utf8'), name).toBe('It was late, and dark.\n');
    git(cwd, 'add', '.');
    const second = git(cwd, 'commit', '-q', '-m', 'stories');
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(git(cwd, 'ls-files', '-z').stdout.split('\0').filter(Boolean).sort()).toEqual([...names].sort());
  });

  it('names an error in an article with a non-ASCII name, and blocks the commit', () => {
    const cwd = repository({ 'Café.md': 'The raison was sweet.\n' });
    const commit = git(cwd, 'commit', '-q', '-m', 'café');
    expect(commit.status).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('Café.md');
    expect(commit.stdout + commit.stderr).toContain('Possible misspelling “raison”');
  });

  it('takes a name with [ ] or * in it as that file only, not as a pattern matching others', () => {
    const cwd = repository({ 'Election n.md': 'First draft.\n' });
    expect(git(cwd, 'commit', '-q', '-m', 'draft').status).toBe(0);
    // A clean article whose name, read as a pattern, would also match the draft with an unstaged edit.
    fs.writeFileSync(path.join(cwd, 'Election [night].md'), 'Results came in.\n');
    fs.writeFileSync(path.join(cwd, 'Election n.md'), 'Second draft, not staged.\n');
    git(cwd, 'add', 'Election [night].md');
    const commit = git(cwd, 'commit', '-q', '-m', 'results');
    expect(commit.status, commit.stdout + commit.stderr).toBe(0);
  });
});

describe('the pre-commit framework hooks', () => {
  it('offers copydesk and copydesk-fix for Markdown and text files, run the way the framework runs them', () => {
    const hooks = YAML.parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['copydesk', 'copydesk-fix']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(new RegExp(hook.files).test('docs/a.md') && new RegExp(hook.files).test('a.txt') && !new RegExp(hook.files).test('a.js')).toBe(true);
    }
    // The framework passes the matching files as arguments; a failing exit code or a changed file fails the hook.
    const cwd = tempFolder({ 'a.md': 'It was was late.\n', 'b.txt': 'Fine text.\n' });
    const [, fixEntry] = hooks;
    const args = [...fixEntry!.entry.split(' ').slice(1), 'a.md', 'b.txt'];
    const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe('It was late.\n');
  });
});
