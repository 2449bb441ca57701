import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';
import duplicateSection from './rule';

const ARTICLE = 'The council met on Tuesday and voted to approve the new tram line.\n\nThe line will open in 2027, officials said.\n';
/** A paragraph of some eighty words, and a sentence of the article's own written on a line beside a copy of it. */
const PARAGRAPH =
  'The regional council approved a new budget on Tuesday after a long debate about housing, transport and the future of the old harbour district. Members argued for hours over the cost of repairs to the sea wall, which engineers say must be finished before the winter storms arrive. The final vote was close, with nine members in favour and seven against, and the mayor said the plan would be reviewed again in the spring.';
const OWN = 'Schools will stay closed until Friday, the ministry said.';

RuleTester.run(
  duplicateSection,
  {
    valid: [
      ARTICLE,
      '## Background\n\nOne thing.\n\n## Background\n\nAnother thing.\n',
      'The council met on Tuesday and voted to approve the new tram line.\n\nThe council met on Friday and voted to reject the old bus plan entirely.\n',
      // Results written to one formula differ only in names and numbers: not copies.
      'Maria Lopez won the women’s 400 metres final in 49.8 seconds after a slow start and a strong finish, on a wet track in front of a full stadium on Sunday.\n\nAnna Kowalski won the women’s 800 metres final in 51.2 seconds after a slow start and a strong finish, on a wet track in front of a full stadium on Sunday.\n',
      'In Ward 3, Councillor Diane Moss of the Liberal Party held the seat with 1,204 votes, well ahead of the candidate who came second.\n\nIn Ward 7, Councillor Peter Hale of the Labour Party held the seat with 987 votes, well ahead of the candidate who came second.\n',
      // Short paragraphs and list items share a wording on purpose; only exact repeats of them count.
      'A spokesman for the ministry declined to comment.\n\nSales rose.\n\nA spokeswoman for the ministry declined to comment.\n',
      '- The north entrance will be closed from Monday until the end of the month for repairs\n- The south entrance will be closed from Friday until the end of the month for repairs\n',
      // A page-break line with no copy after it is left to the boilerplate rule.
      { text: `${ARTICLE}\nPage 2 of 2\n\nOpponents said they would go to court over the new line.\n`, format: 'text' },
      // A sentence lifted out of a paragraph as a pull quote is not the paragraph repeated.
      'The mayor said the line would be finished by 2027, and that the city would pay for any overruns from its own reserves. Critics doubted it.\n\n> “The city would pay for any overruns from its own reserves.”\n',
      // Two paragraphs on one subject, alike in words but not one edited from the other.
      'The council voted on Tuesday to approve the tram line, which will run from the station to the hospital.\n\nThe council is expected to vote next month on a second tram line, which would run from the hospital to the airport.\n',
    ],
    invalid: [
      {
        name: 'removes a copy but keeps a sentence of the article’s own on the line above it, in the same Markdown paragraph',
        text: `# T\n\n${PARAGRAPH}\n\n${OWN}\n${PARAGRAPH}\n`,
        errors: [{ text: PARAGRAPH }],
        output: `# T\n\n${PARAGRAPH}\n\n${OWN}\n`,
      },
      {
        name: 'keeps a sentence of the article’s own on the line above a copy in plain text too',
        text: `${PARAGRAPH}\n\n${OWN}\n${PARAGRAPH}\n`,
        format: 'text',
        errors: 1,
        output: `${PARAGRAPH}\n\n${OWN}\n`,
      },
      {
        name: 'keeps a sentence of the article’s own on the line below a copy',
        text: `# T\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n${OWN}\n\nThe end.\n`,
        errors: 1,
        output: `# T\n\n${PARAGRAPH}\n\n${OWN}\n\nThe end.\n`,
      },
      {
        name: 'only offers to remove a copy that shares its line with words of its own',
        text: `# T\n\n${PARAGRAPH}\n\n${OWN} ${PARAGRAPH}\n`,
        errors: [{ message: /repeated block: .*; it also holds words of its own$/ }],
        output: null,
      },
      {
        text: 'Tram Line Approved After Marathon Vote\n\nThe council met on Tuesday.\n\nTram Line Approved After Marathon Vote\n\nThe line opens in 2027.\n',
        format: 'text',
        errors: [{ message: /repeated heading: “Tram Line Approved After Marathon Vote” first appears on line 1/ }],
        output: 'Tram Line Approved After Marathon Vote\n\nThe council met on Tuesday.\n\nThe line opens in 2027.\n',
      },
      {
        name: 'removes a repeated run of three paragraphs as one',
        text: 'Alpha paragraph has several words here.\n\nBeta paragraph has several words here.\n\nGamma paragraph has several words here.\n\nDelta is new.\n\nAlpha paragraph has several words here.\n\nBeta paragraph has several words here.\n\nGamma paragraph has several words here.\n',
        errors: [{ message: /repeat of 3 blocks/ }],
        output: 'Alpha paragraph has several words here.\n\nBeta paragraph has several words here.\n\nGamma paragraph has several words here.\n\nDelta is new.\n',
      },
      {
        name: 'finds a nearly repeated paragraph',
        text: 'The council met on Tuesday and voted six to three to approve the new tram line after nine hours.\n\nMore text follows here.\n\nThe council met on Tuesday and voted six to three to approve the new tram line after nine long hours.\n',
        errors: 1,
        output: 'The council met on Tuesday and voted six to three to approve the new tram line after nine hours.\n\nMore text follows here.\n',
      },
      {
        name: 'finds a paragraph repeated with a word changed, a clause dropped, its casing and quotes changed',
        text:
          'officials welcomed the vote but asked for the mission to be converted into a full peacekeeping force, which would be paid for from the “assessed” budget. The idea has been resisted by some members, who point to the last force, which left in 2017.\n\n' +
          'Aid agencies say half the population faces hunger.\n\n' +
          'Officials welcomed the vote but asked for the mission to be turned into a full peacekeeping force, paid for from the "assessed" budget. The idea has been resisted by some members, who point to the last force.\n\n' +
          'Elections are due next year.\n',
        errors: [{ message: /repeated block: “Officials welcomed the vote.*first appears on line 1/ }],
        output:
          'officials welcomed the vote but asked for the mission to be converted into a full peacekeeping force, which would be paid for from the “assessed” budget. The idea has been resisted by some members, who point to the last force, which left in 2017.\n\n' +
          'Aid agencies say half the population faces hunger.\n\nElections are due next year.\n',
      },
      {
        name: 'keeps a repeated run whole across a short line and a more heavily edited paragraph, and takes its short headline',
        format: 'text',
        text:
          'Tram Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nIt was close.\n\nThe line will run from the station to the hospital and open in 2027, the mayor told reporters outside.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n\nPage 2\n\n' +
          'Tram Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nIt was close.\n\nThe line, the mayor said, will open in 2027 and run between the station and the hospital.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n\n' +
          'Opponents said they would go to court.\n',
        errors: [{ message: /repeat of 5 blocks: “Tram Vote” first appears on line 1/ }],
        output:
          'Tram Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nIt was close.\n\nThe line will run from the station to the hospital and open in 2027, the mayor told reporters outside.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n\n' +
          'Opponents said they would go to court.\n',
      },
      {
        name: 'keeps a new paragraph that sits inside a repeated run but is unlike the one in its place',
        text:
          'The council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nThe line will run from the station to the hospital and open in 2027, the mayor said.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n\n' +
          'The council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nShopkeepers on the route hope the works will be over before Christmas trading.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n',
        errors: 2,
        output:
          'The council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nThe line will run from the station to the hospital and open in 2027, the mayor said.\n\nCritics said the cost of the line had doubled since it was first proposed four years ago.\n\n' +
          'Shopkeepers on the route hope the works will be over before Christmas trading.\n',
      },
      {
        // "İ" grows when lowercased and "Σ" takes its case from its neighbours: such blocks are lowercased word by word.
        name: 'finds a copy in another case when lowercasing changes a letter’s length or depends on its neighbours',
        text: 'İSTANBUL TRAM LINE OPENS AFTER YEARS OF DELAY\n\nThe line runs along the shore.\n\nİstanbul tram line opens after years of delay\n\nΟ ΝΕΟΣ ΔΡΟΜΟΣ ΑΝΟΙΓΕΙ ΣΗΜΕΡΑ ΣΤΗΝ ΠΟΛΗ.\n\nΟ νεος δρομος ανοιγει σημερα στην πολη.\n',
        errors: [{ message: /repeated block: “İstanbul tram line/ }, { message: /repeated block: “Ο νεος δρομος/ }],
        output: 'İSTANBUL TRAM LINE OPENS AFTER YEARS OF DELAY\n\nThe line runs along the shore.\n\nΟ ΝΕΟΣ ΔΡΟΜΟΣ ΑΝΟΙΓΕΙ ΣΗΜΕΡΑ ΣΤΗΝ ΠΟΛΗ.\n',
      },
      {
        name: 'removes a section repeated after a page break, with the headline at the top of page 2, as one finding',
        format: 'text',
        text:
          'Tram Line Approved After Marathon Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nThe line will run from the station to the hospital and open in 2027, the mayor said.\n\nContinued on next page »\n\nPage 2 of 2\n\n' +
          'Tram Line Approved After Marathon Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine hour meeting.\n\nThe line will run from the station to the hospital and open in 2027, the mayor said.\n\n' +
          'Opponents said they would go to court.\n',
        errors: [{ message: /repeat of 3 blocks: “Tram Line Approved After Marathon Vote” first appears on line 1/ }],
        // The page-break lines go with the copy they introduce: the fix gives the article as it was written.
        output:
          'Tram Line Approved After Marathon Vote\n\nThe council voted six to three on Tuesday to approve the tram line after a nine-hour meeting.\n\nThe line will run from the station to the hospital and open in 2027, the mayor said.\n\n' +
          'Opponents said they would go to court.\n',
      },
    ],
  },
  { describe, it },
);

describe('duplicate-section in a long article written to a formula', () => {
  const race = (i: number) => `In race ${i} of the day the rider from the local club finished in position ${i % 7} after a long climb over the hills near the town.`;
  const paragraphs = Array.from({ length: 60 }, (_, i) => race(i));
  const run = (text: string) => lintText(text, { path: 'a.md', rules: [{ rule: duplicateSection, severity: 'error' as const, options: {} }] }).messages;

  it('leaves sixty paragraphs that differ only in their numbers alone', () => {
    expect(run(paragraphs.join('\n\n') + '\n')).toEqual([]);
  });

  it('still finds one of them repeated later with a word changed', () => {
    const copy = race(5).replace('long climb', 'steep climb');
    const messages = run([...paragraphs, copy].join('\n\n') + '\n');
    expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(/repeated block: “In race 5 of the day.*first appears on line 11/)]);
  });

  it('compares each article with itself only, after an article of any length', () => {
    // Thousands of paragraphs grow the rule's trigram table well past its first size.
    const long = Array.from({ length: 3000 }, (_, i) => `${race(i)} Entry ${i} wore number ${i * 3}.`);
    expect(run(long.join('\n\n') + '\n')).toEqual([]);
    expect(run(`${race(5).replace('long climb', 'steep climb')}\n`)).toEqual([]);
    expect(run(`Another story entirely.\n\n${race(5)}\n`)).toEqual([]);
    expect(run(`${race(5)}\n\nMore news.\n\n${race(5).replace('long climb', 'steep climb')}\n`)).toHaveLength(1);
  });
});
