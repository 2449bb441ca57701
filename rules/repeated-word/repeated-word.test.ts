import { describe, expect, it } from 'vitest';
import rule from './rule';
import data from './repeated-word.json';
import doubles from './doubles.json';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';

/** The scores on doubles.json the rule must keep (of 56 legitimate doubles and 49 slips). */
const MIN_LEFT_ALONE = 22;
const MIN_CAUGHT = 33;

RuleTester.run(
  rule,
  {
    valid: [
      'He had had enough of it.',
      'She said that that was fine.',
      'They flew to Bora Bora and Walla Walla.',
      'He left. Left alone, she waited.',
      'The score was 10 10 at half time.',
      'Use `the the` in code only.',
      'It is, is it not?',
      { text: 'We went went there.', options: { allow: ['went'] } },
      ...data.examples.pass,
    ],
    invalid: [
      { text: 'He said the the plan failed.', errors: [{ message: 'Unexpected repeated word “the”', text: ' the' }], output: 'He said the plan failed.' },
      { text: 'The the end came.', errors: 1, output: 'The end came.' },
      { text: 'It was\nwas late.', errors: 1, output: 'It was late.' },
      { text: 'We want to to go and and stay.', errors: 2, output: 'We want to go and stay.' },
      { text: 'A plan in in\r\nplace.', format: 'text', errors: 1, output: 'A plan in\r\nplace.' },
      { text: '\\*Note\\*: the the end.', errors: 1, output: '\\*Note\\*: the end.' },
      { name: 'removes a triple word in one finding', text: 'It is the the the end.', errors: [{ message: 'Unexpected repeated word “the”, written 3 times in a row', text: ' the the' }], output: 'It is the end.' },
      {
        name: 'removes a run of 1,100 repeated words in one finding and one fix, whatever the fix loop’s pass limit',
        text: `It was ${Array(1100).fill('the').join(' ')} end.`,
        errors: [{ message: 'Unexpected repeated word “the”, written 1100 times in a row' }],
        output: 'It was the end.',
      },
      { name: 'removes a run across line breaks and after a particle', text: 'They checked in in in\nin March.', errors: 1, output: 'They checked in in March.' },
      ...data.examples.flag.map((text) => ({ text, errors: 1, output: text.replace(/\b(\w+)\s+\1\b/i, '$1') })),
    ],
  },
  { describe, it },
);

/** Whether the rule reports anything in one sentence. */
function isFlagged(text: string): boolean {
  return lintText(text, { path: 'case.md', rules: [{ rule, severity: 'error', options: {} }] }).messages.length > 0;
}

describe('the doubles of doubles.json', () => {
  const leftAlone = doubles.leave.filter((text) => !isFlagged(text));
  const caught = doubles.flag.filter((text) => isFlagged(text));
  it('are scored: legitimate doubles left alone, slips reported', () => {
    const wronglyFlagged = doubles.leave.filter((text) => !leftAlone.includes(text));
    const missed = doubles.flag.filter((text) => !caught.includes(text));
    console.log(
      `repeated-word on doubles.json: ${leftAlone.length}/${doubles.leave.length} legitimate doubles left alone, ${caught.length}/${doubles.flag.length} slips reported` +
        `\n  flagged though legitimate: ${JSON.stringify(wronglyFlagged)}\n  missed: ${JSON.stringify(missed)}`,
    );
    expect(leftAlone.length).toBeGreaterThanOrEqual(MIN_LEFT_ALONE);
    expect(caught.length).toBeGreaterThanOrEqual(MIN_CAUGHT);
  });
});
