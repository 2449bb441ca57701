// Writes a fixed article atomically (temporary file beside it, then rename), keeping its mode.
import writeFileAtomic from 'write-file-atomic';

export async function writeArticle(file: string, text: string, hasBom: boolean): Promise<void> {
  // write-file-atomic keeps the existing file's mode and owner when none is given.
  await writeFileAtomic(file, (hasBom ? '\uFEFF' : '') + text, { encoding: 'utf8' });
}
