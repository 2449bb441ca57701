// Runs the enabled rules on a Document, checks what each reports, and turns findings into messages.
import type { Document, Finding, Fix, Message, Range, Rule, RuleContext, RuleOptions, SeverityLevel, Suggestion } from '../types';
import { contextFor } from './analyses';
import { readDirectives } from './directives';
import { TimeLimitError, withTimeLimit } from './time-limit';
import { addTime, isTiming } from './timing';

export interface RuleEntry {
  readonly rule: Rule;
  readonly severity: 'warn' | 'error';
  readonly options: RuleOptions;
  /** How long the rule may take on one file, in milliseconds; no limit when unset (the built-in rules). */
  readonly timeLimit?: number;
}

/** The messages that say a rule was stopped at its time limit: a file it was stopped on is not rewritten. */
const stoppedMessages = new WeakSet<Message>();

/** Whether the message says a rule was stopped at its time limit. */
export function isStoppedRule(message: Message): boolean {
  return stoppedMessages.has(message);
}

export const EMPTY_CONTEXT: RuleContext = { dictionary: [], properNouns: [], boilerplate: [] };

/**
 * Runs the rules. `knownRules` (every rule id of the run, on or off) lets a directive naming an unknown rule be
 * reported rather than silently ignored.
 */
export function runRules(document: Document, entries: readonly RuleEntry[], context: RuleContext = EMPTY_CONTEXT, knownRules?: ReadonlySet<string>): Message[] {
  const messages: Message[] = [];
  const directives = readDirectives(document);
  if (knownRules) {
    for (const directive of directives.list) {
      for (const name of directive.rules ?? []) {
        if (!knownRules.has(name)) messages.push({ ruleId: null, severity: 2, message: `Unknown rule “${name}” in a copydesk-${directive.kind} directive`, range: directive.range });
      }
    }
  }
  const timing = isTiming();
  const shared = contextFor(document, context);
  for (const { rule, severity, options, timeLimit } of entries) {
    let findings: readonly Finding[];
    const started = timing ? performance.now() : 0;
    try {
      findings = timeLimit === undefined ? rule.check(document, options, shared) : withTimeLimit(() => rule.check(document, options, shared), timeLimit);
      if (timing) addTime(rule.id, performance.now() - started);
      if (!Array.isArray(findings)) throw new TypeError('check() must return an array of findings');
    } catch (error) {
      if (error instanceof TimeLimitError) {
        const stopped = ruleFailure(rule.id, `Rule "${rule.id}" was stopped: it did not finish within ${error.limitMs / 1000} s on ${baseName(document.path)} (ruleTimeLimit)`);
        stoppedMessages.add(stopped);
        messages.push(stopped);
      } else messages.push(ruleFailure(rule.id, `Rule "${rule.id}" failed: ${describe(error)}`));
      continue;
    }
    const level: SeverityLevel = severity === 'error' ? 2 : 1;
    let refusal: string | undefined;
    for (const finding of findings) {
      const problem = validateFinding(finding, document.text.length);
      if (problem) {
        refusal ??= `Rule "${rule.id}" reported an invalid finding: ${problem}`;
        continue;
      }
      if (directives.isDisabled(rule.id, finding.range[0])) continue;
      let fix = finding.fix;
      if (fix && !rule.fixable) {
        refusal ??= `Rule "${rule.id}" reported a fix but is not declared fixable; the fix was refused`;
        fix = undefined;
      }
      messages.push(toMessage(rule.id, level, finding, fix));
    }
    if (refusal) messages.push(ruleFailure(rule.id, refusal));
  }
  return messages.sort(compareMessages);
}

function toMessage(ruleId: string, severity: SeverityLevel, finding: Finding, fix: Fix | undefined): Message {
  return {
    ruleId,
    severity,
    message: finding.message,
    range: [finding.range[0], finding.range[1]],
    ...(fix ? { fix: { range: [fix.range[0], fix.range[1]], text: fix.text } } : {}),
    ...(finding.suggestions?.length ? { suggestions: finding.suggestions } : {}),
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
  };
}

function ruleFailure(ruleId: string, message: string): Message {
  return { ruleId, severity: 2, message, range: [0, 0], fatal: true };
}

export function compareMessages(a: Message, b: Message): number {
  const [x, y] = [a.ruleId ?? '', b.ruleId ?? ''];
  // Plain code-unit order: localeCompare would load ICU collation on the first call.
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (x < y ? -1 : x > y ? 1 : 0);
}

function isRange(value: unknown, length: number): value is Range {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isInteger(value[0]) &&
    Number.isInteger(value[1]) &&
    0 <= value[0] &&
    value[0] <= value[1] &&
    value[1] <= length
  );
}

function isFix(value: unknown, length: number): value is Fix {
  return typeof value === 'object' && value !== null && isRange((value as Fix).range, length) && typeof (value as Fix).text === 'string';
}

/** What is wrong with a finding from a rule (built-in or plugin), or undefined when it is sound. */
function validateFinding(finding: unknown, length: number): string | undefined {
  if (typeof finding !== 'object' || finding === null) return 'not an object';
  const { message, range, fix, suggestions } = finding as Finding;
  if (typeof message !== 'string' || message.length === 0) return 'message must be a non-empty string';
  if (!isRange(range, length)) return `range ${JSON.stringify(range)} is not [start, end] within the text (0–${length})`;
  if (fix !== undefined && !isFix(fix, length)) return `fix ${JSON.stringify(fix)} has no valid range and text`;
  if (suggestions !== undefined) {
    if (!Array.isArray(suggestions)) return 'suggestions must be an array';
    const bad = suggestions.find((s: Suggestion) => typeof s?.message !== 'string' || !isFix(s.fix, length));
    if (bad) return `suggestion ${JSON.stringify(bad)} has no message and valid fix`;
  }
  return undefined;
}

/** The last part of a path, with either separator: the engine itself reads no files and needs no node:path. */
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) || file;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
