import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import boilerplate from '../../rules/boilerplate';
import data from '../../rules/data/boilerplate.json';
import duplicateSection from '../../rules/duplicate-section';
import truncatedText from '../../rules/truncated-text';
import { removeBlock } from '../../rules/util/remove-block';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';

const ARTICLE = 'The council met on Tuesday and voted to approve the new tram line.\n\nThe line will open in 2027, officials said.\n';

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

describe('removing a block', () => {
  it('takes the blank lines after it, or before it at the end, keeping the text’s last line break as it was', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n';
    expect(removeBlock(text, [6, 10])).toEqual({ range: [6, 12], text: '' });
    expect(removeBlock(text, [12, 18])).toEqual({ range: [11, 19], text: '' });
    expect(removeBlock('One.\n\nTwo.', [6, 10])).toEqual({ range: [4, 10], text: '' });
    expect(removeBlock('One.\r\n\r\nTwo.\r\n', [8, 12])).toEqual({ range: [6, 14], text: '' });
  });
});

describe('the boilerplate test article (fixtures), worded unlike the data file', () => {
  const read = (name: string): string => fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8');
  const text = read('boilerplate-article.txt');
  const answers = JSON.parse(read('boilerplate-article.answers.json')) as {
    boilerplate: { text: string; occurrence: number; family: string }[];
    legitimate: { text: string; occurrence: number }[];
    duplicates: { text: string; occurrence: number }[];
    truncated: { text: string; occurrence: number };
  };
  const entries = [boilerplate, duplicateSection, truncatedText].map((rule) => ({ rule, severity: 'error' as const, options: {} }));
  const { messages } = lintText(text, { path: 'boilerplate-article.txt', rules: entries });
  const locate = (needle: string, occurrence: number): [number, number] => {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = text.indexOf(needle, index + 1);
    return [index, index + needle.length];
  };
  const found = (needle: string, occurrence: number, ruleId: string): boolean => {
    const [start, end] = locate(needle, occurrence);
    return messages.some((m) => m.ruleId === ruleId && m.range[0] < end && start < m.range[1] && m.range[0] <= start);
  };

  it('finds at least 55 of its 62 boilerplate lines, from at least 12 families', () => {
    const caught = answers.boilerplate.filter((line) => found(line.text, line.occurrence, 'boilerplate'));
    expect(answers.boilerplate.length).toBeGreaterThanOrEqual(50);
    expect(new Set(answers.boilerplate.map((line) => line.family)).size).toBeGreaterThanOrEqual(10);
    expect(caught.length).toBeGreaterThanOrEqual(55);
    expect(new Set(caught.map((line) => line.family)).size).toBeGreaterThanOrEqual(12);
  });

  it('leaves all of its legitimate short blocks alone', () => {
    expect(answers.legitimate.length).toBeGreaterThanOrEqual(30);
    for (const line of answers.legitimate) expect(found(line.text, line.occurrence, 'boilerplate'), line.text).toBe(false);
  });

  it('finds the repeated headline and the repeated run, and the cut-off ending past the trailing chrome', () => {
    for (const line of answers.duplicates) expect(found(line.text, line.occurrence, 'duplicate-section'), line.text).toBe(true);
    const [start, end] = locate(answers.truncated.text, answers.truncated.occurrence);
    expect(messages.some((m) => m.ruleId === 'truncated-text' && m.range[0] < end && start < m.range[1])).toBe(true);
  });

  it('fixes it into the clean article but for the few lines it missed, keeping one blank line between blocks', () => {
    const output = lintText(text, { path: 'boilerplate-article.txt', rules: entries, fix: true }).output!;
    const clean = read('boilerplate-article.clean.txt').trim().split('\n\n');
    const fixed = output.trim().split('\n\n');
    expect(output).not.toMatch(/\n\n\n/);
    // Every block of the clean article is there, in order; what else remains is boilerplate it missed.
    let cursor = 0;
    for (const block of clean) {
      const at = fixed.indexOf(block, cursor);
      expect(at, block).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
    }
    expect(fixed.length - clean.length).toBeLessThanOrEqual(7);
    expect(lintText(output, { path: 'boilerplate-article.txt', rules: entries, fix: true }).output).toBeUndefined();
  });

  it('finds nothing in an article of short blocks that are all news', () => {
    expect(lintText(read('short-blocks-clean.md'), { path: 'short-blocks-clean.md', rules: entries }).messages).toEqual([]);
  });
});
