// Rules that agree: what one rule's fix leaves behind, lint on the text as given has already reported, so fix
// finishes in one run (fixing the fixed text changes nothing) without reaching text lint did not name.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index';
import { lintText } from '../../src/engine/linter';
import type { Format } from '../../src/types';
import { keepsInOrder, unreportedStretches } from '../property/outside-reported';

const rules = builtinRules.map((rule) => ({ rule, severity: 'error' as const, options: {} }));

const PARAGRAPH =
  'Brentford dominated possession for long spells but struggled to turn it into clear chances, and Everton defended deep with eight men behind the ball for most of the second half, waiting for a counterattack that never really came. Alwyas ready for set pieces, his side held on, Dyche said.';
const VOTE = 'The council voted 6-1 late on Tuesday to end the parking rule that has stood since the 1970s, and the mayor said she would sign it.';

/** Each case: the text, its format, the rules lint reports on it, and what fix makes of it. */
const cases: { name: string; text: string; format: Format; reported: string[]; fixed: string }[] = [
  {
    name: 'a stop glued to the next sentence: capitalization reads the word before it as prose, as punctuation-spacing does',
    text: 'ends.Then it rained on the parade.\n',
    format: 'text',
    reported: ['capitalization', 'punctuation-spacing'],
    fixed: 'Ends. Then it rained on the parade.\n',
  },
  {
    name: 'a lowercased name holding a proper noun is reported whole, not a word at a time',
    text: 'They work in nevada and new mexico every summer.\n',
    format: 'text',
    reported: ['capitalization', 'capitalization'],
    fixed: 'They work in Nevada and New Mexico every summer.\n',
  },
  {
    name: 'a slip in a pasted copy is not a second use that makes it a name',
    text: `# Match report\n\n${PARAGRAPH}\n\nThe second half was quiet.\n\n${PARAGRAPH}\n`,
    format: 'markdown',
    reported: ['duplicate-section', 'typo', 'typo'],
    fixed: `# Match report\n\n${PARAGRAPH.replace('Alwyas', 'Always')}\n\nThe second half was quiet.\n`,
  },
  {
    name: 'a word repeated after a glued colon',
    text: 'Note:the the plan failed on Monday.\n',
    format: 'text',
    reported: ['punctuation-spacing', 'repeated-word'],
    fixed: 'Note: the plan failed on Monday.\n',
  },
  {
    name: 'a word repeated before a stop the parser joined to it',
    text: 'The vote was was. then the council adjourned.\n',
    format: 'text',
    reported: ['capitalization', 'repeated-word'],
    fixed: 'The vote was. Then the council adjourned.\n',
  },
  {
    name: 'a doubled word does not turn a hard-wrapped paragraph into a list of lines',
    text: 'The the council met late on Tuesday\nand voted to approve the tram line after a long debate.\n',
    format: 'text',
    reported: ['repeated-word'],
    fixed: 'The council met late on Tuesday\nand voted to approve the tram line after a long debate.\n',
  },
  {
    name: 'a copy with a doubled word is still a copy',
    text: `# Vote\n\n${VOTE}\n\nThe ${VOTE}\n`,
    format: 'markdown',
    reported: ['duplicate-section', 'repeated-word'],
    fixed: `# Vote\n\n${VOTE}\n`,
  },
  {
    name: 'a chain of colons is one identifier, the first colon included',
    text: 'The tag Lang:en:us marks the record.\n',
    format: 'text',
    reported: [],
    fixed: 'The tag Lang:en:us marks the record.\n',
  },
];

describe('rules that agree on what the fixed text holds', () => {
  for (const { name, text, format, reported, fixed } of cases) {
    it(name, () => {
      const { messages } = lintText(text, { format, rules });
      expect(messages.map((message) => message.ruleId).sort()).toEqual(reported);
      const once = lintText(text, { format, rules, fix: true }).output ?? text;
      expect(once).toBe(fixed);
      expect(lintText(once, { format, rules, fix: true }).output ?? once).toBe(once);
      expect(keepsInOrder(once, unreportedStretches(text, messages))).toBe(true);
    });
  }

  it('offers, and does not apply, a fix that would remove a copydesk directive', () => {
    const text = 'Share this article <!-- copydesk-disable -->\n\nthe council met on Monday.\n';
    const { messages } = lintText(text, { format: 'markdown', rules });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'boilerplate', suggestions: [{ message: 'Apply the fix (it also removes a copydesk directive)', fix: { range: [0, 46], text: '' } }] });
    expect(messages[0]!.fix).toBeUndefined();
    expect(lintText(text, { format: 'markdown', rules, fix: true }).output).toBeUndefined();
  });
});
