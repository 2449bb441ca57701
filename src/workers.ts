// Lints files on several threads: this one and worker threads (src/worker.ts) take files one at a time from a
// shared counter, so a thread that starts late or gets long files simply takes fewer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, LintOptions } from './run/options';
import { addTimings } from './engine/timing';

/** The built worker script: dist/worker.js beside the bundle (or, from the sources, in the package's dist). */
function workerScript(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    for (const candidate of [path.join(folder, 'worker.js'), path.join(folder, 'dist', 'worker.js')]) if (fs.existsSync(candidate)) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error('the worker script is not built: run npm run build');
}

/** What a worker sends: results for the files it took, its timings when it has taken the last, or why it failed. */
export type WorkerReply = { readonly results: FileOutcome[]; readonly timings?: Record<string, number> } | { readonly error: string };
/**
 * What a worker starts with: the run's options, every file, those of them named on the command line (see
 * LintRun.passedOver), and the counter each thread takes its next file by.
 */
export interface WorkerStart {
  readonly options: LintOptions;
  readonly files: readonly string[];
  readonly named: readonly string[];
  /** One Int32: the index of the next file nobody has taken (see takeFile). */
  readonly next: SharedArrayBuffer;
}

/** Takes the next file for this thread, or undefined when none is left: one atomic step, with no message to wait for. */
export function takeFile(next: Int32Array, files: readonly string[]): string | undefined {
  const index = Atomics.add(next, 0, 1);
  return index < files.length ? files[index] : undefined;
}

/**
 * Lints `files` on `threads` threads, this one included: `lintHere` lints one file on this thread. Calls
 * `onResult` for each result as it comes, in no particular order; the caller puts them in order.
 */
export async function lintInParallel(
  files: readonly string[],
  options: LintOptions,
  named: readonly string[],
  threads: number,
  lintHere: (file: string) => Promise<FileOutcome>,
  onResult: (outcome: FileOutcome) => void,
): Promise<void> {
  // Every thread takes its next file from one shared counter, so none waits for another to hand it work.
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const script = workerScript();
  const workers = Array.from({ length: threads - 1 }, () => startWorker(script, { options, files, named, next }));
  // This thread lints one file at a time, and between files lets the workers' results in.
  const here = (async () => {
    for (let file = takeFile(counter, files); file !== undefined; file = takeFile(counter, files)) {
      onResult(await lintHere(file));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    await Promise.all([here, ...workers.map((worker) => serve(worker, onResult))]);
  } catch (error) {
    // No thread takes another file; the workers are stopped.
    Atomics.store(counter, 0, files.length);
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

/**
 * Starts a worker with this process's Node flags, but for --input-type, which Node refuses for a worker's script
 * file. Flags a worker may not take (V8's, and those that shape the whole process, such as --single-threaded-gc)
 * are left out: they hold for every thread of the process already.
 */
function startWorker(script: string, workerData: WorkerStart): Worker {
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  try {
    return new Worker(script, { workerData, execArgv });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(script, { workerData, execArgv: [] });
  }
}

/** Takes a worker's results until it has taken the last file and ended. */
function serve(worker: Worker, onResult: (outcome: FileOutcome) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let isDone = false;
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
      if (reply.timings) {
        addTimings(reply.timings);
        isDone = true;
      }
    });
    // Every error is taken, not only the first: a second one (a worker stopped while it failed) would otherwise be
    // an unhandled 'error' event, which ends the process before the run can reject.
    worker.on('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`));
      else if (!isDone) reject(new Error('a worker thread stopped before its work was done'));
      else resolve();
    });
  });
}
