// Writes a fixed article atomically (temporary file beside it, then rename), keeping its mode; says plainly why a write failed.
import fs from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';
import type { FileVersion } from './read-file';
import { describeError } from '../errors';

/**
 * Writes `text` over `file`. When it cannot, it throws with the reason, and the file is as it was: the text goes
 * to a temporary file first, which is removed when writing it fails (a full disk, a file-size limit).
 */
export async function writeArticle(file: string, text: string, hasBom: boolean, readVersion?: FileVersion): Promise<void> {
  // Renaming a temporary file over it would replace even a read-only file (and root may write anything): a file
  // with no write bit, or one this user may not write, is left as it is.
  const stat = await fs.stat(file);
  const isWritable = (stat.mode & 0o222) !== 0 && (await fs.access(file, fs.constants.W_OK).then(() => true, () => false));
  if (!isWritable) throw new Error(`permission denied (the file is ${(stat.mode & 0o222) === 0 ? 'read-only' : 'not writable by this user'})`);
  try {
    await writeFileAtomic(file, (hasBom ? '\uFEFF' : '') + text, readVersion);
  } catch (error) {
    throw new Error(describeWriteError(error), { cause: error });
  }
}

/** Whether a write failed because the file changed on disk after it was read (see writeFileAtomic). */
export function isFileChanged(error: unknown): boolean {
  return error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ECHANGED';
}

/** Why a write failed, in words: the causes a user can act on by name, anything else as the system put it. */
export function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ECHANGED':
      return 'it changed on disk while copydesk was fixing it (saved by someone else meanwhile); the newer file is kept';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the folder does not let this user create the temporary file a safe write needs)';
    case 'EROFS':
      return 'the file system is mounted read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'the fixed file is larger than the file-size limit (ulimit -f) allows';
    default:
      return describeError(error);
  }
}
