import { describe, expect, it } from 'vitest';
import rule from './rule';
import data from './real-words.json';
import { marginOf } from './real-words';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';

const slip = (actual: string, expected: string): string => `“${actual}” reads like a slip for “${expected}” here`;

RuleTester.run(
  rule,
  {
    valid: [
      'Please fill in the form below and send it to the office.',
      'We drove from the coast to the mountains in a single day.',
      'She wore a loose dress to the party and left early.',
      'The principal of the school resigned after the report.',
      'He is taller than his brother, who lives over there.',
      // A capitalized word inside a sentence is a name or a title.
      'The report by Bill Form was read aloud.',
      // A word joined to another is part of a unit.
      'The well-form test ran twice.',
      // The article uses the word where it fits, so it means it where the model doubts it too.
      'We drove form the coast.\n\nPlease fill in the form below.',
      { text: 'We drove form the coast to the mountains.', options: { realWords: false } },
      // Not far enough from the margin on its own…
      'The council will review the sight next week.',
      { text: 'We drove form the coast to the mountains.', options: { allow: ['form'] } },
    ],
    invalid: [
      {
        text: 'We drove form the coast to the mountains in a single day.',
        errors: [{ message: slip('form', 'from'), text: 'form' }],
        output: 'We drove from the coast to the mountains in a single day.',
      },
      {
        text: 'He could not bare the thought of leaving.',
        errors: [{ message: slip('bare', 'bear'), text: 'bare' }],
        output: 'He could not bear the thought of leaving.',
      },
      { text: 'We walked threw the park.', errors: [{ message: slip('threw', 'through'), text: 'threw' }], output: 'We walked through the park.' },
      { text: 'Please except our apologies.', errors: [{ message: slip('except', 'accept'), text: 'except' }], output: 'Please accept our apologies.' },
      // Past the margin but not far past it: offered, not fixed.
      { text: 'The new law takes affect next month, officials said.', errors: [{ message: slip('affect', 'effect'), text: 'affect' }] },
      { text: 'They were quiet sure of the result.', errors: [{ message: slip('quiet', 'quite'), text: 'quiet' }] },
      // …but the article uses the alternative elsewhere, and that tips it.
      {
        text: 'The council will review the sight next week.\n\nThe site has stood empty since the mill closed.',
        errors: [{ message: slip('sight', 'site'), text: 'sight' }],
      },
      // At a sentence start the capital is the sentence's.
      { text: 'Form the coast we drove inland.', errors: [{ message: slip('Form', 'From'), text: 'Form' }] },
    ],
  },
  { describe, it },
);

describe('real-word margins', () => {
  it('gives each pair its calibrated margin, a hand-written pair its own, and the rest the common one', () => {
    const raised = Object.entries(data.margins.pairs)[0];
    if (raised) expect(marginOf(...(raised[0].split('>') as [string, string]))).toBe(raised[1]);
    expect(marginOf('form', 'from')).toBe(data.margins.pairs['form>from' as keyof typeof data.margins.pairs] ?? data.margins.known);
    expect(marginOf('farm', 'form')).toBe(data.margins.pairs['farm>form' as keyof typeof data.margins.pairs] ?? data.margins.report);
  });

  it('holds at least 500 confusion pairs, each word listed with its alternatives both ways', () => {
    const confusions = data.confusions as Record<string, string[]>;
    let pairs = 0;
    for (const [word, alternatives] of Object.entries(confusions)) {
      for (const other of alternatives) {
        expect(confusions[other], `${word} → ${other}`).toContain(word);
        pairs++;
      }
    }
    expect(pairs / 2).toBeGreaterThanOrEqual(500);
  });

  it('offers the alternative in the case of the word it replaces', () => {
    const entries = [{ rule, severity: 'error' as const, options: {} }];
    const [finding] = lintText('Form the coast we drove inland.', { path: 'x.md', rules: entries }).messages;
    expect(finding?.suggestions?.map((each) => each.fix.text)).toEqual(['From']);
  });
});
