// Shares files out among worker threads and gathers their results; each worker runs src/worker.ts.
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

export async function lintInWorkers(files: readonly string[], options: LintOptions, threads: number): Promise<LintResult[]> {
  // Dealt out in turn, so each thread gets a like mix of long and short files.
  const shares = Array.from({ length: Math.min(threads, files.length) }, (_, index) => files.filter((_, i) => i % threads === index));
  const script = workerScript();
  const runs = shares.map(
    (share) =>
      new Promise<LintResult[]>((resolve, reject) => {
        const worker = new Worker(script, { workerData: { files: share, options } });
        worker.once('message', (message: { results?: LintResult[]; timings?: Record<string, number>; error?: string }) => {
          if (message.timings) addTimings(message.timings);
          if (message.error !== undefined) reject(new Error(message.error));
          else resolve(message.results ?? []);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`a worker thread stopped with code ${code}`));
        });
      }),
  );
  return (await Promise.all(runs)).flat();
}
