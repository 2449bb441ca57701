// Replaces a file's contents atomically: the new bytes go to a temporary file beside it, which is written in full,
// checked, synced and renamed over the file. On any failure the temporary file is removed and the file is as it was.
//
// Written here rather than taken from write-file-atomic, which issues one write() and ignores how much of it the
// system took: a full disk or a file-size limit then leaves a truncated temporary file that is renamed over the
// article. FileHandle.writeFile writes until every byte is taken or the system refuses, and the size is checked
// before the rename all the same.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { onExit } from 'signal-exit';
import type { FileVersion } from './read-file';

/** Temporary files being written now: removed if the process is stopped (Ctrl-C, a kill) before they are renamed. */
const temporaryFiles = new Set<string>();
let isCleanupInstalled = false;

function track(file: string): void {
  if (!isCleanupInstalled) {
    isCleanupInstalled = true;
    onExit(() => {
      for (const each of temporaryFiles) {
        try {
          unlinkSync(each);
        } catch {
          // Renamed or removed already.
        }
      }
    });
  }
  temporaryFiles.add(file);
}

/** Whether a failed chown can be let pass: the system has none, or a user who is not root may not give files away. */
function isChownRefusalOk(error: NodeJS.ErrnoException): boolean {
  if (error.code === 'ENOSYS') return true;
  return process.getuid?.() !== 0 && (error.code === 'EPERM' || error.code === 'EINVAL');
}

/** The error a write gives when the file is no longer what was read: it is left as it now is. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
}

/** Whether the file on disk is still the version that was read (same inode, size and modification time). */
function isSameVersion(stat: { size: number; mtimeMs: number; ino: number }, version: FileVersion): boolean {
  return stat.ino === version.ino && stat.size === version.size && stat.mtimeMs === version.mtimeMs;
}

/**
 * Writes `data` (text as UTF-8) over `file` atomically, keeping an existing file's mode and, where the user may,
 * its owner; a link is written through to the file it names. Throws the system's error when it cannot. With
 * `unless`, the version of the file that was read, it looks at the file again just before the rename and
 * throws FileChangedError, writing nothing, when the file has changed since: an edit saved meanwhile is kept.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, readVersion?: FileVersion): Promise<void> {
  const target = await fs.realpath(file).catch(() => file);
  const existing = await fs.stat(target).catch(() => undefined);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // A dot name: a folder walk running beside this one passes it over.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  track(temporary);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    await handle.writeFile(bytes);
    const { size } = await handle.stat();
    if (size !== bytes.byteLength) {
      throw Object.assign(new Error(`only ${size} of ${bytes.byteLength} bytes could be written`), { code: 'EIO' });
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (existing) {
      // The mode given to open() is narrowed by the umask: set it exactly.
      await fs.chmod(temporary, existing.mode & 0o7777);
      await fs.chown(temporary, existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
        if (!isChownRefusalOk(error)) throw error;
      });
    }
    if (readVersion && !isSameVersion(await fs.stat(target), readVersion)) throw new FileChangedError('the file changed on disk since it was read');
    await fs.rename(temporary, target);
  } finally {
    await handle?.close().catch(() => undefined);
    // Gone already after the rename; after a failure this is what keeps the folder clean.
    await fs.unlink(temporary).catch(() => undefined);
    temporaryFiles.delete(temporary);
  }
}
