// Formats results one finding a line, `path:line:column: severity message (rule)`, as ESLint's unix and compact
// formats do: for grep, and for editors that read compiler output (Vim's quickfix list, Emacs's compilation mode).
import path from 'node:path';
import type { LintResult } from '../types';
import { printable } from './excerpt';
import { severityOf } from './json';
import { createResultIndex, positionAt } from './positions';

export interface CompactOptions {
  /** Paths inside this folder are written relative to it; others stay absolute. */
  readonly cwd: string;
}

/** The path as a finding's line gives it: relative below the working folder, else absolute. */
export function shownPath(filePath: string, cwd: string): string {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  const isInside = relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
  return isInside ? relative : absolute;
}

/** One line a finding, in the order of the files and of their findings; empty when there is nothing to report. */
export function formatCompact(results: readonly LintResult[], options: CompactOptions): string {
  return results.map((result) => compactLines(result, shownPath(result.filePath, options.cwd))).join('');
}

/** A file's findings under the name `file`, each on a line of its own: line breaks in a message become spaces. */
export function compactLines(result: LintResult, name: string): string {
  if (result.messages.length === 0) return '';
  const index = createResultIndex(result);
  const file = printable(name);
  let lines = '';
  for (const message of result.messages) {
    const { line, column } = positionAt(index, message.range[0]);
    const text = printable(message.message.replace(/\r\n|\r|\n/g, ' '));
    lines += `${file}:${line}:${column}: ${severityOf(message) === 2 ? 'error' : 'warning'} ${text}${message.ruleId === null ? '' : ` (${message.ruleId})`}\n`;
  }
  return lines;
}
