// Reads an article from disk as text: refuses binary files, invalid UTF-8 and huge files with a clear reason; keeps the BOM aside.
import fs from 'node:fs';
import { describeError } from '../errors';

/**
 * Articles larger than this are refused rather than risk exhausting memory, whether named by path, given on
 * standard input or opened in the language server: a run holds several copies of an article as it lints it.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** What the file was when it was read: a write that finds it otherwise leaves it alone (someone saved it meanwhile). */
export interface FileVersion {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

/** Why an article of this many bytes is refused, or undefined: the same words wherever it came from. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `is too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB); not checked`;
}

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly hasBom: boolean; readonly version?: FileVersion }
  | { readonly ok: false; readonly reason: string; /** The file looks like binary data, not text: a folder walk passes over it. */ readonly isBinary?: true };

/** Reads synchronously: articles are small and local, and a run is CPU-bound, so waiting on the thread pool only adds latency. */
export function readArticle(file: string): ReadResult {
  let buffer: Buffer;
  let version: FileVersion;
  try {
    const stat = fs.statSync(file);
    version = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino };
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
    // A pipe or device has no size to check and may never end: only regular files are read.
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file (a pipe, socket or device); not read' };
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) return { ok: false, reason: tooLarge };
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  }
  const decoded = decodeArticle(buffer);
  return decoded.ok ? { ...decoded, version } : decoded;
}

export function decodeArticle(buffer: Uint8Array): ReadResult {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) {
    return { ok: false, reason: 'is UTF-16 encoded; save it as UTF-8' };
  }
  const probe = buffer.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'looks binary (contains NUL bytes); not checked', isBinary: true };
  const hasBom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = hasBom ? buffer.subarray(3) : buffer;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), hasBom };
  } catch {
    const at = firstInvalidUtf8(body) + (hasBom ? 3 : 0);
    return { ok: false, reason: `is not valid UTF-8 (first bad byte at offset ${at}); not checked and never rewritten` };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return describeError(error);
  }
}
