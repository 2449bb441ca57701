// A worker thread: lints its share of the files and sends the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFileList, type LintOptions } from './api';
import { describeError } from './errors';
import { timings } from './engine/timing';

const { files, options } = workerData as { files: string[]; options: LintOptions };
try {
  parentPort!.postMessage({ results: await lintFileList(files, options), timings: timings() });
} catch (error) {
  parentPort!.postMessage({ error: describeError(error) });
}
