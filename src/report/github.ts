// Formats results as GitHub Actions workflow commands, which the runner turns into annotations on the files, and
// lists every finding in the log as well, in a group: GitHub shows only the first annotations of a step.
import path from 'node:path';
import type { LintResult } from '../types';
import { compactLines } from './compact';
import { countMessages, severityOf } from './json';
import { createResultIndex, locateLastCharacter } from './positions';

export interface GithubOptions {
  /** File paths are written relative to this folder, the checkout GitHub resolves them against. */
  readonly cwd: string;
}

/** GitHub shows at most this many error and this many warning annotations from one step; the rest are dropped. */
export const ANNOTATIONS_PER_KIND = 10;

/**
 * Every finding in a log group, one a line, then one command a line, at most what GitHub shows, then a notice
 * counting the rest; empty when there is nothing to report.
 */
export function formatGithub(results: readonly LintResult[], options: GithubOptions): string {
  const lines: string[] = [];
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const index = createResultIndex(result);
    const file = relativePath(result.filePath, options.cwd);
    for (const message of result.messages) {
      const location = locateLastCharacter(index, message.range);
      const isOneLine = location.line === location.endLine;
      const title = message.ruleId === null ? 'copydesk' : `copydesk(${message.ruleId})`;
      // Annotations take columns only within one line; on a multi-line range they would be refused or misplaced.
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${location.line}`,
        ...(isOneLine ? [`col=${location.column}`] : []),
        `endLine=${location.endLine}`,
        ...(isOneLine ? [`endColumn=${location.endColumn}`] : []),
        `title=${escapeProperty(title)}`,
      ];
      const command = severityOf(message) === 2 ? 'error' : 'warning';
      if (shown[command] >= ANNOTATIONS_PER_KIND) {
        hidden++;
        continue;
      }
      shown[command]++;
      lines.push(`::${command} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  if (lines.length === 0) return '';
  if (hidden > 0) lines.push(`::notice title=copydesk::${escapeData(`${hidden} more problem${hidden === 1 ? '' : 's'} not shown as annotations; run copydesk locally, or use --format json, to see them all`)}`);
  return `${logGroup(results, options.cwd)}${lines.join('\n')}\n`;
}

/** `::group::copydesk: 3 problems (2 errors, 1 warning)`, a line a finding (as --format compact writes them), `::endgroup::`. */
function logGroup(results: readonly LintResult[], cwd: string): string {
  const counts = countMessages(results.flatMap((result) => result.messages));
  const total = counts.errorCount + counts.warningCount;
  const title = `copydesk: ${plural(total, 'problem')} (${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')})`;
  // A line that starts with `::` would be read as a command: a file whose name starts so is named from `./`.
  const body = results.map((result) => compactLines(result, relativePath(result.filePath, cwd).replace(/^:/, './:'))).join('');
  return `::group::${escapeData(title)}\n${body}::endgroup::\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The escaping the runner undoes in a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In property values ':' and ',' delimit too, so they are escaped as well. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function relativePath(filePath: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
}
