// A worker thread: takes files from the run's shared counter, lints them and sends each result back, until none
// is left; then it sends its timings and ends (see src/workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createFileListLinter } from './run/lint-file';
import { timings } from './engine/timing';
import { describeError } from './errors';
import { takeFile, type WorkerReply, type WorkerStart } from './workers';

const { options, files, named, next } = workerData as WorkerStart;
// One linter for every file: configs are found, and rules prepared, once per worker.
const lintFileList = createFileListLinter(options, new Set(named));
const port = parentPort!;
const reply = (message: WorkerReply): void => port.postMessage(message);
const counter = new Int32Array(next);

try {
  for (let file = takeFile(counter, files); file !== undefined; file = takeFile(counter, files)) reply({ results: await lintFileList([file]) });
  reply({ results: [], timings: timings() });
} catch (error) {
  reply({ error: describeError(error) });
}
port.close();
