// Expands the command line's files, folders and globs into article paths: a file named is taken as it is, while
// folders and globs take only what a walk takes (see walk.ts); .copydeskignore files leave out either.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { IgnoreFiles } from './ignore-files';
import { brokenLinkReason, isInside, isLink, outsideLinkReason, realPath } from './links';
import { describeIoError } from './read-file';
import { isArticleName, isFoundArticle, isLeftOutWhereItLeads, walkFolder, type Found, type PassedOverPath, type WalkContext } from './walk';

export { isArticleName } from './walk';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandOptions {
  readonly cwd: string;
}

export interface Expanded {
  /** Absolute paths, sorted, each file once (a file reached through two links counts once). */
  readonly files: readonly string[];
  /** Paths that named nothing, with the reason. */
  readonly missing: readonly PassedOverPath[];
  /** What a folder walk or glob reached and passed over (broken links, links out of the folders walked, a folder git ignores), with the reason: warned about, not errors. */
  readonly passedOver: readonly PassedOverPath[];
  /** The files named on the command line itself (not found by a folder walk or a glob). */
  readonly named: ReadonlySet<string>;
  /** How many files .copydeskignore files left out. */
  readonly ignored: number;
}

/** A command-line path, told apart: a file, a folder, a glob, or nothing (missing). */
type Input =
  | { readonly kind: 'file' | 'folder'; readonly path: string }
  | { readonly kind: 'glob'; readonly pattern: string; readonly base: string }
  | { readonly kind: 'missing'; readonly path: string; readonly reason: string };

/** The folder a glob's matches lie in: the part of the pattern before its first wildcard. */
function baseOf(pattern: string, cwd: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return path.resolve(cwd, fixed.join('/') || '.');
}

async function classify(pattern: string, cwd: string): Promise<Input> {
  const absolute = path.resolve(cwd, pattern);
  const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (!(info instanceof Error)) return { kind: info.isDirectory() ? 'folder' : 'file', path: absolute };
  if (isDynamicPattern(pattern)) return { kind: 'glob', pattern, base: baseOf(pattern, cwd) };
  return { kind: 'missing', path: pattern, reason: isLink(absolute) ? brokenLinkReason(absolute, info) : describeIoError(info) };
}

/**
 * What a glob matches, as a walk would take it: not what .gitignore files leave out (from the glob's folder down,
 * outside a repository) nor, counted as ignored, what .copydeskignore files leave out; not a .txt that is not prose, and not through a link out of the folders walked. A glob
 * matches what exists, as a shell's does: a broken link is simply not among its matches.
 */
async function expandGlob(input: Input & { kind: 'glob' }, cwd: string, context: WalkContext, found: Found): Promise<boolean> {
  const matches = (await glob(input.pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true })).map((file) => path.normalize(file)).filter(isArticleName);
  for (const match of matches) {
    if (context.ignoreFiles.isIgnored('git', match, false, input.base)) continue;
    if (context.ignoreFiles.isIgnored('copydesk', match, false)) {
      found.ignored++;
      continue;
    }
    const real = realPath(match);
    if (!isInside(real, context.within)) found.passedOver.push({ path: match, reason: outsideLinkReason(match, real) });
    else if (real !== match && isLeftOutWhereItLeads(real, false, context)) continue;
    else if (isFoundArticle(match)) found.files.push(match);
  }
  return matches.length > 0;
}

/**
 * A file named on the command line is an article whatever its extension, whatever .gitignore says, and wherever a
 * link named leads; a folder or glob yields only what a walk takes (see walk.ts). .copydeskignore files apply to both.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const inputs = await Promise.all((patterns.length > 0 ? patterns : ['.']).map((pattern) => classify(pattern, cwd)));
  const ignoreFiles = new IgnoreFiles();
  const within = inputs.flatMap((input) => (input.kind === 'folder' ? [realPath(input.path)] : input.kind === 'glob' ? [realPath(input.base)] : []));
  const context: WalkContext = { ignoreFiles, within, seen: new Set() };
  const found: Found = { files: [], passedOver: [], ignored: 0 };
  const missing: PassedOverPath[] = [];
  const named = new Set<string>();
  for (const input of inputs) {
    if (input.kind === 'missing') missing.push({ path: input.path, reason: input.reason });
    else if (input.kind === 'folder') walkFolder(input.path, context, found);
    else if (input.kind === 'glob') {
      if (!(await expandGlob(input, cwd, context, found))) missing.push({ path: input.pattern, reason: 'no articles (*.md, *.markdown, *.txt) match this pattern' });
    } else if (ignoreFiles.isIgnored('copydesk', input.path, false)) found.ignored++;
    else {
      found.files.push(input.path);
      named.add(realPath(input.path));
    }
  }
  return { ...unique(found.files, named), missing, passedOver: found.passedOver, ignored: found.ignored };
}

/** Each file once, by its real path, under the first name it was found by; and which of them were named. */
function unique(found: readonly string[], named: ReadonlySet<string>): { files: string[]; named: Set<string> } {
  const files = new Map<string, string>();
  const namedFiles = new Set<string>();
  for (const file of found.map((each) => path.normalize(each))) {
    // One system call a file: the promise version queues each on libuv's pool, which costs more than the call.
    const real = realPath(file);
    if (!files.has(real)) files.set(real, file);
    if (named.has(real)) namedFiles.add(files.get(real)!);
  }
  return { files: [...files.values()].sort(), named: namedFiles };
}
