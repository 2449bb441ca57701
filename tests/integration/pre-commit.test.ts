// The pre-commit framework's hooks, end to end: the real `pre-commit` installs copydesk from this repository's
// committed HEAD (a `repo:` entry with a local path and a `rev:`, as a team's config points at copydesk's
// repository) and runs `copydesk-fix` and `copydesk` on a commit in a throwaway repository. Everything it
// writes goes to a temporary folder (PRE_COMMIT_HOME among it). Skipped with a notice when pre-commit is absent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
/** Installing the hook's environment (npm install, the build, npm pack, npm install -g) takes a minute or two. */
const INSTALL_TIMEOUT = 15 * 60 * 1000;

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('Notice: pre-commit is not installed (Debian: apt-get install pre-commit); the end-to-end test of the pre-commit hooks is skipped.');

interface Run {
  readonly status: number | null;
  readonly output: string;
}

let scratch = '';
let repo = '';
let env: NodeJS.ProcessEnv = {};

/** The environment of a user's shell: none of npm's own variables from `npm test`, git's global config empty. */
function cleanEnvironment(home: string, gitConfig: string): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD');
  return {
    ...Object.fromEntries(kept),
    PRE_COMMIT_HOME: home,
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    NO_COLOR: '1',
  };
}

function run(command: string, args: readonly string[], timeout = 60_000): Run {
  const result = spawnSync(command, args, { cwd: repo, env, encoding: 'utf8', timeout });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

/** The repository copydesk's commits are in (the shared one of a worktree) and the commit checked out. */
function projectRepository(): { gitDir: string; head: string } {
  const ask = (...args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout.trim();
  const gitDir = ask('rev-parse', '--path-format=absolute', '--git-common-dir');
  const head = ask('rev-parse', 'HEAD');
  if (ask('status', '--porcelain', '--untracked-files=no') !== '') console.warn(`Notice: the pre-commit test installs copydesk as committed at ${head.slice(0, 12)}; uncommitted changes are not in it.`);
  return { gitDir, head };
}

function hookConfig(gitDir: string, head: string): string {
  return [
    'repos:',
    `  - repo: ${JSON.stringify(gitDir)}`,
    `    rev: ${head}`,
    '    hooks:',
    '      - id: copydesk-fix',
    '      - id: copydesk',
    '',
  ].join('\n');
}

describe.skipIf(!hasPreCommit)('the pre-commit framework hooks, installed from this repository', () => {
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pre-commit-'));
    repo = path.join(scratch, 'articles');
    fs.mkdirSync(repo);
    fs.writeFileSync(path.join(scratch, 'gitconfig'), '');
    env = cleanEnvironment(path.join(scratch, 'pre-commit-home'), path.join(scratch, 'gitconfig'));
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
