import { describe, expect, it } from 'vitest';
import rule from './rule';
import data from './repeated-word.json';
import doubles from './doubles.json';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';

/** The scores on doubles.json the rule must keep (of 80 legitimate doubles and 70 slips). */
const MIN_LEFT_ALONE = 78;
const MIN_CAUGHT = 67;

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
      { name: 'leaves the past perfect of have alone, after its subject and before an object, to, or a participle in a relative clause', text: 'By noon she had had enough. They had had to wait. The surgery she had had done went well.' },
      { name: 'leaves a conjunction before a demonstrative alone', text: 'Officials admitted that that plan had failed. He argued that that could wait, and that that, too, was fine.' },
      { name: 'leaves is is and was was alone where the first closes a clause that is the subject', text: 'What it is is a tax. The way it is is not sustainable. All it was was a joke. Whatever the reason was was never said.' },
      { name: 'leaves an object pronoun before a possessive alone', text: 'The nurse handed her her coat. They showed her her new office.' },
      { name: 'leaves a particle after an object, and a stranded preposition, before the same preposition alone', text: 'Staff checked them in in the lobby. The clerk checked the guests in in the lobby. The city she lived in in 2010 has grown. The bill was voted on on Tuesday.' },
      { name: 'leaves to to alone where the first closes a verb in a subordinate clause or one with a gap', text: 'We will come back if we have to to finish the job. These are the forms you have to to enrol.' },
      { name: 'leaves reduplicated interjections alone, capitalized or not', text: 'The crowd chanted bravo bravo. Bravo bravo, he shouted. Fans yelled Hooray hooray.' },
      { name: 'leaves a noun before the modal it is spelled like alone', text: 'Only the can can stay. Her will will be read on Monday. A tin can can hold nails.' },
      { name: 'reads typographic apostrophes and capitals in the words around a double', text: 'The old man’s might might fade. What It Is is a film.' },
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
      { name: 'flags had had after a word that already makes the tense', text: 'We’ve had had three meetings.', errors: 1, output: 'We’ve had three meetings.' },
      { name: 'flags had had at the start of its clause and before been', text: 'Had had the storm passed, we would know. The firm had had been warned.', errors: 2, output: 'Had the storm passed, we would know. The firm had been warned.' },
      {
        name: 'flags had had after a modal or to, suggesting have had, and fixes nothing',
        text: 'She would had had time, and hoped to had had more.',
        errors: [{ message: 'Unexpected repeated word “had”, expected “have had”', text: ' had' }, { message: 'Unexpected repeated word “had”, expected “have had”', text: ' had' }],
        output: null,
      },
      { name: 'flags that that before an article, a subject pronoun or the end of its sentence', text: 'She said that that the plan failed. He believes that that we should wait. Nobody expected that that.', errors: 3, output: 'She said that the plan failed. He believes that we should wait. Nobody expected that.' },
      { name: 'flags is is after a subject that is no clause, the spoken "the thing is is" too', text: 'It is is late. What he said is is true. The thing is is that nobody called.', errors: 3, output: 'It is late. What he said is true. The thing is that nobody called.' },
      { name: 'flags her her after a preposition or before a function word or punctuation', text: 'We saw her her at the station. He gave the book to her her.', errors: 2, output: 'We saw her at the station. He gave the book to her.' },
      { name: 'flags a prepositional verb, or a form of be, before a doubled preposition', text: 'She lives in in London. Prices depend on on the weather. The keys are in in the drawer.', errors: 3, output: 'She lives in London. Prices depend on the weather. The keys are in the drawer.' },
      { name: 'flags to to where the first closes no clause', text: 'I have to to leave now. They are going to to build a bridge.', errors: 2, output: 'I have to leave now. They are going to build a bridge.' },
      { name: 'flags a modal doubled after a pronoun, and a noun-and-modal with nothing after', text: 'We can can help. The can can.', errors: 2, output: 'We can help. The can.' },
      {
        name: 'keeps two copies of a run whose double is grammatical where it stands',
        text: 'I had had had enough.',
        errors: [{ message: 'Unexpected repeated word “had”, written 3 times in a row', text: ' had' }],
        output: 'I had had enough.',
      },
      { name: 'removes every copy after the first of a run whose double is a slip', text: 'We’ve had had had enough. I think that that that the plan works.', errors: 2, output: 'We’ve had enough. I think that the plan works.' },
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

describe('had had after a modal', () => {
  it('suggests "have had", or removing the copy, for "would had had"', () => {
    const text = 'She would had had time.';
    const [message] = lintText(text, { path: 'case.md', rules: [{ rule, severity: 'error', options: {} }] }).messages;
    const applied = message?.suggestions?.map(({ fix }) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
    expect(applied).toEqual(['She would have had time.', 'She would had time.']);
  });
});
