// Expands the command line's files, folders and globs into article paths, honouring .copydeskignore.
import { realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeIoError } from './read-file';

export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'txt'] as const;
const ARTICLE = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandOptions {
  readonly cwd: string;
}

export interface Expanded {
  /** Absolute paths, sorted, each file once (a file reached through two links counts once). */
  readonly files: readonly string[];
  /** Paths that named nothing, with the reason. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
  /** How many files .copydeskignore left out. */
  readonly ignored: number;
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return (await fs.readFile(path.join(cwd, '.copydeskignore'), 'utf8')).split(/\r?\n/);
  } catch {
    return [];
  }
}

/**
 * A file named on the command line is an article whatever its extension; a folder or glob yields only
 * *.md, *.markdown and *.txt files.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const ignorer: Ignore = ignore().add(await readIgnoreFile(cwd));
  const isIgnored = (file: string): boolean => {
    const relative = path.relative(cwd, file);
    // Paths outside cwd are not subject to cwd's ignore file.
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ignorer.ignores(relative.split(path.sep).join('/'));
  };
  const found: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  const articleGlob = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    const stat = await fs.stat(absolute).catch((error: unknown) => error as Error);
    if (stat instanceof Error) {
      if (!isDynamicPattern(pattern)) {
        missing.push({ path: pattern, reason: describeIoError(stat) });
        continue;
      }
      const matches = (await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true })).filter((file) => ARTICLE.test(file));
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no articles (*.md, *.markdown, *.txt) match this pattern' });
      found.push(...matches);
    } else if (stat.isDirectory()) {
      found.push(...(await glob(articleGlob, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED })));
    } else {
      found.push(absolute);
    }
  }
  const files = new Map<string, string>();
  let ignored = 0;
  for (const file of found.map((each) => path.normalize(each))) {
    if (isIgnored(file)) {
      ignored++;
      continue;
    }
    // One system call a file: the promise version queues each on libuv's pool, which costs more than the call.
    const real = realPath(file);
    if (!files.has(real)) files.set(real, file);
  }
  return { files: [...files.values()].sort(), missing, ignored };
}
