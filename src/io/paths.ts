// Paths below a folder, written as ignore files and reports write them: relative, with `/` between the parts.
import path from 'node:path';

/** The file's path below `folder`, or undefined when it is the folder itself or not below it. */
export function pathBelow(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
}
