// Ignore files read as git reads .gitignore: every level from the repository's root, each relative to its folder, the
// deeper over the shallower, and nothing below an excluded folder taken back in.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/io/expand-paths';
import { IgnoreFiles } from '../../src/io/ignore-files';
import { tempFolder } from '../cli/helpers';

const GIT = { '.git/HEAD': 'ref: refs/heads/main\n' };

/** The files a walk of `folder` (from `cwd`) takes, as paths below `cwd`. */
async function walked(cwd: string, paths: readonly string[] = []): Promise<string[]> {
  const { files } = await expandPaths(paths, { cwd });
  return files.map((file) => path.relative(cwd, file).split(path.sep).join('/'));
}

describe('ignore files', () => {
  it('take a file back that a shallower file left out, but never one below a folder left out', async () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': '*.draft.md\narchive/\n', 'docs/.gitignore': '!keep.draft.md\n', 'docs/keep.draft.md': '', 'docs/b.draft.md': '', 'archive/.gitignore': '!*.md\n', 'archive/old.md': '', 'a.md': '' });
    expect(await walked(cwd)).toEqual(['a.md', 'docs/keep.draft.md']);
    const ignoreFiles = new IgnoreFiles();
    expect(ignoreFiles.isIgnored('git', path.join(cwd, 'archive', 'old.md'), false)).toBe(true);
    expect(ignoreFiles.isIgnored('git', path.join(cwd, 'docs', 'keep.draft.md'), false)).toBe(false);
  });

  it('start again at a nested repository: the outer one’s rules stop at its root', async () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'notes.md\n', '.copydeskignore': 'drafts/\n', 'vendor/.git/HEAD': '', 'vendor/notes.md': '', 'vendor/drafts/x.md': '', 'notes.md': '' });
    expect(await walked(cwd)).toEqual(['vendor/drafts/x.md', 'vendor/notes.md']);
  });

  it('leave out a folder by a pattern ending in a slash, and not a file of that name', async () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'build/\n', 'build/a.md': '', 'docs/build': '', 'docs/b.md': '' });
    expect(await walked(cwd)).toEqual(['docs/b.md']);
  });

  it('count what .copydeskignore leaves out, and leave out nothing .gitignore leaves out from the count', async () => {
    const cwd = tempFolder({ ...GIT, '.gitignore': 'out/\n', '.copydeskignore': 'drafts/\nold.md\n', 'out/a.md': '', 'drafts/b.md': '', 'drafts/c.md': '', 'old.md': '', 'new.md': '' });
    const expanded = await expandPaths([], { cwd });
    expect(expanded.ignored).toBe(3);
    expect(expanded.files.map((file) => path.basename(file))).toEqual(['new.md']);
  });
});

describe('a walk that starts in a nested repository', () => {
  it('reads that repository’s ignore files only, even where the repository around it leaves it out', async () => {
    const outer = tempFolder({ ...GIT, '.gitignore': 'vendor/\n', '.copydeskignore': 'vendor/\n', 'vendor/lib/.git/HEAD': '', 'vendor/lib/.gitignore': 'out/\n', 'vendor/lib/a.md': '', 'vendor/lib/out/b.md': '' });
    expect(await walked(path.join(outer, 'vendor', 'lib'))).toEqual(['a.md']);
  });
});
