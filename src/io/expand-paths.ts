// Expands the command line's files, folders and globs into article paths, honouring .copydeskignore.
import { lstatSync, readlinkSync, realpath, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { pathBelow } from './paths';
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
  /** Articles a folder or glob reached that cannot be read (broken links), with the reason: warned about, not errors. */
  readonly passedOver: readonly { readonly path: string; readonly reason: string }[];
  /** The files named on the command line itself (not found by a folder walk or a glob). */
  readonly named: ReadonlySet<string>;
  /** How many files .copydeskignore left out. */
  readonly ignored: number;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** Why a link cannot be followed, from the error following it gave. */
function brokenLinkReason(link: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return 'is a link that leads back to itself';
  if (error.code !== 'ENOENT') return `is a link that cannot be followed (${describeIoError(error)})`;
  let target = '';
  try {
    target = readlinkSync(link);
  } catch {
    // Gone since: the reason stands without the target.
  }
  return `is a broken link${target ? ` (to ${target}, which does not exist)` : ''}`;
}

/**
 * The file system a folder walk reads through: node's own, noting each link the walk cannot follow, which it would
 * otherwise pass over without a word.
 */
function noticingBrokenLinks(broken: Map<string, NodeJS.ErrnoException>): { realpath: typeof realpath } {
  const follow = (link: string, done: (error: NodeJS.ErrnoException | null, resolved: string) => void): void => {
    realpath(link, (error, resolved) => {
      if (error) broken.set(link, error);
      done(error, resolved);
    });
  };
  return { realpath: follow as typeof realpath };
}

/** The gitignore patterns of the `.copydeskignore` in a folder (none when there is no such file). */
export async function ignoreFileOf(folder: string): Promise<Ignore> {
  let lines: string[] = [];
  try {
    lines = (await readFile(path.join(folder, '.copydeskignore'), 'utf8')).split(/\r?\n/);
  } catch {
    // No ignore file.
  }
  return ignore().add(lines);
}

/** Whether a file's name is an article's (*.md, *.markdown, *.txt): what a folder walk takes. */
export function isArticleName(file: string): boolean {
  return ARTICLE.test(file);
}

/**
 * A file named on the command line is an article whatever its extension; a folder or glob yields only
 * *.md, *.markdown and *.txt files.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const ignorer = await ignoreFileOf(cwd);
  const isIgnored = (file: string): boolean => {
    // Paths outside cwd are not subject to cwd's ignore file.
    const below = pathBelow(cwd, file);
    return below !== undefined && ignorer.ignores(below);
  };
  const found: string[] = [];
  const named = new Set<string>();
  const missing: { path: string; reason: string }[] = [];
  const broken = new Map<string, NodeJS.ErrnoException>();
  const walker = noticingBrokenLinks(broken);
  const articleGlob = `**/*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) {
      if (!isDynamicPattern(pattern)) {
        missing.push({ path: pattern, reason: isLink(absolute) ? brokenLinkReason(absolute, info) : describeIoError(info) });
        continue;
      }
      const matches = (await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true })).filter((file) => ARTICLE.test(file));
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no articles (*.md, *.markdown, *.txt) match this pattern' });
      found.push(...matches);
    } else if (info.isDirectory()) {
      found.push(...(await glob(articleGlob, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED, fs: walker })));
    } else {
      found.push(absolute);
      named.add(realPath(path.normalize(absolute)));
    }
  }
  // Links a folder walk could not follow, among the names it would have taken as articles. (A glob matches
  // what exists, as a shell's does: a broken link is simply not among its matches.)
  const passedOver = [...broken]
    .map(([link, error]) => ({ link: path.normalize(link), error }))
    .filter(({ link }) => ARTICLE.test(link) && !path.basename(link).startsWith('.') && !isIgnored(link))
    .map(({ link, error }) => ({ path: link, reason: `${brokenLinkReason(link, error)}; skipped` }));
  const files = new Map<string, string>();
  const namedFiles = new Set<string>();
  let ignored = 0;
  for (const file of found.map((each) => path.normalize(each))) {
    if (isIgnored(file)) {
      ignored++;
      continue;
    }
    // One system call a file: the promise version queues each on libuv's pool, which costs more than the call.
    const real = realPath(file);
    if (!files.has(real)) files.set(real, file);
    if (named.has(real)) namedFiles.add(files.get(real)!);
  }
  return { files: [...files.values()].sort(), missing, passedOver, named: namedFiles, ignored };
}
