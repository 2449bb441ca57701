// The pre-commit framework's hooks, end to end: the real `pre-commit` installs copydesk from this repository's
// committed HEAD (a `repo:` entry with a local path and a `rev:`, as a team's config points at copydesk's
// repository) and runs `copydesk-fix` and `copydesk` on commits in a throwaway repository. Everything it
// writes goes to a temporary folder (PRE_COMMIT_HOME among it). Skipped with a notice when pre-commit is absent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRepository, run as runIn, userEnvironment, type Run } from './helpers';

/** Installing the hook's environment (npm install, the build, npm pack, npm install -g) takes a minute or two. */
const INSTALL_TIMEOUT = 15 * 60 * 1000;

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('Notice: pre-commit is not installed (Debian: apt-get install pre-commit); the end-to-end test of the pre-commit hooks is skipped.');

let scratch = '';
let repo = '';
let env: NodeJS.ProcessEnv = {};

const run = (command: string, args: readonly string[], timeout?: number): Run => runIn(command, args, { cwd: repo, env, ...(timeout ? { timeout } : {}) });

function hookConfig(gitDir: string, head: string): string {
  return ['repos:', `  - repo: ${JSON.stringify(gitDir)}`, `    rev: ${head}`, '    hooks:', '      - id: copydesk-fix', '      - id: copydesk', ''].join('\n');
}

describe.skipIf(!hasPreCommit)('the pre-commit framework hooks, installed from this repository', () => {
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pre-commit-'));
    repo = path.join(scratch, 'articles');
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(scratch, 'gitconfig'), '');
    env = userEnvironment(path.join(scratch, 'gitconfig'), { PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home') });
    const { gitDir, head } = projectRepository();
    expect(run('git', ['init', '-q']).status).toBe(0);
    fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), hookConfig(gitDir, head));
    const install = run('pre-commit', ['install']);
    expect(install.status, install.output).toBe(0);
  });

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('installs copydesk, fixes a staged article and fails the commit, then passes once the fix is staged', () => {
    fs.writeFileSync(path.join(repo, 'Election night.md'), 'It was was late,and dark.\n');
    fs.writeFileSync(path.join(repo, 'notes.js'), 'x\n');
    run('git', ['add', '.']);
    const started = performance.now();
    const first = run('git', ['commit', '-q', '-m', 'story'], INSTALL_TIMEOUT);
    console.info(`pre-commit: the first commit, installing the hooks' environment, took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(first.status, first.output).not.toBe(0);
    expect(first.output).toContain('files were modified by this hook');
    expect(first.output).not.toContain('An unexpected error has occurred');
    expect(fs.readFileSync(path.join(repo, 'Election night.md'), 'utf8')).toBe('It was late, and dark.\n');
    expect(run('git', ['log', '--oneline']).output).not.toMatch(/story/);

    expect(run('git', ['add', 'Election night.md']).status).toBe(0);
    const second = run('git', ['commit', '-q', '-m', 'story']);
    expect(second.status, second.output).toBe(0);
    expect(run('git', ['log', '--format=%s']).output.trim()).toBe('story');
  }, INSTALL_TIMEOUT);

  it('blocks a commit on an error no fix can mend, naming it', () => {
    fs.writeFileSync(path.join(repo, 'Café.md'), 'The raison was sweet.\n');
    run('git', ['add', 'Café.md']);
    const commit = run('git', ['commit', '-q', '-m', 'café'], INSTALL_TIMEOUT);
    expect(commit.status).not.toBe(0);
    expect(commit.output).toContain('Possible misspelling “raison”');
    expect(commit.output).toContain('Café.md');
    expect(run('git', ['log', '--format=%s']).output.trim()).toBe('story');
  }, INSTALL_TIMEOUT);
});
