// Runs the enabled rules on a Document, checks what each reports, and turns findings into messages.
import { parseFailureOf } from '../parse/document';
import type { Document, Finding, Fix, Message, Range, Rule, RuleContext, RuleOptions, SeverityLevel, Suggestion } from '../types';
import { contextFor } from './analyses';
import { readDirectives } from './directives';
import { TimeLimitError, withTimeLimit } from './time-limit';
import { addTime, isTiming } from './timing';

export interface RuleEntry {
  readonly rule: Rule;
  readonly severity: 'warn' | 'error';
  readonly options: RuleOptions;
  /** How long the rule may take on one file, in milliseconds; no limit when unset. */
  readonly timeLimit?: number;
  /**
   * A built-in rule: the built-in rules next to each other in the list are watched together, by one watchdog for
   * the file rather than one a call (a watchdog costs about 60 µs to start, a built-in rule a few on a short
   * article), each still with its own time limit.
   */
  readonly isBuiltin?: boolean;
}

/** The messages that say a rule was stopped at its time limit: a file it was stopped on is not rewritten. */
const stoppedMessages = new WeakSet<Message>();

/** Whether the message says a rule was stopped at its time limit. */
export function isStoppedRule(message: Message): boolean {
  return stoppedMessages.has(message);
}

export const EMPTY_CONTEXT: RuleContext = { dictionary: [], properNouns: [], boilerplate: [] };

/** Documents whose parse failure was reported: the language server runs a document's rules one call at a time. */
const reportedFailures = new WeakSet<Document>();

/**
 * Runs the rules. `knownRules` (every rule id of the run, on or off) lets a directive naming an unknown rule be
 * reported rather than silently ignored.
 */
export function runRules(document: Document, entries: readonly RuleEntry[], context: RuleContext = EMPTY_CONTEXT, knownRules?: ReadonlySet<string>): Message[] {
  const failure = parseFailureOf(document);
  if (failure !== undefined) return reportedFailures.has(document) ? [] : [parseFailure(document, failure)];
  const messages: Message[] = [];
  const directives = readDirectives(document);
  if (knownRules) {
    for (const directive of directives.list) {
      for (const name of directive.rules ?? []) {
        if (!knownRules.has(name)) messages.push({ ruleId: null, severity: 2, message: `Unknown rule “${name}” in a copydesk-${directive.kind} directive`, range: directive.range });
      }
    }
  }
  const outcomes = checkAll(document, entries, contextFor(document, context));
  entries.forEach(({ rule, severity }, index) => {
    const outcome = outcomes[index]!;
    if ('error' in outcome) {
      messages.push(failureOf(rule.id, outcome.error, document));
      return;
    }
    const level: SeverityLevel = severity === 'error' ? 2 : 1;
    let refusal: string | undefined;
    for (let finding of outcome.findings) {
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
      // A fix that would take a directive with it changes which rules run where: it is only offered.
      if (fix && directives.list.some(({ range }) => fix!.range[0] < range[1] && range[0] < fix!.range[1])) {
        finding = { ...finding, suggestions: [{ message: 'Apply the fix (it also removes a copydesk directive)', fix }, ...(finding.suggestions ?? [])] };
        fix = undefined;
      }
      messages.push(toMessage(rule.id, level, finding, fix));
    }
    if (refusal) messages.push(ruleFailure(rule.id, refusal));
  });
  return messages.sort(compareMessages);
}

/** The file's failure to parse, once per document; reported as a stopped rule is, so the file is not rewritten. */
function parseFailure(document: Document, reason: string): Message {
  reportedFailures.add(document);
  const message: Message = { ruleId: null, severity: 2, message: `${baseName(document.path)} could not be parsed (${reason}); it was not checked`, range: [0, 0], fatal: true };
  stoppedMessages.add(message);
  return message;
}

/** What one rule's check gave: its findings, or what it threw (a TimeLimitError when it was stopped). */
type Outcome = { readonly findings: readonly Finding[] } | { readonly error: unknown };

/** Runs every rule's check, in order: each plugin rule under its own watch, each run of built-in rules under one. */
function checkAll(document: Document, entries: readonly RuleEntry[], shared: RuleContext): Outcome[] {
  const outcomes: Outcome[] = [];
  let index = 0;
  while (index < entries.length) {
    const entry = entries[index]!;
    if (entry.isBuiltin && entry.timeLimit !== undefined) {
      index = checkWatched(document, entries, index, shared, outcomes);
      continue;
    }
    const { timeLimit } = entry;
    try {
      outcomes.push(timeLimit === undefined ? check(entry, document, shared) : withTimeLimit(() => check(entry, document, shared), timeLimit));
    } catch (error) {
      outcomes.push({ error });
    }
    index++;
  }
  return outcomes;
}

/**
 * Runs the built-in rules from `first` on, as long as they come one after another, under one watchdog set to
 * their time limit, and returns the index of the next rule to run. A rule still running when the watch ends is
 * stopped if it had the whole limit to itself; otherwise it started late in the watch, and runs again under a
 * watch of its own (rules are pure, so running one again gives what it would have given).
 */
function checkWatched(document: Document, entries: readonly RuleEntry[], first: number, shared: RuleContext, outcomes: Outcome[]): number {
  const { timeLimit } = entries[first]!;
  const limit = timeLimit! + builtinAllowance(document);
  let index = first;
  try {
    withTimeLimit(() => {
      for (; index < entries.length && entries[index]!.isBuiltin && entries[index]!.timeLimit === timeLimit; index++) {
        try {
          outcomes.push(check(entries[index]!, document, shared));
        } catch (error) {
          outcomes.push({ error });
        }
      }
    }, limit);
    return index;
  } catch (error) {
    if (!(error instanceof TimeLimitError)) throw error;
    if (index > first) return index;
    outcomes.push({ error });
    return index + 1;
  }
}

/**
 * What a built-in rule gets beyond the time limit on a large article: a second a megabyte. Their cost grows in
 * proportion to the article (a 20 MB article takes the slowest of them a second or two, several on a busy
 * machine), so a large article is not taken for a stalled rule, while a rule that stalls still overruns.
 */
function builtinAllowance(document: Document): number {
  return Math.floor(document.text.length / 1024);
}

/** One rule's check, timed when timing is on; what it returns must be an array. */
function check({ rule, options }: RuleEntry, document: Document, shared: RuleContext): Outcome {
  const started = isTiming() ? performance.now() : 0;
  const findings = rule.check(document, options, shared);
  if (started) addTime(rule.id, performance.now() - started);
  if (!Array.isArray(findings)) throw new TypeError('check() must return an array of findings');
  return { findings };
}

/** A rule's failure as the file's message: stopped at its time limit (the file is then not rewritten), or thrown. */
function failureOf(ruleId: string, error: unknown, document: Document): Message {
  if (!(error instanceof TimeLimitError)) return ruleFailure(ruleId, `Rule "${ruleId}" failed: ${describe(error)}`);
  const stopped = ruleFailure(ruleId, `Rule "${ruleId}" was stopped: it did not finish within ${error.limitMs / 1000} s on ${baseName(document.path)} (ruleTimeLimit)`);
  stoppedMessages.add(stopped);
  return stopped;
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
