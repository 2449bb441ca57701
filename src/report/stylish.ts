// Formats results for people at a terminal, like ESLint's stylish: the only module that imports chalk.
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../types';
import { countMessages, severityOf } from './json';
import { createResultIndex, positionAt } from './positions';

export interface StylishOptions {
  readonly color: boolean;
}

interface Row {
  readonly line: string;
  readonly column: string;
  readonly type: 'error' | 'warning';
  readonly message: string;
  readonly ruleId: string;
}

/** Empty when there is nothing to report, so a clean run prints nothing. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  // A private instance: colour is decided per call (--no-color, NO_COLOR, a file target), not by chalk's global guess.
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let output = '\n';
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const index = createResultIndex(result);
    const rows = result.messages.map((message): Row => {
      const { line, column } = positionAt(index, message.range[0]);
      return {
        line: String(line),
        column: String(column),
        type: severityOf(message) === 2 ? 'error' : 'warning',
        message: message.message,
        ruleId: message.ruleId ?? '',
      };
    });
    output += `${chalk.underline(result.filePath)}\n${formatRows(rows, chalk)}\n\n`;
  }

  const counts = countMessages(results.flatMap((result) => result.messages));
  const total = counts.errorCount + counts.warningCount;
  if (total === 0) return '';
  const summary = counts.errorCount > 0 ? chalk.red.bold : chalk.yellow.bold;
  output += summary(
    `\u2716 ${plural(total, 'problem')} (${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')})`,
  );
  output += '\n';
  if (counts.fixableErrorCount > 0 || counts.fixableWarningCount > 0) {
    output += summary(
      `  ${plural(counts.fixableErrorCount, 'error')} and ${plural(counts.fixableWarningCount, 'warning')} potentially fixable with the \`--fix\` option.`,
    );
    output += '\n';
  }
  return output;
}

/** Right-aligned lines, left-aligned columns, then type, message and rule id, each column as wide as its widest cell. */
function formatRows(rows: readonly Row[], chalk: ChalkInstance): string {
  // reduce, not Math.max(...): a 5 MB file can have more rows than a call takes arguments.
  const width = (pick: (row: Row) => string): number => rows.reduce((max, row) => Math.max(max, pick(row).length), 0);
  const lineWidth = width((row) => row.line);
  const columnWidth = width((row) => row.column);
  const typeWidth = width((row) => row.type);
  const messageWidth = width((row) => row.message);
  // Padding goes outside the colour codes, so widths are those of the visible text.
  const pad = (text: string, size: number): string => ' '.repeat(size - text.length);
  return rows
    .map((row) => {
      const type = row.type === 'error' ? chalk.red(row.type) : chalk.yellow(row.type);
      const head =
        `  ${pad(row.line, lineWidth)}${chalk.dim(`${row.line}:${row.column}`)}${pad(row.column, columnWidth)}` +
        `  ${type}${pad(row.type, typeWidth)}  ${row.message}`;
      // A fatal message may have no rule id: no trailing blanks then.
      return row.ruleId === '' ? head : `${head}${pad(row.message, messageWidth)}  ${chalk.dim(row.ruleId)}`;
    })
    .join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
