// A worker thread: asks for files, lints them and sends the results back, until it is sent none (see src/workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createFileListLinter, type LintOptions } from './api';
import { timings } from './engine/timing';
import { describeError } from './errors';
import type { WorkerReply, WorkerTask } from './workers';

const { options } = workerData as { options: LintOptions };
// One linter for every batch: configs are found, and rules prepared, once per worker.
const lintFileList = createFileListLinter(options);
const port = parentPort!;
const reply = (message: WorkerReply): void => port.postMessage(message);

port.on('message', ({ files }: WorkerTask) => {
  if (files.length === 0) {
    reply({ results: [], timings: timings() });
    port.close();
    return;
  }
  lintFileList(files).then(
    (results) => reply({ results }),
    (error: unknown) => reply({ error: describeError(error) }),
  );
});
reply({ results: [] });
