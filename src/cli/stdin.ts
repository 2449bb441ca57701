// Standard input for --stdin: read up to the size limit an article has; past it, measured without being held.
import path from 'node:path';
import type { LintRun } from '../api';
import { FileLinter } from '../api';
import { sizeProblem } from '../io/read-file';
import { fatal } from '../run/lint-file';
import type { Severity } from '../types';

/** Input past the limit: what was read, and the rest, not yet read. */
export interface OversizedInput {
  readonly head: Uint8Array;
  readonly rest: AsyncIterable<Uint8Array>;
}

/** Standard input: all of it, or, past the limit, its beginning and the rest unread. */
export type StdinInput = Uint8Array | OversizedInput;

/** Reads a stream to its end, or until it holds more than `limit` bytes (101 MB once grew to 2.2 GB as it was linted). */
export async function readUpTo(stream: AsyncIterable<Uint8Array>, limit: number): Promise<StdinInput> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterator = stream[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    chunks.push(next.value);
    size += next.value.length;
    if (size > limit) return { head: Buffer.concat(chunks), rest: { [Symbol.asyncIterator]: () => iterator } };
  }
  return Buffer.concat(chunks);
}

/** How many bytes input past the limit holds in all, read a chunk at a time and passed to `echo` when one is given. */
export async function sizeOf(input: OversizedInput, echo?: (bytes: Uint8Array) => void): Promise<number> {
  echo?.(input.head);
  let size = input.head.length;
  for await (const chunk of input.rest) {
    echo?.(chunk);
    size += chunk.length;
  }
  return size;
}

export interface StdinTarget {
  readonly cwd: string;
  readonly filePath: string;
  readonly configFile?: string;
  readonly rules: Readonly<Record<string, Severity>>;
}

/** The run for input too large to check: one fatal message, in the words a file that size gets. */
export async function tooLargeRun(size: number, target: StdinTarget): Promise<LintRun> {
  const filePath = path.resolve(target.cwd, target.filePath);
  const linter = new FileLinter({ cwd: target.cwd, rules: target.rules, ...(target.configFile !== undefined ? { configFile: target.configFile } : {}) });
  const { known } = await linter.rulesOfFile(filePath);
  return { results: [{ filePath, source: null, messages: [fatal(`input ${sizeProblem(size)!}`)] }], rules: known, missing: [], ignored: 0, otherShards: 0, passedOver: [] };
}
