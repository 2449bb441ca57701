// Reads .gitignore and .copydeskignore as git reads .gitignore: a file in any folder from the repository's root down,
// its patterns relative to its own folder, a deeper file's rule over a shallower one's, and nothing below a folder
// left out taken back in.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { pathBelow } from './paths';
import { excludeFileOf, holdsGit } from './project-root';

/** `git`: .gitignore and the repository's .git/info/exclude; `copydesk`: .copydeskignore. */
export type IgnoreKind = 'git' | 'copydesk';

const FILE_NAMES: Readonly<Record<IgnoreKind, string>> = { git: '.gitignore', copydesk: '.copydeskignore' };

/** The rules one folder's ignore files hold. */
export interface IgnoreLevel {
  readonly folder: string;
  readonly git?: Ignore;
  readonly copydesk?: Ignore;
}

/** The levels that apply to what a folder holds, the outermost first. */
export type IgnoreLevels = readonly IgnoreLevel[];

/** The patterns of these files, in order (a later file's rule wins); undefined when none of them exists. */
function readPatterns(files: readonly string[]): Ignore | undefined {
  let matcher: Ignore | undefined;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    matcher = (matcher ?? ignore()).add(text.replace(/^\uFEFF/, '').split(/\r?\n/));
  }
  return matcher;
}

function isAtOrBelow(folder: string, root: string): boolean {
  return folder === root || pathBelow(root, folder) !== undefined;
}

/** Whether the levels leave `entry` out by its own name, its folders above it having been let in. */
export function isLeftOut(levels: IgnoreLevels, kind: IgnoreKind, entry: string, isFolder: boolean): boolean {
  let isIgnored = false;
  for (const level of levels) {
    const matcher = level[kind];
    const below = matcher && pathBelow(level.folder, entry);
    if (!matcher || below === undefined) continue;
    const result = matcher.test(isFolder ? `${below}/` : below);
    // As in git, the last rule that matches decides, and a deeper file's rules come after a shallower one's.
    if (result.ignored) isIgnored = true;
    else if (result.unignored) isIgnored = false;
  }
  return isIgnored;
}

/** The ignore files of a run, each read once. */
export class IgnoreFiles {
  private readonly levels = new Map<string, IgnoreLevel | null>();
  private readonly folderVerdicts = new Map<string, boolean>();
  private readonly repositoryRoots = new Map<string, boolean>();

  /** Whether a folder holds `.git`, looked up once. */
  private holdsGit(folder: string): boolean {
    let holds = this.repositoryRoots.get(folder);
    if (holds === undefined) {
      holds = holdsGit(folder);
      this.repositoryRoots.set(folder, holds);
    }
    return holds;
  }

  /**
   * The levels that apply inside `folder`, given those of its parent: its own files' added, or, when it holds
   * `.git`, its own alone (a repository's rules start at its root). `names`, the folder's listing, spares look-ups.
   */
  enter(parent: IgnoreLevels, folder: string, names?: ReadonlySet<string>): IgnoreLevels {
    const isRepositoryRoot = names ? names.has('.git') : this.holdsGit(folder);
    let level = this.levels.get(folder);
    if (level === undefined) {
      const filesOf = (kind: IgnoreKind): string[] => (names === undefined || names.has(FILE_NAMES[kind]) ? [path.join(folder, FILE_NAMES[kind])] : []);
      const exclude = isRepositoryRoot ? excludeFileOf(folder) : undefined;
      // The repository's exclude file first: a .gitignore's rules come after it, and so win.
      const git = readPatterns([...(exclude ? [exclude] : []), ...filesOf('git')]);
      const copydesk = readPatterns(filesOf('copydesk'));
      level = git || copydesk ? { folder, ...(git ? { git } : {}), ...(copydesk ? { copydesk } : {}) } : null;
      this.levels.set(folder, level);
    }
    const base = isRepositoryRoot ? [] : parent;
    return level ? [...base, level] : base;
  }

  /**
   * The levels that apply to `folder` itself: from the top (the repository's root, or, outside a repository, the
   * file system's root) down to its parent. Outside a repository, .gitignore files count only from `gitFloor` down.
   */
  levelsAbove(folder: string, gitFloor: string | undefined): IgnoreLevels {
    if (this.holdsGit(folder)) return [];
    const chain: string[] = [];
    let isInRepository = false;
    for (let current = path.dirname(folder); ; current = path.dirname(current)) {
      chain.unshift(current);
      if (this.holdsGit(current)) {
        isInRepository = true;
        break;
      }
      if (path.dirname(current) === current) break;
    }
    let levels: IgnoreLevels = [];
    for (const each of chain) levels = this.enter(levels, each);
    if (isInRepository) return levels;
    return levels.map((level) => (gitFloor !== undefined && isAtOrBelow(level.folder, gitFloor) ? level : { folder: level.folder, ...(level.copydesk ? { copydesk: level.copydesk } : {}) }));
  }

  /**
   * Whether the ignore files of `kind` leave out `entry` (a file, or a folder when `isFolder`), by its own name or by
   * a folder above it. Outside a repository, .gitignore files count only from `gitFloor` down (none without it).
   */
  isIgnored(kind: IgnoreKind, entry: string, isFolder: boolean, gitFloor?: string): boolean {
    // A repository's root is its own project: what the repository around it says of it does not count from inside.
    if (isFolder && this.holdsGit(entry)) return false;
    const parent = path.dirname(entry);
    if (parent !== entry && this.isFolderIgnored(kind, parent, gitFloor)) return true;
    return isLeftOut(this.levelsAbove(entry, gitFloor), kind, entry, isFolder);
  }

  private isFolderIgnored(kind: IgnoreKind, folder: string, gitFloor: string | undefined): boolean {
    const key = `${kind}\0${gitFloor ?? ''}\0${folder}`;
    let verdict = this.folderVerdicts.get(key);
    if (verdict === undefined) {
      verdict = path.dirname(folder) !== folder && this.isIgnored(kind, folder, true, gitFloor);
      this.folderVerdicts.set(key, verdict);
    }
    return verdict;
  }
}
