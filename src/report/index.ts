// Registers the reporters: one format name, one formatter.
import type { LintResult } from '../types';
import { formatCompact, type CompactOptions } from './compact';
import { formatGithub, type GithubOptions } from './github';
import { formatJson, formatJsonLines, type JsonOptions } from './json';
import { formatSarif, type SarifOptions } from './sarif';
import { formatStylish, type StylishOptions } from './stylish';

export { formatCompact, type CompactOptions } from './compact';
export { formatGithub, type GithubOptions } from './github';
export { countMessages, formatJson, formatJsonLines, type JsonOptions, type JsonResult, type MessageCounts } from './json';
export { createLineIndex, locate, positionAt, type LineIndex, type Location, type Position } from './positions';
export { FATAL_RULE_ID, formatSarif, type RuleMeta, type SarifOptions } from './sarif';
export { formatStylish, type StylishOptions } from './stylish';

export const REPORT_FORMATS = ['stylish', 'compact', 'json', 'jsonl', 'sarif', 'github', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** The formats formatResults writes; `html` (formatHtml in ./html) is loaded only when asked for. */
export type TextReportFormat = Exclude<ReportFormat, 'html'>;

/** Everything any reporter needs; the CLI knows all of it. */
export type ReportOptions = StylishOptions & CompactOptions & JsonOptions & SarifOptions & GithubOptions;

export function formatResults(format: TextReportFormat, results: readonly LintResult[], options: ReportOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(results, options);
    case 'compact':
      return formatCompact(results, options);
    case 'json':
      return formatJson(results, options);
    case 'jsonl':
      return formatJsonLines(results, options);
    case 'sarif':
      return formatSarif(results, options);
    case 'github':
      return formatGithub(results, options);
  }
}
