import { describe, expect, it } from 'vitest';
import data from '../shared/page-chrome.json';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';
import boilerplate from './rule';

const ARTICLE = 'The council met on Tuesday and voted to approve the new tram line.\n\nThe line will open in 2027, officials said.\n';
/** Six paragraphs of news: long enough that what stands near the top is not also near the end. */
const BODY = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the story says the council met on Tuesday and voted to approve the new tram line after a long debate about costs.`).join('\n\n') + '\n';
const BREADCRUMB = 'Home » World » Europe\n\n';
const HEADLINE = 'Tram line approved after long debate\n\n';

RuleTester.run(
  boilerplate,
  {
    valid: [
      ARTICLE,
      { text: 'The Vote\n\nThe council met on Tuesday and voted.\n\n“We will not back down,” she said.\n\nWhat happens next\n\nThe line opens in 2027.\n', format: 'text' },
      'Related: the minister resigned in May, and her deputy took over.\n',
      'Subscriptions to the paper rose 12% last year, the publisher said.\n',
      '# Copyright\n\nThe copyright case went to court in 2019.\n',
      { text: 'by James Carter Senior News Editor\n\nThe council met.\n', format: 'text', name: 'leaves a byline alone unless asked' },
      { text: 'The council met.\n\nWhat are your thoughts on the plan?\n', name: 'leaves a question to the reader alone unless asked' },
      { text: `By Ana Ruiz | Updated March 4, 2025, 9:14 a.m. ET\n\n${ARTICLE}`, format: 'text', name: 'keeps a byline with an update stamp' },
      { text: `Posted by Tom Weller · 6 min read\n\n${ARTICLE}`, format: 'text', name: 'keeps a byline with a read time' },
      { text: `_By Lena Marsh, Health Reporter · Monday 3 February 2025_\n\n${ARTICLE}`, name: 'keeps a Markdown byline with a role and a date' },
      { text: `By Keith Oduya, Staff Writer | Published 7:02 a.m. CST Nov. 18, 2025\n\n${ARTICLE}`, format: 'text', name: 'keeps a byline with the time before the date' },
      { text: `Tuesday 9 September 2025 · 4 min read\n\n${ARTICLE}`, format: 'text', name: 'keeps a dateline' },
      { text: `${ARTICLE}\nBy Friday the council had voted twice, and the plan was dead.\n`, format: 'text', name: 'a sentence starting with “By” is prose' },
      { text: 'The Courier has learned that the council will drop the plan. Officials told this newspaper that a vote is due in May.\n\nThe line will open in 2027.\n', format: 'text', name: 'reportage naming the paper is content' },
      { text: 'What changed\nThe council met on Tuesday and voted to approve the new tram line after a long debate.\n\nThe line will open in 2027, officials said.\n', format: 'text', name: 'a subheading over its paragraph' },
      { text: '# Reading list\n\nThe council published its sources:\n\n- [The tram study](https://example.org/study)\n- [The budget](https://example.org/budget)\n\nThe line will open in 2027, officials said.\n', name: 'a list of links inside the article is content' },
      'Topics: the council will discuss three of them in May.\n',
      { text: 'Harbour shares tumble as storms close the port for a week\n\nThe port closed on Monday.\n', format: 'text', name: 'a headline about shares' },

    ],
    invalid: [
      {
        name: 'sits on the chrome at the end of the article, though its fix takes the line breaks before it',
        text: `${ARTICLE}\nShare this article\n\nLeave a Comment\n`,
        format: 'text',
        errors: [{ text: 'Share this article' }, { text: 'Leave a Comment' }],
        output: ARTICLE,
      },
      {
        name: 'keeps a byline of a name and a date, which stands at the top once the breadcrumb above it is gone',
        text: `${BREADCRUMB}${HEADLINE}Lena Ortiz · March 3, 2026\n\n${BODY}`,
        format: 'text',
        errors: [{ message: /breadcrumb boilerplate/ }],
        output: `${HEADLINE}Lena Ortiz · March 3, 2026\n\n${BODY}`,
      },
      {
        name: 'names at once the chrome that stands at the edge once the chrome above it is gone',
        text: `${BREADCRUMB}${HEADLINE}Lena Ortiz | Culture desk\n\n${BODY}`,
        format: 'text',
        errors: [{ message: /breadcrumb boilerplate/ }, { message: /page chrome: “Lena Ortiz \| Culture desk”.*at the edge of the article/ }],
        output: `${HEADLINE}${BODY}`,
      },
      {
        name: 'ends a list of related headlines at a Markdown section heading with prose under it',
        text: `# Tram line approved\n\n${BODY}\nMore in Politics\n\n- [Mayor opens new depot](/a)\n- [Fares rise in April](/b)\n- [Bus lanes extended](/c)\n\n## What happens next\n\nThe first trams will run in the autumn, and the council will review the fares in a year.\n`,
        errors: 4,
        output: `# Tram line approved\n\n${BODY}\n## What happens next\n\nThe first trams will run in the autumn, and the council will review the fares in a year.\n`,
      },
      { text: `Home » News » Tram vote\n\n${ARTICLE}`, format: 'text', errors: [{ message: /breadcrumb boilerplate/ }], output: ARTICLE },
      { text: `${ARTICLE}\nLeave a Comment\n`, format: 'text', errors: 1, output: ARTICLE },
      { text: `${ARTICLE}\nShare this article with your friends!`, format: 'text', errors: 1, output: ARTICLE.trimEnd() },
      { text: `${ARTICLE}\nYou may also like\n\nAdblock Detected\n\nAccept All Cookies\n`, format: 'text', errors: 3, output: ARTICLE },
      { text: 'The council met on Tuesday.\r\n\r\nAdvertisement\r\n\r\nThe line will open in 2027.\r\n', format: 'text', errors: 1, output: 'The council met on Tuesday.\r\n\r\nThe line will open in 2027.\r\n' },
      { text: '# Tram vote\n\n- First point.\n- Share on Facebook\n- Second point.\n', errors: 1, output: '# Tram vote\n\n- First point.\n- Second point.\n' },
      { text: '> The council met on Tuesday.\n>\n> Advertisement\n>\n> The line will open in 2027.\n', errors: 1, output: '> The council met on Tuesday.\n>\n> The line will open in 2027.\n', name: 'keeps a block quote whole' },
      { text: `by James Carter Senior News Editor\n\n${ARTICLE}`, format: 'text', options: { bylines: true }, errors: [{ message: /byline boilerplate/ }], output: ARTICLE },
      { text: `${ARTICLE}\nWhat are your thoughts on the plan? Do you think it will work?\n`, format: 'text', options: { engagement: true }, errors: 1, output: ARTICLE },
      { text: `${ARTICLE}\nHit the bell icon so you never miss an update from our site!\n`, format: 'text', errors: [{ message: /page chrome.*scored/ }], output: ARTICLE, name: 'scores chrome no pattern names' },
      { text: `${ARTICLE}\nJoin our mailing list\n`, format: 'text', context: { boilerplate: ['^join our mailing list$'] }, errors: [{ message: /custom boilerplate/ }], output: ARTICLE },
      { text: `By Ana Ruiz | Updated March 4, 2025\n\n${ARTICLE}`, format: 'text', options: { bylines: true }, errors: [{ message: /byline boilerplate/ }], output: ARTICLE, name: 'reports a byline with a stamp when asked' },
      {
        text: `${ARTICLE}\nMore in Transport\nBus fares to rise by 10p in April\nRail strike called off after late talks\nWhy the ring road is still closed\n`,
        format: 'text',
        errors: 4,
        output: ARTICLE,
        name: 'removes the headlines under a related-links heading',
      },
      {
        text: `${ARTICLE}\nShare on Facebook · Email this story\n**Most read**\n- [Bus fares to rise](/news/fares)\n- [Rail strike called off](/news/strike)\n`,
        errors: 3,
        output: ARTICLE,
        name: 'removes a list of links next to other chrome',
      },
      { text: `Promoted: Ten garden tools that pay for themselves\n\n${ARTICLE}`, format: 'text', errors: [{ message: /advertisement boilerplate/ }], output: ARTICLE },
      { text: `${ARTICLE}\nTags: trams, Leeds, council budget\n`, format: 'text', errors: [{ message: /tags boilerplate/ }], output: ARTICLE },
      { text: `${ARTICLE}\n2.4K shares\n`, format: 'text', errors: [{ message: /counts boilerplate/ }], output: ARTICLE },
      { text: `The council met on Tuesday and voted to approve the new tram line.\n\nContinued on page 2\n\nThe line will open in 2027, officials said.\n`, format: 'text', errors: [{ message: /page-break boilerplate/ }], output: ARTICLE },
      {
        text: `${ARTICLE}\nLeave the car at home: parking is restricted near the station, and the wardens are busy on match days.\n\nShare this article\n`,
        format: 'text',
        errors: 1,
        output: `${ARTICLE}\nLeave the car at home: parking is restricted near the station, and the wardens are busy on match days.\n`,
        name: 'keeps advice that starts like a call to action, next to chrome',
      },
      {
        text: `${ARTICLE}\nThe harbour board did not respond to a request for comment.\n\nShare this article\n`,
        format: 'text',
        errors: 1,
        output: `${ARTICLE}\nThe harbour board did not respond to a request for comment.\n`,
        name: 'keeps a statement next to chrome',
      },
      {
        text: `Jump to: Tools · Steps · FAQs\n\n# How to Bleed a Radiator With What You Have\n\n${ARTICLE}`,
        errors: 1,
        output: `# How to Bleed a Radiator With What You Have\n\n${ARTICLE}`,
        name: 'keeps a Markdown title below chrome',
      },
      { text: `${ARTICLE}\n📲 Get the news first — install the Valley Courier app for Android.\n`, format: 'text', errors: 1, output: ARTICLE, name: 'an app promotion after an emoji' },
    ],
  },
  { describe, it },
);

describe('boilerplate data', () => {
  const entries = (options = {}) => [{ rule: boilerplate, severity: 'error' as const, options }];
  const asLastBlock = (line: string) => `${ARTICLE}\n${line}\n`;
  it('flags every example of every family and leaves every pass example alone', () => {
    for (const [family, { examples }] of Object.entries(data.families)) {
      for (const line of examples.flag) {
        const { messages } = lintText(asLastBlock(line), { path: 'a.txt', rules: entries() });
        expect(messages.map((m) => m.message).join(' '), `${family}: ${line}`).toContain(`${family} boilerplate`);
      }
      for (const line of examples.pass) expect(lintText(`${line}\n\n${ARTICLE}`, { path: 'a.txt', rules: entries() }).messages, `${family}: ${line}`).toEqual([]);
    }
    for (const line of data.byline.examples.flag) expect(lintText(`${line}\n\n${ARTICLE}`, { path: 'a.txt', rules: entries({ bylines: true }) }).messages, line).toHaveLength(1);
    for (const line of data.byline.examples.pass) expect(lintText(`${line}\n\n${ARTICLE}`, { path: 'a.txt', rules: entries({ bylines: true }) }).messages, line).toEqual([]);
    for (const line of data.engagement.examples.flag) expect(lintText(asLastBlock(line), { path: 'a.txt', rules: entries({ engagement: true }) }).messages, line).toHaveLength(1);
  });

  it('counts an emoji as one character in a pattern’s length limits', () => {
    // "sponsored by .{1,40}": thirty pizzas are thirty characters, though sixty UTF-16 units.
    const { messages } = lintText(asLastBlock(`Sponsored by ${'🍕'.repeat(30)}`), { path: 'a.txt', rules: entries() });
    expect(messages.map((m) => m.message).join(' ')).toContain('advertisement boilerplate');
  });
});
