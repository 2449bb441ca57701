// Formats results for people at a terminal, like ESLint's stylish, with the line of each finding under it and the
// finding marked with carets, as ESLint's codeframe, cspell and Vale show it. With diff.ts, the only modules that
// import chalk.
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult, Message } from '../types';
import { displayWidth, ELLIPSIS, excerpt, printable, type Excerpt } from './excerpt';
import { countMessages, severityOf, type MessageCounts } from './json';
import { createResultIndex, positionAt } from './positions';
import type { RuleMeta } from './sarif';

export interface StylishOptions {
  readonly color: boolean;
  /** Whether each finding's line is shown under it, the finding marked; default true. */
  readonly context?: boolean;
  /**
   * The terminal's width in columns: those lines are cut to it, and a longer message wraps under itself. Without
   * it, the lines are cut to 80 columns and each message stays on one line, for grep.
   */
  readonly width?: number;
  /** The rules of the run: those reported that have a documentation page are listed with it before the summary. */
  readonly rules?: readonly RuleMeta[];
}

/** The width lines are cut to when the terminal's is not known. */
export const DEFAULT_WIDTH = 80;
/** A finding's line gets at least this many columns, however narrow the terminal. */
const MIN_EXCERPT_WIDTH = 20;

interface Row {
  readonly line: string;
  readonly column: string;
  readonly type: 'error' | 'warning';
  readonly message: Message;
}

/** Empty when there is nothing to report, so a clean run prints nothing. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const counts = countMessages(results.flatMap((result) => result.messages));
  if (counts.errorCount + counts.warningCount === 0) return '';
  // A private instance: colour is decided per call (--no-color, NO_COLOR, a file target), not by chalk's global guess.
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let output = '\n';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    output += `${chalk.underline(printable(result.filePath))}\n${formatFile(result, options, chalk)}\n\n`;
  }
  return output + ruleLinks(results, options.rules ?? [], chalk) + summary(counts, chalk);
}

/**
 * A row a finding: right-aligned line, left-aligned column, type, message and rule id, the first three as wide as
 * their widest cell in the file, a message too long for a known width wrapped under itself; under each, the finding's
 * line, starting below the type.
 */
function formatFile(result: LintResult, options: StylishOptions, chalk: ChalkInstance): string {
  const index = createResultIndex(result);
  const rows = result.messages.map((message): Row => {
    const { line, column } = positionAt(index, message.range[0]);
    return { line: String(line), column: String(column), type: severityOf(message) === 2 ? 'error' : 'warning', message };
  });
  // reduce, not Math.max(...): a 5 MB file can have more rows than a call takes arguments.
  const widest = (pick: (row: Row) => string): number => rows.reduce((max, row) => Math.max(max, pick(row).length), 0);
  const lineWidth = widest((row) => row.line);
  const columnWidth = widest((row) => row.column);
  const typeWidth = widest((row) => row.type);
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2);
  const width = options.width ?? DEFAULT_WIDTH;
  const excerptWidth = Math.max(MIN_EXCERPT_WIDTH, width - indent.length);
  const messageIndent = ' '.repeat(indent.length + typeWidth + 2);
  const messageWidth = options.width === undefined ? Infinity : Math.max(MIN_EXCERPT_WIDTH, width - messageIndent.length);
  const text = result.output ?? result.source;
  // Padding goes outside the colour codes, so widths are those of the visible text.
  const pad = (cell: string, size: number): string => ' '.repeat(size - cell.length);
  return rows
    .map((row) => {
      const type = row.type === 'error' ? chalk.red(row.type) : chalk.yellow(row.type);
      const message = messageLines(printable(row.message.message), row.message.ruleId, messageWidth, chalk).join(`\n${messageIndent}`);
      const head = `  ${pad(row.line, lineWidth)}${chalk.dim(`${row.line}:${row.column}`)}${pad(row.column, columnWidth)}  ${type}${pad(row.type, typeWidth)}  ${message}`;
      // A fatal message is about the file, not a place in it.
      if (options.context === false || text === null || row.message.fatal) return head;
      return head + contextOf(excerpt(text, index, row.message.range, excerptWidth), indent, row.type, chalk);
    })
    .join('\n');
}

/** The message and the rule id after it, in lines of at most `room` columns, broken between words. */
function messageLines(message: string, ruleId: string | null, room: number, chalk: ChalkInstance): string[] {
  const id = ruleId === null ? '' : printable(ruleId);
  const idWidth = id === '' ? 0 : 2 + displayWidth(id);
  const messageWidth = displayWidth(message);
  if (messageWidth + idWidth <= room) return [id === '' ? message : `${message}  ${chalk.dim(id)}`];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of message.split(' ')) {
    const wordWidth = displayWidth(word);
    if (used > 0 && used + 1 + wordWidth > room) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += used > 0 ? ` ${word}` : word;
    used += (used > 0 ? 1 : 0) + wordWidth;
  }
  if (id === '') return [...lines, line];
  return used + idWidth <= room ? [...lines, `${line}  ${chalk.dim(id)}`] : [...lines, line, chalk.dim(id)];
}

/** The finding's line and a row of carets under the finding; nothing for a blank line. */
function contextOf(shown: Excerpt, indent: string, type: Row['type'], chalk: ChalkInstance): string {
  if (`${shown.before}${shown.marked}${shown.after}`.trim() === '') return '';
  const colour = type === 'error' ? chalk.red : chalk.yellow;
  const before = shown.cutLeft ? chalk.dim(ELLIPSIS) + shown.before.slice(ELLIPSIS.length) : shown.before;
  const after = shown.cutRight ? shown.after.slice(0, -ELLIPSIS.length) + chalk.dim(ELLIPSIS) : shown.after;
  const line = `${indent}${before}${colour.bold(shown.marked)}${after}`;
  return `\n${line}\n${indent}${' '.repeat(shown.markColumn)}${colour('^'.repeat(shown.markWidth))}`;
}

/** The documentation page of each rule reported, when it has one. */
function ruleLinks(results: readonly LintResult[], rules: readonly RuleMeta[], chalk: ChalkInstance): string {
  const reported = new Set<string>();
  for (const result of results) for (const message of result.messages) if (message.ruleId !== null && !message.fatal) reported.add(message.ruleId);
  const pages = new Map<string, string>();
  for (const rule of rules) if (rule.docs !== undefined && reported.has(rule.id)) pages.set(rule.id, rule.docs);
  if (pages.size === 0) return '';
  const ids = [...pages.keys()].sort();
  const width = ids.reduce((max, id) => Math.max(max, id.length), 0);
  return `${chalk.dim('Rule pages:')}\n${ids.map((id) => `  ${id.padEnd(width)}  ${pages.get(id)!}`).join('\n')}\n\n`;
}

function summary(counts: MessageCounts, chalk: ChalkInstance): string {
  const total = counts.errorCount + counts.warningCount;
  const colour = counts.errorCount > 0 ? chalk.red.bold : chalk.yellow.bold;
  let output = `${colour(`\u2716 ${plural(total, 'problem')} (${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')})`)}\n`;
  if (counts.fixableErrorCount > 0 || counts.fixableWarningCount > 0) {
    output += `${colour(`  ${plural(counts.fixableErrorCount, 'error')} and ${plural(counts.fixableWarningCount, 'warning')} potentially fixable with the \`--fix\` option.`)}\n`;
  }
  return output;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
