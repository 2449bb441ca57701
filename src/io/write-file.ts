// Writes a fixed article atomically (temporary file beside it, then rename), keeping its mode.
import fs from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

export async function writeArticle(file: string, text: string, hasBom: boolean): Promise<void> {
  // Renaming a temporary file over it would replace even a read-only file (and root may write anything): a file
  // with no write bit, or one this user may not write, is left as it is.
  const stat = await fs.stat(file);
  const isWritable = (stat.mode & 0o222) !== 0 && (await fs.access(file, fs.constants.W_OK).then(() => true, () => false));
  if (!isWritable) throw new Error('the file is read-only; fixes were not written');
  // write-file-atomic keeps the existing file's mode and owner when none is given.
  await writeFileAtomic(file, (hasBom ? '\uFEFF' : '') + text, { encoding: 'utf8' });
}
