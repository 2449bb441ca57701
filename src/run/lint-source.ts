// Runs the engine on one text with the rules resolved for it: the one place the API, its worker threads and the
// language server hand a text to the engine, in one pass or (for the language server) one rule at a time.
import type { ResolvedRules } from '../config/rule-set';
import { lintText, type TextResult } from '../engine/linter';
import { compareMessages, runRules } from '../engine/run-rules';
import { parseDocument } from '../parse/document';
import type { Format, Message } from '../types';

/** The file a text stands for, and its format when not the one its name gives. */
export interface Target {
  readonly path: string;
  readonly format?: Format;
}

/** A text, or a function that gives it when it is needed (the text of a document that may change meanwhile). */
export type Text = string | (() => string);

export function textOf(text: Text): string {
  return typeof text === 'string' ? text : text();
}

/** Lints a text as the file it stands for, fixing (and linting again until stable) when asked. */
export function lintSource(text: string, target: Target, rules: ResolvedRules, fix: boolean | undefined): TextResult {
  return lintText(text, { path: target.path, format: target.format, rules: rules.entries, context: rules.context, fix, knownRules: rules.knownIds });
}

/**
 * Lints one rule at a time, letting other work in between, and stops ('stale') as soon as `isStale` says the
 * text is no longer wanted: on a long article an edit cancels the lint under way, and requests wait for one rule,
 * not for all of them. The messages are the same as one pass of every rule gives (lintSource without fixing).
 */
export async function lintSourceInSteps(text: Text, target: Target, rules: ResolvedRules, isStale: () => boolean): Promise<readonly Message[] | 'stale'> {
  if (isStale()) return 'stale';
  const parsed = parseDocument(textOf(text), { path: target.path, format: target.format });
  const messages: Message[] = [];
  for (const [index, entry] of rules.entries.entries()) {
    await new Promise((resolve) => setImmediate(resolve));
    if (isStale()) return 'stale';
    // Directives naming unknown rules are reported once, with the first rule.
    messages.push(...runRules(parsed, [entry], rules.context, index === 0 ? rules.knownIds : undefined));
  }
  if (rules.entries.length === 0) messages.push(...runRules(parsed, [], rules.context, rules.knownIds));
  return messages.sort(compareMessages);
}
