// Tests a rule with valid cases (nothing reported) and invalid cases (what is reported, and the exact fixed text).
import { lintText } from '../engine/linter';
import type { RuleEntry } from '../engine/run-rules';
import type { Format, Message, Rule, RuleContext, RuleOptions } from '../types';

export interface ValidCase {
  readonly text: string;
  readonly name?: string;
  /** Markdown unless said otherwise. */
  readonly format?: Format;
  readonly options?: RuleOptions;
  readonly context?: Partial<RuleContext>;
}

export interface ExpectedFinding {
  /** The message, exactly or by pattern. */
  readonly message?: string | RegExp;
  /** The source text the finding's range covers. */
  readonly text?: string;
}

export interface InvalidCase extends ValidCase {
  /** How many findings, or what each one is, in source order. */
  readonly errors: number | readonly (string | ExpectedFinding)[];
  /** The text after all of this rule's fixes; omit or null when nothing is fixed. */
  readonly output?: string | null;
}

export interface RuleCases {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

type TestFunction = (name: string, body: () => void | Promise<void>) => unknown;

function entryOf(rule: Rule, options: RuleOptions = {}): RuleEntry {
  return { rule, severity: 'error', options };
}

function contextOf(partial: Partial<RuleContext> = {}): RuleContext {
  return { dictionary: [], properNouns: [], boilerplate: [], ...partial };
}

function run(rule: Rule, testCase: ValidCase, fix: boolean): { messages: Message[]; output?: string } {
  const format = testCase.format ?? 'markdown';
  return lintText(testCase.text, { format, path: format === 'markdown' ? 'case.md' : 'case.txt', rules: [entryOf(rule, testCase.options)], context: contextOf(testCase.context), fix });
}

function show(messages: readonly Message[], text: string): string {
  return messages.map((m) => `  ${m.message} at [${m.range.join(', ')}] “${text.slice(m.range[0], m.range[1])}”`).join('\n');
}

/** Problems with one valid case; empty when it passes. */
export function verifyValid(rule: Rule, testCase: ValidCase): string[] {
  const { messages } = run(rule, testCase, false);
  return messages.length === 0 ? [] : [`expected no findings in ${JSON.stringify(testCase.text)}, got:\n${show(messages, testCase.text)}`];
}

/** Problems with one invalid case; empty when it passes. */
export function verifyInvalid(rule: Rule, testCase: InvalidCase): string[] {
  const problems: string[] = [];
  const { messages } = run(rule, testCase, false);
  const expected = typeof testCase.errors === 'number' ? testCase.errors : testCase.errors.length;
  if (messages.length !== expected) {
    problems.push(`expected ${expected} finding(s) in ${JSON.stringify(testCase.text)}, got ${messages.length}:\n${show(messages, testCase.text)}`);
  } else if (typeof testCase.errors !== 'number') {
    testCase.errors.forEach((want, index) => {
      const got = messages[index]!;
      const wanted: ExpectedFinding = typeof want === 'string' ? { message: want } : want;
      const covered = testCase.text.slice(got.range[0], got.range[1]);
      if (typeof wanted.message === 'string' && got.message !== wanted.message) problems.push(`finding ${index + 1}: message ${JSON.stringify(got.message)}, expected ${JSON.stringify(wanted.message)}`);
      if (wanted.message instanceof RegExp && !wanted.message.test(got.message)) problems.push(`finding ${index + 1}: message ${JSON.stringify(got.message)} does not match ${wanted.message}`);
      if (wanted.text !== undefined && covered !== wanted.text) problems.push(`finding ${index + 1}: covers ${JSON.stringify(covered)}, expected ${JSON.stringify(wanted.text)}`);
    });
  }
  const fixed = run(rule, testCase, true).output ?? null;
  const wantedOutput = testCase.output ?? null;
  if (fixed !== wantedOutput) problems.push(`fixed text ${JSON.stringify(fixed)}, expected ${JSON.stringify(wantedOutput)}`);
  if (fixed !== null) {
    const again = run(rule, { ...testCase, text: fixed }, true).output;
    if (again !== undefined) problems.push(`fixing is not idempotent: a second fix gives ${JSON.stringify(again)}`);
  }
  return problems;
}

/** The test runner's functions (vitest, jest, mocha, node:test); by default the global ones, if any. */
export interface TestRunner {
  readonly describe?: (name: string, body: () => void) => void;
  readonly it?: TestFunction;
}

export const RuleTester = {
  /**
   * Registers each case as a test with the runner's describe/it. With no runner it runs the cases at once and
   * throws on the first failure; for a rule with `prepare` it then returns a promise to await, which rejects
   * on the first failure.
   */
  run(rule: Rule, cases: RuleCases, runner: TestRunner = globalThis as TestRunner): void | Promise<void> {
    const globals = runner;
    const fail = (problems: string[]): void => {
      if (problems.length > 0) throw new Error(problems.join('\n'));
    };
    // A rule with `prepare` is prepared with each case's options first, as a run prepares it with the config's
    // (a plain-JavaScript `prepare` may return nothing).
    const check = (options: RuleOptions | undefined, verify: () => string[]): void | Promise<void> =>
      rule.prepare ? Promise.resolve(rule.prepare(options ?? {})).then(() => fail(verify())) : fail(verify());
    const tests: (() => void | Promise<void>)[] = [];
    const body = (): void => {
      const test: TestFunction = globals.it ?? ((_name, fn) => tests.push(fn));
      for (const valid of cases.valid) {
        const testCase = typeof valid === 'string' ? { text: valid } : valid;
        test(testCase.name ?? `leaves alone ${JSON.stringify(testCase.text.slice(0, 60))}`, () => check(testCase.options, () => verifyValid(rule, testCase)));
      }
      for (const invalid of cases.invalid) {
        test(invalid.name ?? `flags ${JSON.stringify(invalid.text.slice(0, 60))}${invalid.output ? ` and fixes it to ${JSON.stringify(invalid.output.slice(0, 60))}` : ''}`, () => check(invalid.options, () => verifyInvalid(rule, invalid)));
      }
    };
    if (globals.describe) globals.describe(rule.id, body);
    else body();
    if (!rule.prepare) {
      for (const each of tests) void each();
      return;
    }
    return tests.reduce<Promise<void>>((previous, each) => previous.then(() => each()), Promise.resolve());
  },
};
