// Walks a folder for articles: *.md and *.markdown, and *.txt files that read as prose, leaving out hidden files and
// folders, node_modules, what .gitignore and .copydeskignore files leave out, and links out of the folders walked.
import fs, { type Dirent } from 'node:fs';
import path from 'node:path';
import { isLeftOut, type IgnoreFiles, type IgnoreLevels } from './ignore-files';
import { brokenLinkReason, isInside, outsideLinkReason, realPath } from './links';
import { isPlainTextArticle } from './prose';

export const ARTICLE_EXTENSIONS = ['md', 'markdown', 'txt'] as const;
const ARTICLE = new RegExp(`\\.(?:${ARTICLE_EXTENSIONS.join('|')})$`, 'i');

/** Whether a file's name is an article's (*.md, *.markdown, *.txt): what a folder walk looks at. */
export function isArticleName(file: string): boolean {
  return ARTICLE.test(file);
}

/** Whether a walk takes a file it found with an article's name: a *.txt only when it reads as prose. */
export function isFoundArticle(file: string): boolean {
  return !/\.txt$/i.test(file) || isPlainTextArticle(file);
}

export interface PassedOverPath {
  readonly path: string;
  readonly reason: string;
}

/** What walks have found so far. */
export interface Found {
  readonly files: string[];
  /** What was passed over with a word (broken links, links out of the folders walked, a folder git ignores), and why. */
  readonly passedOver: PassedOverPath[];
  /** How many articles .copydeskignore files left out. */
  ignored: number;
}

export interface WalkContext {
  readonly ignoreFiles: IgnoreFiles;
  /** The real paths of the folders the run walks: a link that leads out of all of them is not followed. */
  readonly within: readonly string[];
  /** The real paths of the folders walked so far: each is walked once, whatever links lead to it. */
  readonly seen: Set<string>;
}

/** What an entry of a folder is, links followed: a folder, a file, or something a walk passes by. */
interface Entry {
  readonly path: string;
  readonly kind: 'folder' | 'file' | 'other';
  /** Its real path: where a link leads, or its place below the real path of the folder walked. */
  readonly real: string;
}

/** Whether a walk looks at an entry at all: hidden files and folders, and node_modules, it never opens. */
function isPassedBy(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** How many files with an article's name a folder holds, links not followed: what a .copydeskignore leaves out. */
function countArticles(folder: string): number {
  let count = 0;
  let entries: Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (isPassedBy(entry.name)) continue;
    if (entry.isDirectory()) count += countArticles(path.join(folder, entry.name));
    else if (isArticleName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) count++;
  }
  return count;
}

/** Whether the ignore files leave an entry out, and so whether it goes unmentioned. */
function isIgnored(levels: IgnoreLevels, entry: string, isFolder: boolean): boolean {
  return isLeftOut(levels, 'git', entry, isFolder) || isLeftOut(levels, 'copydesk', entry, isFolder);
}

/**
 * Whether the ignore files leave out where a link inside the folders walked leads: where it leads counts as well as
 * where it stands, so that a link does not let a walk into what git or .copydeskignore leave out.
 */
export function isLeftOutWhereItLeads(real: string, isFolder: boolean, context: WalkContext): boolean {
  const home = context.within.find((folder) => isInside(real, [folder]));
  return context.ignoreFiles.isIgnored('git', real, isFolder, home) || context.ignoreFiles.isIgnored('copydesk', real, isFolder);
}

/**
 * Follows a link the walk met: undefined when it is broken or leads out of the folders walked, noted as passed over
 * when it has an article's name or leads to a folder, and no ignore file leaves it out (a link to anything else is
 * passed by without a word, as a walk passes by any other file).
 */
function followLink(link: string, levels: IgnoreLevels, context: WalkContext, found: Found): Entry | undefined {
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync.native(link);
    stat = fs.statSync(real);
  } catch (error) {
    if (isArticleName(link) && !isIgnored(levels, link, false)) found.passedOver.push({ path: link, reason: `${brokenLinkReason(link, error as NodeJS.ErrnoException)}; skipped` });
    return undefined;
  }
  const kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  if (isInside(real, context.within)) return isLeftOutWhereItLeads(real, kind === 'folder', context) ? undefined : { path: link, kind, real };
  const isNoted = kind === 'folder' || (kind === 'file' && isArticleName(link));
  if (isNoted && !isIgnored(levels, link, kind === 'folder')) found.passedOver.push({ path: link, reason: outsideLinkReason(link, real) });
  return undefined;
}

/** Takes one entry of a folder: an article into `found`, a folder onto `stack`. */
function take(entry: Entry, levels: IgnoreLevels, context: WalkContext, found: Found, stack: Pending[]): void {
  const isFolder = entry.kind === 'folder';
  if (entry.kind === 'other' || (!isFolder && !isArticleName(entry.path))) return;
  if (isLeftOut(levels, 'git', entry.path, isFolder)) return;
  if (isLeftOut(levels, 'copydesk', entry.path, isFolder)) {
    found.ignored += isFolder ? countArticles(entry.path) : 1;
    return;
  }
  if (!isFolder) {
    if (isFoundArticle(entry.path)) found.files.push(entry.path);
    return;
  }
  if (context.seen.has(entry.real)) return;
  context.seen.add(entry.real);
  stack.push({ folder: entry.path, real: entry.real, above: levels });
}

/** A folder still to walk, with the ignore rules of the folders above it. */
interface Pending {
  readonly folder: string;
  readonly real: string;
  readonly above: IgnoreLevels;
}

/**
 * Walks `root`, a folder named on the command line (or a glob's folder), into `found`. Links are followed while they
 * stay inside the folders walked; an unreadable folder is passed by, as a glob would pass it by. A root that git
 * ignores is passed over with a word: a run from inside it skips what a run from the top skips.
 */
export function walkFolder(root: string, context: WalkContext, found: Found): void {
  const { ignoreFiles } = context;
  if (ignoreFiles.isIgnored('copydesk', root, true)) {
    found.ignored += countArticles(root);
    return;
  }
  if (ignoreFiles.isIgnored('git', root, true, root)) {
    found.passedOver.push({ path: root, reason: 'is a folder git ignores; skipped (name its files to check them)' });
    return;
  }
  const rootReal = realPath(root);
  if (context.seen.has(rootReal)) return;
  context.seen.add(rootReal);
  const stack: Pending[] = [{ folder: root, real: rootReal, above: ignoreFiles.levelsAbove(root, root) }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(next.folder, { withFileTypes: true });
    } catch {
      continue;
    }
    const levels = ignoreFiles.enter(next.above, next.folder, new Set(entries.map((entry) => entry.name)));
    for (const dirent of entries) {
      if (isPassedBy(dirent.name)) continue;
      const full = path.join(next.folder, dirent.name);
      const real = path.join(next.real, dirent.name);
      const entry: Entry | undefined = dirent.isSymbolicLink() ? followLink(full, levels, context, found) : { path: full, kind: dirent.isDirectory() ? 'folder' : dirent.isFile() ? 'file' : 'other', real };
      if (entry) take(entry, levels, context, found, stack);
    }
  }
}
