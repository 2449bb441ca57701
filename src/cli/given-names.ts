// Names files as the command line named them: `--fix-dry-run ../drafts` shows `../drafts/story.md`, an absolute path
// stays absolute, and a file found in the current folder is named from it.
import path from 'node:path';

/** Whether a path given is a glob rather than a file or folder (tinyglobby's special characters). */
function isGlob(given: string): boolean {
  return /[*?[\]{}()!]/.test(given);
}

/**
 * The name of a file (an absolute path) as the paths given reach it: the path given itself, or the folder given
 * followed by the file's path inside it; else its path from the current folder (absolute when it lies outside it
 * and a path given was absolute).
 */
export function givenName(filePath: string, given: readonly string[], cwd: string): string {
  for (const typed of given) {
    if (isGlob(typed)) continue;
    const base = path.resolve(cwd, typed);
    if (filePath === base) return typed;
    // The current folder, however written, names its files from itself: `a.md`, not `./a.md`.
    if (filePath.startsWith(base + path.sep) && base !== path.resolve(cwd)) {
      return `${typed.replace(/[\\/]+$/, '')}/${path.relative(base, filePath).split(path.sep).join('/')}`;
    }
  }
  const relative = path.relative(cwd, filePath);
  const isOutside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (isOutside && (given.length === 0 || given.some((typed) => path.isAbsolute(typed)))) return filePath;
  return relative.split(path.sep).join('/');
}
