// Finds the git repository a folder is in: the folder holding `.git`, which bounds the config search and the ignore files read.
import fs from 'node:fs';
import path from 'node:path';

/** Whether a folder holds `.git`: a folder in a plain checkout, a file in a worktree or a submodule. */
export function holdsGit(folder: string): boolean {
  return fs.existsSync(path.join(folder, '.git'));
}

/** The nearest folder at or above `folder` that holds `.git`, or undefined when none does. */
export function gitRootOf(folder: string): string | undefined {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (holdsGit(current)) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * The repository's own exclude file (`.git/info/exclude`) for a folder holding `.git`. In a worktree or a submodule
 * `.git` is a file naming the git folder (`gitdir: …`), and a worktree's git folder names the shared one in `commondir`.
 */
export function excludeFileOf(root: string): string | undefined {
  const dotGit = path.join(root, '.git');
  let gitFolder = dotGit;
  try {
    if (fs.statSync(dotGit).isFile()) {
      const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
      if (!pointer) return undefined;
      gitFolder = path.resolve(root, pointer[1]!);
      const common = fs.readFileSync(path.join(gitFolder, 'commondir'), 'utf8').trim();
      if (common) gitFolder = path.resolve(gitFolder, common);
    }
  } catch {
    // No commondir: the git folder is its own (a submodule); or .git went away, and the file below is not there either.
  }
  return path.join(gitFolder, 'info', 'exclude');
}
