// Formats results as ESLint-compatible JSON, and counts problems the way ESLint does (stylish shares the counts).
import type { Fix, LintResult, Message, SeverityLevel } from '../types';
import { createResultIndex, locate } from './positions';

export interface JsonOptions {
  /** Include each file's source text; default false. */
  readonly includeSource?: boolean;
  /** Include the fixed text of results that have one; default true, as ESLint does. */
  readonly includeOutput?: boolean;
}

export interface MessageCounts {
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  readonly fatalErrorCount: number;
}

export interface JsonFix {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface JsonMessage {
  readonly ruleId: string | null;
  readonly severity: SeverityLevel;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix?: JsonFix;
  readonly suggestions?: readonly { readonly desc: string; readonly fix: JsonFix }[];
  readonly fatal?: true;
}

export interface JsonResult extends MessageCounts {
  readonly filePath: string;
  readonly messages: readonly JsonMessage[];
  readonly source?: string;
  readonly output?: string;
}

/** A fatal message (the file or a rule could not be checked) always counts as an error. */
export function severityOf(message: Message): SeverityLevel {
  return message.fatal ? 2 : message.severity;
}

export function countMessages(messages: readonly Message[]): MessageCounts {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let fatalErrorCount = 0;
  for (const message of messages) {
    if (message.fatal) fatalErrorCount++;
    if (severityOf(message) === 2) {
      errorCount++;
      if (message.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix) fixableWarningCount++;
    }
  }
  return { errorCount, warningCount, fixableErrorCount, fixableWarningCount, fatalErrorCount };
}

export function toJsonResults(results: readonly LintResult[], options: JsonOptions = {}): JsonResult[] {
  return results.map((result) => {
    const index = createResultIndex(result);
    const messages = result.messages.map((message): JsonMessage => {
      const { line, column, endLine, endColumn } = locate(index, message.range);
      return {
        ruleId: message.ruleId,
        severity: severityOf(message),
        message: message.message,
        line,
        column,
        endLine,
        endColumn,
        ...(message.fix && { fix: toJsonFix(message.fix) }),
        ...(message.suggestions && message.suggestions.length > 0
          ? { suggestions: message.suggestions.map((suggestion) => ({ desc: suggestion.message, fix: toJsonFix(suggestion.fix) })) }
          : {}),
        ...(message.fatal && { fatal: true as const }),
      };
    });
    const includeSource = options.includeSource === true && result.source !== null;
    const includeOutput = options.includeOutput !== false && result.output !== undefined;
    return {
      filePath: result.filePath,
      messages,
      ...countMessages(result.messages),
      ...(includeSource && { source: result.source ?? '' }),
      ...(includeOutput && { output: result.output ?? '' }),
    };
  });
}

/** Compact, like ESLint's json formatter; ends with a newline. */
export function formatJson(results: readonly LintResult[], options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonResults(results, options))}\n`;
}

/** One line a file, each line the JSON format's entry for that file: for pipelines that read as results arrive. */
export function formatJsonLines(results: readonly LintResult[], options: JsonOptions = {}): string {
  return toJsonResults(results, options).map((result) => `${JSON.stringify(result)}\n`).join('');
}

function toJsonFix(fix: Fix): JsonFix {
  return { range: [fix.range[0], fix.range[1]], text: fix.text };
}
