// Expands the command line's files, folders and globs into article paths, honouring .copydeskignore and config ignores.
import fs from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeIoError } from './read-file';

export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'txt'] as const;
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandOptions {
  readonly cwd: string;
  /** Extra gitignore-style patterns (the config's `ignore`), relative to cwd. */
  readonly ignore?: readonly string[];
}

export interface Expanded {
  /** Absolute paths, sorted, each once. */
  readonly files: readonly string[];
  /** Paths that named nothing, with the reason. */
  readonly missing: readonly { readonly path: string; readonly reason: string }[];
}

async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return (await fs.readFile(path.join(cwd, '.copydeskignore'), 'utf8')).split(/\r?\n/);
  } catch {
    return [];
  }
}

export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const ignorer: Ignore = ignore().add(await readIgnoreFile(cwd)).add([...(options.ignore ?? [])]);
  const isIgnored = (file: string): boolean => {
    const relative = path.relative(cwd, file);
    // Paths outside cwd are not subject to cwd's ignore files.
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ignorer.ignores(relative.split(path.sep).join('/'));
  };
  const files = new Set<string>();
  const missing: { path: string; reason: string }[] = [];
  const articleGlob = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let stat: Awaited<ReturnType<typeof fs.stat>> | undefined;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      if (!isDynamicPattern(pattern)) {
        missing.push({ path: pattern, reason: describeIoError(error) });
        continue;
      }
    }
    let found: string[];
    if (stat?.isDirectory()) {
      found = await glob(articleGlob, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED });
    } else if (stat) {
      found = [absolute];
    } else {
      found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true });
      if (found.length === 0) missing.push({ path: pattern, reason: 'no files match this pattern' });
    }
    for (const file of found) if (!isIgnored(path.normalize(file))) files.add(path.normalize(file));
  }
  return { files: [...files].sort(), missing };
}
