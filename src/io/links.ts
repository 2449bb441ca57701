// Symbolic links as a folder walk meets them: where one leads, whether it stays inside the folders walked, and why
// one cannot be followed, in words.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { pathBelow } from './paths';
import { describeIoError } from './read-file';

export function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The file's real path, links resolved; the path itself when it cannot be resolved. */
export function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** What a link says it leads to, as written in it; empty when it cannot be read. */
function targetOf(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return '';
  }
}

/** Why a link cannot be followed, from the error following it gave. */
export function brokenLinkReason(link: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return 'is a link that leads back to itself';
  if (error.code !== 'ENOENT') return `is a link that cannot be followed (${describeIoError(error)})`;
  const target = targetOf(link);
  return `is a broken link${target ? ` (to ${target}, which does not exist)` : ''}`;
}

/** Why a walk passes over a link that leads out of the folders it walks, or a file a glob reached through one. */
export function outsideLinkReason(file: string, real: string): string {
  const target = isLink(file) ? targetOf(file) : '';
  return target ? `is a link out of the folders walked (to ${target}); skipped` : `is reached through a link out of the folders walked (it is ${real}); skipped`;
}

/** Whether a real path lies in one of the folders (real paths too), or is one of them. */
export function isInside(real: string, folders: readonly string[]): boolean {
  return folders.some((folder) => real === folder || pathBelow(folder, real) !== undefined);
}
