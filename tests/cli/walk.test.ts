// What a folder walk takes and what it leaves alone: git-ignored files, .copydeskignore at every level, text files
// that are not prose, and links that lead out of the folders walked. Each case runs the built CLI as a hook would.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, tempFolder } from './helpers';

const MESSY = 'It was was late,and dark.\n';
const FIXED = 'It was late, and dark.\n';
const GIT = { '.git/HEAD': 'ref: refs/heads/main\n' };

/** The files a JSON report covers, as paths below `folder` with `/` between the parts, sorted. */
function linted(stdout: string, folder: string): string[] {
  if (!stdout.trim()) return [];
  return (JSON.parse(stdout) as { filePath: string }[]).map((result) => path.relative(folder, result.filePath).split(path.sep).join('/')).sort();
}

const read = (folder: string, name: string): string => fs.readFileSync(path.join(folder, name), 'utf8');

describe('a folder walk in a git repository', () => {
  it('fixes the articles and leaves requirements.txt, CMakeLists.txt and a git-ignored article as they were', () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'requirements.txt': 'flask\n', 'CMakeLists.txt': 'project(foo)\n', 'build/out.md': MESSY, 'story.md': MESSY, 'notes.txt': MESSY });
    const run = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(run.stderr).toBe('');
    expect(linted(run.stdout, cwd)).toEqual(['notes.txt', 'story.md']);
    expect(read(cwd, 'requirements.txt')).toBe('flask\n');
    expect(read(cwd, 'CMakeLists.txt')).toBe('project(foo)\n');
    expect(read(cwd, 'build/out.md')).toBe(MESSY);
    expect(read(cwd, 'story.md')).toBe(FIXED);
    expect(read(cwd, 'notes.txt')).toBe(FIXED);
  });

  it('reads .gitignore at every level, a deeper one over a shallower one, and the root one from a subfolder', () => {
    const cwd = tempFolder({
      ...GIT,
      '.gitignore': '*.draft.md\n/top-only.md\n',
      'top-only.md': MESSY,
      'docs/top-only.md': MESSY,
      'docs/a.md': MESSY,
      'docs/b.draft.md': MESSY,
      'docs/keep.draft.md': MESSY,
      'docs/.gitignore': '!keep.draft.md\nprivate/\n',
      'docs/private/c.md': MESSY,
      'docs/deep/private/d.md': MESSY,
    });
    expect(linted(copydesk(['--format', 'json', '.'], { cwd }).stdout, cwd)).toEqual(['docs/a.md', 'docs/keep.draft.md', 'docs/top-only.md']);
    const docs = path.join(cwd, 'docs');
    expect(linted(copydesk(['--format', 'json', '.'], { cwd: docs }).stdout, docs)).toEqual(['a.md', 'keep.draft.md', 'top-only.md']);
  });

  it('honours .git/info/exclude, and a .git file (a worktree or submodule) marks the repository too', () => {
    const withExclude = tempFolder({ ...GIT, '.git/info/exclude': 'scratch.md\n', 'scratch.md': MESSY, 'a.md': MESSY });
    expect(linted(copydesk(['--format', 'json', '.'], { cwd: withExclude }).stdout, withExclude)).toEqual(['a.md']);
    const worktree = tempFolder({ 'main/.git/HEAD': 'ref: refs/heads/main\n', 'main/.git/worktrees/wt/commondir': '../..\n', 'main/.git/info/exclude': 'scratch.md\n', 'wt/.git': 'gitdir: ../main/.git/worktrees/wt\n', 'wt/.gitignore': 'out/\n', 'wt/out/x.md': MESSY, 'wt/scratch.md': MESSY, 'wt/a.md': MESSY });
    const wt = path.join(worktree, 'wt');
    expect(linted(copydesk(['--format', 'json', '.'], { cwd: wt }).stdout, wt)).toEqual(['a.md']);
  });

  it('lints a git-ignored file named on the command line, as the command line names it', () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'build/out.md': MESSY });
    const run = copydesk(['fix', 'build/out.md'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'build/out.md')).toBe(FIXED);
  });

  it('says so, and changes nothing, when the folder named is one git ignores', () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'build/out.md': MESSY });
    const run = copydesk(['fix', 'build'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('copydesk: warning: build is a folder git ignores; skipped (name its files to check them)\ncopydesk: every file found was passed over; nothing to check\n');
    expect(read(cwd, 'build/out.md')).toBe(MESSY);
  });

  it('applies .gitignore to what a glob matches', () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'build/out.md': MESSY, 'a.md': MESSY });
    expect(linted(copydesk(['--format', 'json', '**/*.md'], { cwd }).stdout, cwd)).toEqual(['a.md']);
  });

  it('reads the .gitignore files below a folder that is in no repository', () => {
    const cwd = tempFolder({ '.gitignore': 'out/\n', 'out/x.md': MESSY, 'a.md': MESSY });
    expect(linted(copydesk(['--format', 'json', '.'], { cwd }).stdout, cwd)).toEqual(['a.md']);
  });
});

describe('.copydeskignore', () => {
  it('is read at every level, as git reads .gitignore: a run from the root and one from a subfolder skip the same files', () => {
    const cwd = tempFolder({
      ...GIT,
      '.copydeskignore': 'sub/drafts/\n/sub/one.md\n*.old.md\n',
      'sub/.copydeskignore': 'two.md\n',
      'sub/one.md': MESSY,
      'sub/two.md': MESSY,
      'sub/three.md': MESSY,
      'sub/four.old.md': MESSY,
      'sub/drafts/five.md': MESSY,
      'sub/deeper/two.md': MESSY,
    });
    const sub = path.join(cwd, 'sub');
    expect(linted(copydesk(['--format', 'json', '.'], { cwd }).stdout, sub)).toEqual(['three.md']);
    expect(linted(copydesk(['--format', 'json', '.'], { cwd: sub }).stdout, sub)).toEqual(['three.md']);
    expect(linted(copydesk(['--format', 'json', 'sub'], { cwd }).stdout, sub)).toEqual(['three.md']);
  });

  it('leaves out a file named on the command line, from any level', () => {
    const cwd = tempFolder({ ...GIT, '.copydeskignore': 'drafts/\n', 'drafts/a.md': MESSY });
    const run = copydesk(['a.md'], { cwd: path.join(cwd, 'drafts') });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/every article found is ignored/);
  });
});

describe('plain-text files in a folder walk', () => {
  const NOT_PROSE: Record<string, string> = {
    'requirements.txt': 'flask\nrequests==2.31.0\n',
    'requirements-dev.txt': '-r requirements.txt\npytest>=8\n',
    'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.20)\nproject(foo)\nadd_executable(foo main.cpp util.cpp)\n',
    'robots.txt': 'User-agent: *\nDisallow: /admin\n',
    'LICENSE.txt': 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n',
    'words.txt': 'Zelenskyy\nKyiv\nfrobnicator\nwidgetry\n',
    'settings.txt': 'width = 80\nheight = 24\ncolor = blue\n',
  };

  it('takes a .txt only when it reads as prose, and leaves word lists, build files, licences and settings alone', () => {
    const cwd = tempFolder({ ...NOT_PROSE, 'story.txt': MESSY, 'short.txt': 'A new article.\n' });
    const run = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(linted(run.stdout, cwd)).toEqual(['short.txt', 'story.txt']);
    for (const [name, text] of Object.entries(NOT_PROSE)) expect(read(cwd, name), name).toBe(text);
    expect(linted(copydesk(['--format', 'json', '*.txt'], { cwd }).stdout, cwd)).toEqual(['short.txt', 'story.txt']);
  });

  it('lints a .txt named on the command line whatever it holds', () => {
    const cwd = tempFolder({ 'requirements.txt': 'flask\n' });
    const run = copydesk(['--format', 'json', 'requirements.txt'], { cwd });
    expect(run.code).toBe(1);
    expect(linted(run.stdout, cwd)).toEqual(['requirements.txt']);
  });
});

describe('links in a folder walk', () => {
  it('does not follow a link out of the folder walked: the file outside is unchanged, and a warning names the link', () => {
    const root = tempFolder({ 'outside/target.md': MESSY, 'project/docs/a.md': MESSY });
    fs.symlinkSync('../../outside/target.md', path.join(root, 'project', 'docs', 'link.md'));
    const cwd = path.join(root, 'project');
    const run = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(run.stderr).toBe('copydesk: warning: docs/link.md is a link out of the folders walked (to ../../outside/target.md); skipped\n');
    expect(linted(run.stdout, cwd)).toEqual(['docs/a.md']);
    expect(read(root, 'outside/target.md')).toBe(MESSY);
    expect(read(cwd, 'docs/a.md')).toBe(FIXED);
  });

  it('does not follow a link to a folder outside, nor one a glob reaches', () => {
    const root = tempFolder({ 'outside/b.md': MESSY, 'project/a.md': 'Fine.\n' });
    fs.symlinkSync('../outside', path.join(root, 'project', 'shared'));
    const cwd = path.join(root, 'project');
    const walk = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(walk.stderr).toBe('copydesk: warning: shared is a link out of the folders walked (to ../outside); skipped\n');
    expect(linted(walk.stdout, cwd)).toEqual(['a.md']);
    const glob = copydesk(['fix', '--format', 'json', '**/*.md'], { cwd });
    expect(glob.stderr).toBe(`copydesk: warning: shared/b.md is reached through a link out of the folders walked (it is ${fs.realpathSync(path.join(root, 'outside', 'b.md'))}); skipped\n`);
    expect(linted(glob.stdout, cwd)).toEqual(['a.md']);
    expect(read(root, 'outside/b.md')).toBe(MESSY);
  });

  it('follows a link that stays inside the folder walked, and a link named on the command line', () => {
    const root = tempFolder({ 'outside/target.md': MESSY, 'project/.versions/v2/c.md': MESSY });
    fs.mkdirSync(path.join(root, 'project', 'docs'));
    fs.symlinkSync('../.versions/v2', path.join(root, 'project', 'docs', 'current'));
    fs.symlinkSync('../outside/target.md', path.join(root, 'project', 'link.md'));
    const cwd = path.join(root, 'project');
    expect(linted(copydesk(['--format', 'json', '.'], { cwd }).stdout, cwd)).toEqual(['docs/current/c.md']);
    const named = copydesk(['fix', 'link.md'], { cwd });
    expect(named.code).toBe(0);
    expect(read(root, 'outside/target.md')).toBe(FIXED);
  });
});

describe('links and ignore files', () => {
  it('do not let a walk into what git ignores through a link that stays inside the folder walked', () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'build/docs/generated.md': MESSY, 'docs/a.md': 'Fine.\n' });
    fs.symlinkSync('../build/docs', path.join(cwd, 'docs', 'latest'));
    const run = copydesk(['fix', '--format', 'json', '.'], { cwd });
    expect(run.stderr).toBe('');
    expect(linted(run.stdout, cwd)).toEqual(['docs/a.md']);
    expect(linted(copydesk(['--format', 'json', 'docs/**/*.md'], { cwd }).stdout, cwd)).toEqual(['docs/a.md']);
    expect(read(cwd, 'build/docs/generated.md')).toBe(MESSY);
  });
});
