// Installing copydesk from git, as the README tells users to before it is on the npm registry: npm clones this
// repository at its committed HEAD (a git+file:// URL, as git+https:// is for GitHub), installs its development
// dependencies there, runs `prepare` (the build) and installs the package it packs. Then `npx copydesk` runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRepository, run, userEnvironment } from './helpers';

/** npm's clone, its install with the development dependencies and the build take a minute or two. */
const INSTALL_TIMEOUT = 15 * 60 * 1000;

let project = '';
let env: NodeJS.ProcessEnv = {};

describe('copydesk installed from a git URL into a project', () => {
  beforeAll(() => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-git-install-'));
    project = path.join(scratch, 'newsroom');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(scratch, 'gitconfig'), '');
    env = userEnvironment(path.join(scratch, 'gitconfig'));
    fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'newsroom', private: true }, null, 2)}\n`);
  });

  afterAll(() => {
    if (project) fs.rmSync(path.dirname(project), { recursive: true, force: true });
  });

  it('builds copydesk on install (prepare) and runs it with npx', () => {
    const { gitDir, head } = projectRepository();
    const started = performance.now();
    const install = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `git+file://${gitDir}#${head}`], { cwd: project, env, timeout: INSTALL_TIMEOUT });
    console.info(`npm install from git took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(install.status, install.output).toBe(0);
    const installed = path.join(project, 'node_modules', 'copydesk');
    expect(fs.existsSync(path.join(installed, 'dist', 'cli.js'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'dist', 'data'))).toBe(true);

    fs.writeFileSync(path.join(project, 'story.md'), 'It was was late,and dark.\n');
    const lint = run('npx', ['--no-install', 'copydesk', 'story.md'], { cwd: project, env });
    expect(lint.status, lint.output).toBe(1);
    expect(lint.output).toContain('repeated-word');
    const fix = run('npx', ['--no-install', 'copydesk', 'fix', 'story.md'], { cwd: project, env });
    expect(fix.status, fix.output).toBe(0);
    expect(fs.readFileSync(path.join(project, 'story.md'), 'utf8')).toBe('It was late, and dark.\n');
  }, INSTALL_TIMEOUT);
});
