// A worker thread: lints its share of the files and sends the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { lintFileList, type LintOptions } from './api';
import { describeError } from './errors';

const { files, options } = workerData as { files: string[]; options: LintOptions };
try {
  parentPort!.postMessage({ results: await lintFileList(files, options) });
} catch (error) {
  parentPort!.postMessage({ error: describeError(error) });
}
