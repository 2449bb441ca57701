import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester';
import truncatedText from './rule';

const ARTICLE = 'The council met on Tuesday and voted to approve the new tram line.\n\nThe line will open in 2027, officials said.\n';

RuleTester.run(
  truncatedText,
  {
    valid: [
      ARTICLE,
      '- apples\n- pears\n',
      'Run this:\n\n```\nnpm test\n```\n',
      { text: `${ARTICLE}\nLeave a Comment\n`, format: 'text' },
      'The end is near — “really,” she said.\n',
      // Endings that are complete without a closing mark: a list of headlines, a labelled list, a sign-off, a credit.
      { text: `${ARTICLE}\nMore in Politics\nAssembly passes bill on school funding, sends it to Senate\nCounty executive race draws a fourth candidate\nWhat the new voting maps mean for the next election\n`, format: 'text' },
      { text: `${ARTICLE}\nTrending Now\n\nState warns of algae blooms at three park beaches\n\nGrocer to close two pharmacies in the city next month\n`, format: 'text' },
      `${ARTICLE}\nTags: central bank, interest rates, inflation, eurozone, Christine Lagarde\n`,
      `${ARTICLE}\nJohn Alexander Smith, actor and director, born 14 March 1938; died 2 October 2024\n`,
      `${ARTICLE}\n— Reuters\n`,
      `${ARTICLE}\nThe full report is online at https://example.com/report\n`,
      `${ARTICLE}\nAnd then, as she put it, there was nothing more to say…\n`,
      `${ARTICLE}\n## Related coverage of the vote and what comes next\n`,
      `${ARTICLE}\n| Party | Seats |\n| --- | --- |\n| Labour | 12 |\n`,
    ],
    invalid: [
      { text: 'The council met.\n\nChina has maintained a neutral stance,\n', format: 'text', errors: [{ message: /ends mid-sentence/ }] },
      { text: 'The council met.\n\n* China: China has maintained a neutral stance,\n\nYou may also like\n\nLeave a Comment\n', format: 'text', errors: 1, name: 'looks past trailing boilerplate' },
      { text: 'The council met and the mayor said that the\n', errors: 1 },
      {
        name: 'looks past a list of headlines to a paragraph broken off',
        text: `${ARTICLE}\nThe council said it had opened more than 200 inquiries into small plans, many of which\n\nTrending Now\nState warns of algae blooms at three park beaches\nGrocer to close two pharmacies in the city next month\n`,
        format: 'text',
        errors: [{ message: /ends mid-sentence: “….*many of which”/ }],
      },
      { name: 'flags a short paragraph broken off after an auxiliary', text: `${ARTICLE}\nThe company said it would\n`, errors: 1 },
      { name: 'flags a short paragraph broken off after a possessive', text: `${ARTICLE}\nThe mayor thanked them for their\n`, errors: 1 },
      { name: 'flags a last list item cut off', text: 'The council met.\n\n- The first change is the fare.\n- The second change is that the line will run to\n', errors: 1 },
      {
        name: 'flags a hard-wrapped paragraph broken off on a year',
        text: 'The council met on Tuesday. The company behind the\nline was founded in Leeds and it has built trams for cities\nsince the contract it won in 1998\n',
        errors: 1,
      },
      {
        name: 'flags a paragraph broken off though the lines before it look like headlines',
        text: 'The council met.\n\nThe council voted on Tuesday. Opponents said the new line would cost far more than the mayor\n',
        errors: 1,
      },
    ],
  },
  { describe, it },
);
