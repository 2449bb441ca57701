// Lints one file on disk: reads it, answers from the result cache when it can, lints it with its rules, and
// writes the fixed text when asked. What the API's own thread and its worker threads do with each file.
import path from 'node:path';
import type { ResolvedRules } from '../config/rule-set';
import { describeError } from '../errors';
import { hashText, type ResultCache } from '../io/result-cache';
import { readArticle } from '../io/read-file';
import { isFileChanged, writeArticle } from '../io/write-file';
import { formatOf, loadParsers } from '../parse/document';
import type { LintResult, Message } from '../types';
import { FileLinter } from './file-linter';
import { lintSource } from './lint-source';
import type { FileOutcome, LintOptions } from './options';

/** A failure to check a file, as a message. */
export function fatal(message: string): Message {
  return { ruleId: null, severity: 2, message, range: [0, 0], fatal: true };
}

const ruleKeys = new WeakMap<ResolvedRules, string>();

/** What the cache keys a file's results on besides its text: every rule that runs, with its severity and options, and the shared settings. */
function rulesKey(resolved: ResolvedRules): string {
  let key = ruleKeys.get(resolved);
  if (!key) {
    // Hashed once: the files' hashes then take in a short digest, not the whole description.
    key = hashText(JSON.stringify([resolved.entries.map((entry) => [entry.rule.id, entry.severity, entry.options]), resolved.context, [...resolved.knownIds]]));
    ruleKeys.set(resolved, key);
  }
  return key;
}

/**
 * The cache's answer for a file's text: its hash, to remember the result by, and the cached result when one
 * stands (it has no fixes to apply). No cache: no hash and no result.
 */
export function lookUp(resultCache: ResultCache | undefined, file: string, text: string, resolved: ResolvedRules, fix: boolean | undefined): { readonly hash: string; readonly cached?: LintResult } {
  if (!resultCache) return { hash: '' };
  const hash = hashText(text, rulesKey(resolved));
  const messages = resultCache.get(file, hash);
  if (messages && !(fix && messages.some((message) => message.fix))) return { hash, cached: { filePath: file, source: text, messages } };
  return { hash };
}

/** Remembers a file's result under its hash, when it is worth remembering: no fix applied and no failure (a rule that failed may not fail next time). */
export function remember(resultCache: ResultCache | undefined, hash: string, outcome: FileOutcome): void {
  if (!resultCache || !hash || 'passedOver' in outcome) return;
  if (outcome.output === undefined && !outcome.messages.some((message) => message.fatal)) resultCache.set(outcome.filePath, hash, outcome.messages);
}

/**
 * Lints one file. `isNamed`: the file was named on the command line; one a folder walk found is passed over,
 * not failed, when it turns out to be binary.
 */
export async function lintFile(file: string, resolved: ResolvedRules, options: LintOptions, isNamed: boolean, resultCache?: ResultCache): Promise<FileOutcome> {
  const read = readArticle(file);
  if (!read.ok && read.isBinary && !isNamed) return { filePath: file, passedOver: read.reason.replace(/; not checked$/, '; skipped') };
  if (!read.ok) return { filePath: file, source: null, messages: [fatal(`${path.basename(file)} ${read.reason}`)] };
  const { hash, cached } = lookUp(resultCache, file, read.text, resolved, options.fix);
  if (cached) return cached;
  // Parsers load with the first file that is not answered from the cache.
  await loadParsers(formatOf(file));
  const lint = (fix: boolean | undefined) => lintSource(read.text, { path: file }, resolved, fix);
  const result = lint(options.fix);
  const outcome: LintResult = { filePath: file, source: read.text, messages: result.messages, ...(result.output !== undefined ? { output: result.output } : {}) };
  remember(resultCache, hash, outcome);
  if (result.output !== undefined && options.write) {
    const failure = await writeArticle(file, result.output, read.hasBom, read.version).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Saved by someone else meanwhile: the newer file stands, and what was found in the older one no longer applies.
    if (isFileChanged(failure)) return { filePath: file, source: read.text, messages: [fatal(`${path.basename(file)} was not written: ${describeError(failure)}`)] };
    // Nothing was written: report what the file on disk still holds.
    if (failure) return { filePath: file, source: read.text, messages: [fatal(`${path.basename(file)} could not be written: ${describeError(failure)}; the file is unchanged`), ...lint(false).messages] };
  }
  return outcome;
}

/**
 * A linter of file lists (no expansion, no cache) that finds and resolves each config once, however many
 * lists it is given: what a worker thread lints its batches with.
 */
export function createFileListLinter(options: LintOptions, named: ReadonlySet<string> = new Set()): (files: readonly string[]) => Promise<FileOutcome[]> {
  const linter = new FileLinter(options);
  return async (files) => {
    const outcomes: FileOutcome[] = [];
    for (const file of files) outcomes.push(await lintFile(file, await linter.rulesOfFile(file), options, named.has(file)));
    return outcomes;
  };
}
