// What the end-to-end tests share: where copydesk's commits are, and a user's environment to run tools in.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * The repository copydesk's commits are in (in a worktree, the repository all worktrees share) and the commit
 * checked out: what pre-commit and npm clone. Uncommitted changes are not in it, and a notice says so.
 */
export function projectRepository(): { gitDir: string; head: string } {
  const ask = (...args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout.trim();
  const gitDir = ask('rev-parse', '--path-format=absolute', '--git-common-dir');
  const head = ask('rev-parse', 'HEAD');
  if (ask('status', '--porcelain', '--untracked-files=no') !== '') console.warn(`Notice: the end-to-end tests install copydesk as committed at ${head.slice(0, 12)}; uncommitted changes are not in it.`);
  return { gitDir, head };
}

/**
 * The environment of a user's shell: none of the variables `npm test` sets for its scripts (npm_config_… would
 * override the project's .npmrc), git's global and system config left out, a fixed author, and no colour.
 */
export function userEnvironment(gitConfig: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD');
  return {
    ...Object.fromEntries(kept),
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface Run {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a command to its end, its standard output and error together. */
export function run(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeout?: number }): Run {
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}
