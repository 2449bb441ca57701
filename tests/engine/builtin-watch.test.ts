// The built-in rules under the per-file time limit, as plugin rules are: one watchdog for all of a file's built-in
// rules (a watchdog costs about 60 µs to start), each rule still with a limit of its own.
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRules } from '../../src/config/rule-set';
import { lintText } from '../../src/engine/linter';
import type { RuleEntry } from '../../src/engine/run-rules';
import { runRules } from '../../src/engine/run-rules';
import { parseDocument } from '../../src/parse/document';
import type { Config, Rule } from '../../src/types';

const CONFIG: Config = { rules: {}, dictionary: [], properNouns: [], boilerplate: [], plugins: [], ignore: [], source: null };

/** A rule standing for a built-in one, whose check does what `check` does. */
function builtin(id: string, check: Rule['check'], timeLimit: number): RuleEntry {
  return { rule: { id, description: id, defaultSeverity: 'error', fixable: true, check }, severity: 'error', options: {}, timeLimit, isBuiltin: true };
}

function busyFor(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // Busy, as a slow rule is.
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the built-in rules’ time limit', () => {
  it('is the per-file time limit plugin rules have', async () => {
    const { entries } = await resolveRules(CONFIG, {}, 2);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.map((entry) => [entry.timeLimit, entry.isBuiltin])).toEqual(entries.map(() => [2000, true]));
  });

  it('is kept by one watchdog for all the built-in rules of a file, not one a rule', async () => {
    const { entries, context } = await resolveRules(CONFIG);
    const watchdogs = vi.spyOn(vm.Script.prototype, 'runInContext');
    const messages = runRules(parseDocument('It was was late, and teh night was cold.\n', { path: 'a.md' }), entries, context);
    expect(messages.map((message) => message.ruleId)).toEqual(['repeated-word', 'typo']);
    expect(watchdogs).toHaveBeenCalledTimes(1);
  });

  it('stops a built-in rule that never returns, naming it, keeps the other rules’ findings, and fixes nothing in the file', () => {
    const hanging = builtin(
      'hanging',
      () => {
        for (;;) {
          // Never returns.
        }
      },
      300,
    );
    const fixing = builtin('fixing', () => [{ message: 'Unexpected “teh”, expected “the”', range: [0, 3], fix: { range: [0, 3], text: 'the' } }], 300);
    const result = lintText('teh end.', { path: 'story.md', rules: [fixing, hanging], fix: true });
    expect(result.output).toBeUndefined();
    expect(result.messages).toEqual([
      { ruleId: 'hanging', severity: 2, message: 'Rule "hanging" was stopped: it did not finish within 0.3 s on story.md (ruleTimeLimit); no fixes were applied to this file', range: [0, 0], fatal: true },
      expect.objectContaining({ ruleId: 'fixing', range: [0, 3] }),
    ]);
  });

  it('gives a rule that started late in the shared watch a watch of its own, so it is not stopped for the time the rules before it took', () => {
    let laterRuns = 0;
    const earlier = builtin('earlier', () => (busyFor(1200), []), 2000);
    const later = builtin('later', () => (laterRuns++, busyFor(1200), [{ message: 'Done', range: [0, 1] }]), 2000);
    const messages = runRules(parseDocument('Text.', { path: 'a.md' }), [earlier, later]);
    expect(messages).toEqual([{ ruleId: 'later', severity: 2, message: 'Done', range: [0, 1] }]);
    expect(laterRuns).toBe(2);
  });
});
