// Lints one text: parse, run rules, and when fixing, apply fixes and lint again until stable (at most 10 passes).
// Later passes finish what the first report began, and nothing else: a fix outside the stretches lint reported on
// the text as given (carried through the edits since) waits for a run of its own, where lint will report it.
import { parseDocument } from '../parse/document';
import type { Format, Message, RuleContext } from '../types';
import { applyFixes } from './apply-fixes';
import { carryRanges, isWithin, reportedRanges } from './reported-ranges';
import { EMPTY_CONTEXT, isStoppedRule, runRules, type RuleEntry } from './run-rules';
import { addTime, isTiming } from './timing';

export const MAX_FIX_PASSES = 10;

export interface LintTextOptions {
  readonly path?: string;
  readonly format?: Format;
  readonly rules: readonly RuleEntry[];
  readonly context?: RuleContext;
  readonly fix?: boolean;
  /** Every rule id of the run, on or off: directives naming another are reported. */
  readonly knownRules?: ReadonlySet<string>;
}

export interface TextResult {
  readonly messages: Message[];
  /** The fixed text, when fixing changed something. */
  readonly output?: string;
}

/** A stopped rule's message, saying the file was left as it was. */
function notFixed(message: Message): Message {
  return isStoppedRule(message) ? { ...message, message: `${message.message}; no fixes were applied to this file` } : message;
}

export function lintText(text: string, options: LintTextOptions): TextResult {
  const context = options.context ?? EMPTY_CONTEXT;
  const timing = isTiming();
  const lint = (value: string): Message[] => {
    const started = timing ? performance.now() : 0;
    const document = parseDocument(value, { path: options.path, format: options.format });
    // Parsing is lazy in part (sentences, word spans): what the rules ask for first is timed with them.
    if (timing) addTime('(parse)', performance.now() - started);
    return runRules(document, options.rules, context, options.knownRules);
  };
  let current = text;
  let messages = lint(current);
  // A rule stopped at its time limit leaves the file as it is: nothing is fixed on what it did not finish.
  if (!options.fix) return { messages };
  if (messages.some(isStoppedRule)) return { messages: messages.map(notFixed) };
  const first = messages;
  const seen = new Set([current]);
  let reported = reportedRanges(first);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = messages.flatMap((message) => (message.fix && (pass === 0 || isWithin(reported, message.fix, current)) ? [message.fix] : []));
    if (fixes.length === 0) break;
    const applied = applyFixes(current, fixes);
    const next = applied.text;
    reported = carryRanges(reported, applied.edits);
    // A text seen before means two fixes undo each other: stop rather than loop.
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
    messages = lint(current);
    // Stopped on the fixed text: report the text as it is, with what stopped (its range, 0–0, holds in any text).
    const stopped = messages.filter(isStoppedRule);
    if (stopped.length > 0) return { messages: [...stopped.map(notFixed), ...first] };
  }
  return current === text ? { messages } : { messages, output: current };
}
