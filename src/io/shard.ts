// Shards: a deterministic share of the files for one of n machines, by a hash of each file's path relative to the project root.
import path from 'node:path';
import { gitRootOf } from './project-root';

export interface Shard {
  /** 1 for the first shard. */
  readonly index: number;
  readonly count: number;
}

/**
 * The folder shard paths are taken from: the nearest folder at or above `cwd` that holds `.git`, or `cwd` when
 * none does, so that a file lands in the same shard whichever folder of the checkout the run starts in.
 */
export function projectRoot(cwd: string): string {
  return gitRootOf(cwd) ?? path.resolve(cwd);
}

/** FNV-1a over the path's UTF-16 code units, with `/` between folders on every platform. */
function pathHash(relative: string): number {
  let hash = 2166136261;
  for (let i = 0; i < relative.length; i++) hash = Math.imul(hash ^ relative.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** The shard (1 to count) a file belongs to: it depends on the file's own path only, never on the other files. */
export function shardOf(file: string, root: string, count: number): number {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return (pathHash(relative) % count) + 1;
}

/** The files of one shard, in their given order. */
export function filesOfShard(files: readonly string[], shard: Shard, root: string): string[] {
  return files.filter((file) => shardOf(file, root, shard.count) === shard.index);
}
