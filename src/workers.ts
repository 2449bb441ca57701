// Lints files on several threads: this one and worker threads (src/worker.ts) take files from one queue, a
// few at a time, so a thread that starts late or gets long files simply takes fewer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from './api';
import { addTimings } from './engine/timing';
import type { LintResult } from './types';

/** The built worker script: dist/worker.js beside the bundle (or, from the sources, in the package's dist). */
function workerScript(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    for (const candidate of [path.join(folder, 'worker.js'), path.join(folder, 'dist', 'worker.js')]) if (fs.existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error('the worker script is not built: run npm run build');
}

/** What a worker sends: results for the files it was given (none at first), or why it failed. */
export type WorkerReply = { readonly results: LintResult[]; readonly timings?: Record<string, number> } | { readonly error: string };
/** What a worker is sent: files to lint, or an empty list to finish (it then replies with its timings and ends). */
export type WorkerTask = { readonly files: readonly string[] };

/** Files a worker takes at a time: few enough to share out evenly, enough that messages cost little. */
const BATCH = 2;

/**
 * Lints `files` on `threads` threads, this one included: `lintHere` lints one file on this thread. Calls
 * `onResult` for each result as it comes, in no particular order; the caller puts them in order.
 */
export async function lintInParallel(
  files: readonly string[],
  options: LintOptions,
  threads: number,
  lintHere: (file: string) => Promise<LintResult>,
  onResult: (result: LintResult) => void,
): Promise<void> {
  let next = 0;
  let hasFailed = false;
  const take = (count: number): string[] => {
    const taken = hasFailed ? [] : files.slice(next, next + count);
    next += taken.length;
    return taken;
  };
  const script = workerScript();
  const workers = Array.from({ length: threads - 1 }, () => startWorker(script, options));
  // This thread lints one file at a time, and between files lets the workers' messages in.
  const here = (async () => {
    for (let file = take(1)[0]; file !== undefined; file = take(1)[0]) {
      onResult(await lintHere(file));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    await Promise.all([here, ...workers.map((worker) => serve(worker, () => take(BATCH), onResult))]);
  } catch (error) {
    hasFailed = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

/**
 * Starts a worker with this process's Node flags, but for --input-type, which Node refuses for a worker's script
 * file. Flags a worker may not take (V8's, and those that shape the whole process, such as --single-threaded-gc)
 * are left out: they hold for every thread of the process already.
 */
function startWorker(script: string, options: LintOptions): Worker {
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  try {
    return new Worker(script, { workerData: { options }, execArgv });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(script, { workerData: { options }, execArgv: [] });
  }
}

/** Hands a worker files until there are none left; settles when it has ended. */
function serve(worker: Worker, take: () => string[], onResult: (result: LintResult) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let isFinishing = false;
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        reject(new Error(reply.error));
        return;
      }
      try {
        // The caller's callbacks (progress, cache) run here: what they throw fails the run, as it does in one thread.
        for (const result of reply.results) onResult(result);
      } catch (error) {
        reject(error);
        return;
      }
      if (reply.timings) addTimings(reply.timings);
      if (isFinishing) return;
      const files = take();
      if (files.length === 0) isFinishing = true;
      worker.postMessage({ files } satisfies WorkerTask);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`));
      else if (!isFinishing) reject(new Error('a worker thread stopped before its work was done'));
      else resolve();
    });
  });
}
