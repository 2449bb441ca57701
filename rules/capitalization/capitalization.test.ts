import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './rule';
import { tokenAround } from './identifiers';
import data from './capitalization.json';
import { loadLexicon } from '../../src/language';
import { lintText } from '../../src/engine/linter';
import { lintText as lintTextInFolder } from '../../src/api';
import { parseDocument } from '../../src/parse/document';
import type { Block } from '../../src/types';
import { RuleTester } from '../../src/testing/rule-tester';

RuleTester.run(
  rule,
  {
    valid: [
      // Words both common and proper.
      'They may march in March, said Bill, holding a rose.',
      'The turkey came from a china shop; he will polish it.',
      'Will you bill them in May?',
      // Lowercase after abbreviations.
      'It costs approx. three dollars, e.g. the small one.',
      'U.S. officials met at 10 a.m. on Friday.',
      'Dr. Smith met Mr. Jones, i.e. the mayor, and Prof. Lee.',
      'The report (vol. two) was cited by Smith et al. last year.',
      'J. R. Tolkien wrote it.',
      // A letter or numeral named i, not the pronoun.
      'The steps are (i) plan and (ii) build; see i) above.',
      'Set i = 0 and take the i-th item, i.e. the first.',
      'Dot the letter i before you go.',
      'The word bit has a short i, and the sign shows an i in a circle beside the “i” key.',
      // Brands written lowercase on purpose.
      'She bought an iPhone on eBay.',
      'iPhone sales rose.',
      // Numbers and symbols first.
      '3 people arrived; 10 left.',
      '$12 buys a ticket.',
      // Text after a colon.
      'Note: the plan changed.',
      'The rule is simple: no water, no food.',
      // Quoted fragments and dialogue attribution.
      'He called it “a disaster” and left.',
      '“Will the taps run dry?” asked the mayor.',
      '“Stop!” shouted the guard.',
      "'Is it true?' and then silence.",
      // Ellipses.
      'He paused... and went on.',
      'She waited… then spoke.',
      // Code, URLs and e-mails.
      'Run `npm install` first. `git` is needed too.',
      'Visit https://example.com/russia or write to france@example.org today.',
      // ALL CAPS.
      'The NATO summit ended. NASA agreed.',
      // Descriptive phrases.
      'The Democratic party met. The Trump administration replied. The Greek foreign minister spoke.',
      'The white house on the hill was sold.',
      // Lists of lowercase fragments.
      '- apples\n- pears\n- plums\n',
      // The article's own consistent lowercase use of a name it never capitalizes.
      'The internet is slow. The internet is cheap. The internet is everywhere.',
      // Bylines, ordinals, hyphenated particles.
      'by Jane Doe\n\nThe vote was held.',
      'The 19th century and the 22nd amendment.',
      'Bashar al-Assad and Yolanda Hoi-kwan spoke.',
      // Foods named after places.
      'Add parmesan and cheddar.',
      // Configured lowercase brand at a sentence start.
      { text: 'The tool is fast. npm is the registry.', context: { properNouns: ['npm'] } },
      // Sentence starts switched off.
      { text: 'the plan failed.', options: { sentenceStarts: false } },
      // Proper nouns switched off.
      { text: 'He flew to france.', options: { properNouns: false } },
      // A capital at a sentence start is not the article's spelling of a name.
      'Zelenskyy said no. Talks with zelenskyy stalled.',
      // Title Case checks are off by default, and leave sentence case with names alone.
      '# Impact of US presidential Election\n',
      { text: '# Talks between Russia and Ukraine\n', options: { titleCase: true } },
      { text: '# The current state of negotiations\n', options: { titleCase: true } },
      { text: 'by James Carter Senior News Editor\n\nText.', format: 'text', options: { titleCase: true } },
      // Table cells.
      '| Name | Value |\n|---|---|\n| alpha | yes |\n',
    ],
    invalid: [
      { text: 'russia annexed the peninsula in 2014.', errors: 1, output: 'Russia annexed the peninsula in 2014.' },
      { text: 'The talks ended. the future is unclear.', errors: [{ message: 'Unexpected lowercase “the” at the start of a sentence, expected “The”', text: 'the' }], output: 'The talks ended. The future is unclear.' },
      { text: 'Did it work? nobody knows.', errors: 1, output: 'Did it work? Nobody knows.' },
      { text: 'It worked! then it broke.', errors: 1, output: 'It worked! Then it broke.' },
      { text: 'He said it was over. “we will leave,” she replied.', errors: 1, output: 'He said it was over. “We will leave,” she replied.' },
      { text: '“putin is ready,” he said.', errors: 1, output: '“Putin is ready,” he said.' },
      { text: 'initial reactions were cautious.', errors: 1, output: 'Initial reactions were cautious.' },
      // The pronoun in lower case inside a sentence, contractions too.
      { text: 'We waited, and then i left the room.', errors: [{ message: 'Unexpected lowercase “i”, expected the pronoun “I”', text: 'i' }], output: 'We waited, and then I left the room.' },
      { text: 'He said i’m sure and i\'ve seen it.', errors: 2, output: 'He said I’m sure and I\'ve seen it.' },
      { text: '## shift in policy\n', errors: [{ message: 'Unexpected lowercase “shift” at the start of a heading, expected “Shift”' }], output: '## Shift in policy\n' },
      { text: '- First item.\n- second item.\n- Third item.\n', errors: [{ message: /start of a list item/ }], output: '- First item.\n- Second item.\n- Third item.\n' },
      { text: 'He met officials from the united States on Friday.', errors: [{ message: 'Unexpected “united States”, expected the name “United States”', text: 'united States' }], output: 'He met officials from the United States on Friday.' },
      { text: 'The largest crisis since World war II began.', errors: 1, output: 'The largest crisis since World War II began.' },
      { text: 'It joined the european Union.', errors: 1, output: 'It joined the European Union.' },
      { text: 'They moved to new York.', errors: 1, output: 'They moved to New York.' },
      { text: 'Both the united states and the united kingdom voted.', errors: 2, output: 'Both the United States and the United Kingdom voted.' },
      { text: 'Leaders of european nations met in Paris.', errors: 1, output: 'Leaders of European nations met in Paris.' },
      { text: 'The kremlin said nothing.', errors: 1, output: 'The Kremlin said nothing.' },
      { text: 'They sailed from france to germany and on to switzerland.', errors: 3, output: 'They sailed from France to Germany and on to Switzerland.' },
      { text: 'Several ukrainians and europeans signed.', errors: 2, output: 'Several Ukrainians and Europeans signed.' },
      { text: 'The dutch and french buyers left.', errors: 2, output: 'The Dutch and French buyers left.' },
      { text: 'An anti-russian protest began.', errors: 1, output: 'An anti-Russian protest began.' },
      { text: 'Progress towards ukraine’s integration stalled.', errors: 1, output: 'Progress towards Ukraine’s integration stalled.' },
      { text: 'They met on monday in june.', errors: 2, output: 'They met on Monday in June.' },
      { text: 'Their nato membership was discussed.', errors: 1, output: 'Their NATO membership was discussed.' },
      { name: 'uses the article’s own spelling of a name it capitalizes elsewhere', text: 'Jens Holtkamp spoke first. Later, holtkamp was blunt.', errors: 1, output: 'Jens Holtkamp spoke first. Later, Holtkamp was blunt.' },
      { name: 'uses a name the article spells with an inner word lowercased elsewhere', text: 'Data came from the Pew Research Center. Critics of the Pew research Center disagreed.', errors: 1, output: 'Data came from the Pew Research Center. Critics of the Pew Research Center disagreed.' },
      { name: 'takes proper nouns from the config first', text: 'They drove to kyiv.', context: { properNouns: ['Kyiv'] }, errors: 1, output: 'They drove to Kyiv.' },
      { name: 'takes multi-word names from the config', text: 'The acme widget works.', context: { properNouns: ['Acme Widget'] }, errors: 1, output: 'The Acme Widget works.' },
      { text: 'President Zelenskyy spoke. Between Putin and zelenskyy, talks stalled.', errors: 1, output: 'President Zelenskyy spoke. Between Putin and Zelenskyy, talks stalled.' },
      { text: 'The Minsk agreements, brokered by france and Germany, failed.', errors: 1, output: 'The Minsk agreements, brokered by France and Germany, failed.' },
      { text: 'A plain text line.\n\nthe next paragraph starts low.\n', format: 'text', errors: 1, output: 'A plain text line.\n\nThe next paragraph starts low.\n' },
      { text: 'Russia says no.\r\n\r\nrussia says yes.\r\n', format: 'text', errors: 1, output: 'Russia says no.\r\n\r\nRussia says yes.\r\n' },
      { name: 'reports but does not fix a word written with an entity', text: 'The &#107;remlin said.', errors: 1, output: null },
      { text: '# Impact of US presidential Election\n', options: { titleCase: true }, errors: [{ message: 'Unexpected lowercase “presidential” in a Title Case heading, expected “Presidential”' }], output: '# Impact of US Presidential Election\n' },
      { text: 'International Mediation efforts: several countries tried.\n', options: { titleCase: true }, errors: [{ message: /Title Case label/ }], output: 'International Mediation Efforts: several countries tried.\n' },
      { text: 'A calm day. (the rain came later.)', errors: 1, output: 'A calm day. (The rain came later.)' },
    ],
  },
  { describe, it },
);

describe('capitalization data', () => {
  it('flags and fixes every example it lists, and leaves every pass example alone', () => {
    const entries = [{ rule, severity: 'error' as const, options: {} }];
    for (const [text, fixed] of data.examples.flag) expect(lintText(text!, { path: 'x.md', rules: entries, fix: true }).output).toBe(fixed);
    for (const text of data.examples.pass) expect(lintText(text, { path: 'x.md', rules: entries }).messages).toEqual([]);
  });

  it('keeps the dictionaries in the order the binary search needs', () => {
    expect(loadLexicon('dictionary-en').isSorted()).toBe(true);
    expect(loadLexicon('dictionary-en-gb').isSorted()).toBe(true);
  });
});

interface Answer {
  readonly text: string;
  readonly occurrence: number;
  readonly fix?: string;
}

describe('the capitalization test articles (fixtures)', () => {
  const read = (name: string): string => fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8');
  const locate = (text: string, needle: string, occurrence: number): number => {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = text.indexOf(needle, index + 1);
    return index;
  };
  const entries = [{ rule, severity: 'error' as const, options: {} }];

  it('catches at least 43 of the 45 planted errors and reports nothing else', () => {
    const text = read('capitalization-errors.txt');
    const answers = JSON.parse(read('capitalization-errors.defects.json')) as Answer[];
    const { messages } = lintText(text, { path: 'capitalization-errors.txt', rules: entries });
    const spans = answers.map((answer) => {
      const start = locate(text, answer.text, answer.occurrence);
      return [start, start + answer.text.length] as const;
    });
    const caught = spans.filter(([start, end]) => messages.some((m) => m.range[0] < end && start < m.range[1]));
    expect(caught.length).toBeGreaterThanOrEqual(43);
    const stray = messages.filter((m) => !spans.some(([start, end]) => m.range[0] < end && start < m.range[1]));
    expect(stray).toEqual([]);
  });

  it('fixes each caught error to the expected text', () => {
    const text = read('capitalization-errors.txt');
    const output = lintText(text, { path: 'capitalization-errors.txt', rules: entries, fix: true }).output!;
    const answers = JSON.parse(read('capitalization-errors.defects.json')) as Answer[];
    for (const answer of answers.filter((a) => a.text !== 'alps')) expect(output, answer.text).toContain(answer.fix);
  });

  it('leaves every trap of the clean article alone', () => {
    const text = read('capitalization-clean.md');
    expect(JSON.parse(read('capitalization-clean.traps.json')).length).toBeGreaterThanOrEqual(35);
    expect(lintText(text, { path: 'capitalization-clean.md', rules: entries }).messages).toEqual([]);
  });
});

describe('names the article and the dictionary agree on', () => {
  RuleTester.run(
    rule,
    {
      valid: [
        // Lowercase throughout, never capitalized: the article's own style for the word.
        'Voters in oregon, oregon and oregon agreed.',
        // The plural of a lowercase word that is also a name ("clay", "Clay").
        'The clays of the valley were dug by hand.',
      ],
      invalid: [
        {
          name: 'fixes every lowercase copy of a dictionary name the article also capitalizes, however many',
          text: 'The Oregon plan passed. Voters in oregon, oregon and oregon agreed.',
          errors: 3,
          output: 'The Oregon plan passed. Voters in Oregon, Oregon and Oregon agreed.',
        },
      ],
    },
    { describe, it },
  );
});

describe('names the article spells, copied wholly in lower case', () => {
  const authority = 'The Harbour Authority said on Monday that the port would close for repairs.';
  RuleTester.run(
    rule,
    {
      valid: [
        // Descriptions: after an article, a possessive or an adjective.
        `${authority} Every town wants a harbour authority of its own.`,
        `${authority} The city's harbour authority is older.`,
        `${authority} The old harbour authority was smaller.`,
        // A name half lowercased at its edges may be a description too ("the Democratic party").
        `${authority} Later the Harbour authority agreed.`,
        // Learned only from running text: not from a Title Case heading, a caption or a quoted title.
        '# Harbour Authority Plans\n\nOfficials said the harbour authority would meet again.\n',
        'Harbour Authority Announces New Dredging Plan For Spring\n\nOfficials said the harbour authority would meet again.\n',
        'Critics loved “the Harbour Nights” when it opened last spring in the city. Nobody forgets the harbour nights of that summer.',
        // A capitalized sentence start teaches nothing.
        'Harbour Authority officials met on Monday to discuss the plans. Later the harbour authority agreed.',
        // Offices: capitalized before a name or as a title, lowercase elsewhere.
        'The visit was approved by the Foreign Minister after long talks on the border. Later the foreign minister said little.',
        // A run that modifies the word after it names that thing, not itself.
        'Researchers on the Coastal Survey project counted birds in the spring of that year. The coastal survey found fewer birds.',
        // Written lowercase more often than capitalized: the article's own style.
        `${authority} Later the harbour authority and then the harbour authority again disagreed.`,
      ],
      invalid: [
        {
          name: 'capitalizes a lowercase copy of a name the article writes capitalized',
          text: `${authority} Officials at the harbour authority agreed.`,
          errors: [{ message: 'Unexpected “harbour authority”, expected the name “Harbour Authority”', text: 'harbour authority' }],
          output: `${authority} Officials at the Harbour Authority agreed.`,
        },
        {
          name: 'keeps a connector of the name lowercase',
          text: 'Loans from the Central Bank of Lorvia rose sharply in the spring of that year. Critics of the central bank of lorvia said little.',
          errors: 1,
          output: 'Loans from the Central Bank of Lorvia rose sharply in the spring of that year. Critics of the Central Bank of Lorvia said little.',
        },
        {
          name: 'fixes a copy at a sentence start once',
          text: `${authority} harbour authority staff agreed.`,
          errors: 1,
          output: `${authority} Harbour Authority staff agreed.`,
        },
      ],
    },
    { describe, it },
  );
});

describe('names the article spells, copied with their first words lowercased', () => {
  const valley = 'Farmers in the Hunter Valley say a mining company drained their wells last summer.';
  RuleTester.run(
    rule,
    {
      valid: [
        // Written so as often as capitalized: the article's own spelling.
        `${valley} Growers across the hunter Valley are angry, and the hunter Valley vineyards too.`,
        // A capitalized sentence start teaches nothing.
        'Hunter Valley farmers met on Monday to discuss the drought. Later the hunter Valley growers agreed.',
        // The rest is a name of its own, which the article writes without the first word.
        'Fans planned to Storm Fort Ellery on Friday, a joke that spread fast across the state. Few expected anyone to storm Fort Ellery, and guards at Fort Ellery shrugged.',
        'Aid reached the Government of Norland on Monday after weeks of talks. Norland thanked donors, and the new government of Norland promised reform.',
        // An office before a name is a description.
        'The award went to President Ada Quill on Monday after a long vote in the hall. Critics of the former president Ada Quill stayed away.',
        // Lowercased last word: a description as often as a slip ("the Democratic party").
        `${valley} The Hunter valley is dry.`,
      ],
      invalid: [
        {
          name: 'capitalizes “the hunter Valley” when the article writes “the Hunter Valley”',
          text: `${valley} Growers across the hunter Valley are angry.`,
          errors: [{ message: 'Unexpected “hunter Valley”, expected the name “Hunter Valley”', text: 'hunter Valley' }],
          output: `${valley} Growers across the Hunter Valley are angry.`,
        },
        {
          name: 'capitalizes a given name the article writes with the surname inside a sentence',
          text: 'The farmer, Rose Carver, has worked the land near the river for thirty years. In a speech last year rose Carver asked for help.',
          errors: 1,
          output: 'The farmer, Rose Carver, has worked the land near the river for thirty years. In a speech last year Rose Carver asked for help.',
        },
        {
          name: 'capitalizes every lowercase word before the capitalized rest of the name',
          text: 'Turnout was counted across the Red Cedar Valley on Tuesday by volunteers. Turnout was highest in the red cedar Valley.',
          errors: 1,
          output: 'Turnout was counted across the Red Cedar Valley on Tuesday by volunteers. Turnout was highest in the Red Cedar Valley.',
        },
        {
          name: 'learns a person’s name from a longer run of capitals',
          text: 'Council member Rose Carvajal cast the only vote against the plan on Tuesday night. The lone no vote came from council member rose Carvajal.',
          errors: 1,
          output: 'Council member Rose Carvajal cast the only vote against the plan on Tuesday night. The lone no vote came from council member Rose Carvajal.',
        },
        {
          name: 'takes a given name before a surname no dictionary knows as the person’s, whoever else bears the surname',
          text: 'Her teacher, Ivy Rennie, told her she would never be a leading lady on the stage. She credited ivy Rennie all the same. Her husband, Alasdair Rennie, died in 2009.',
          errors: 1,
          output: 'Her teacher, Ivy Rennie, told her she would never be a leading lady on the stage. She credited Ivy Rennie all the same. Her husband, Alasdair Rennie, died in 2009.',
        },
      ],
    },
    { describe, it },
  );
});

describe('institutions the article names, lowercased', () => {
  RuleTester.run(
    rule,
    {
      valid: [
        // No article evidence: the generic words are left alone.
        'Farmers wrote to the department of water and to the court of appeals.',
        'The court heard from a hunter who lives in the valley.',
        'The board of education approved the change after a year of debate.',
        // A run with no head of an institution before another noun names that thing, not itself.
        'Researchers on the Coastal Survey project counted birds in the spring of that year. The coastal survey found fewer birds.',
      ],
      invalid: [
        {
          name: 'learns a name with the head of an institution even before a verb no list knows',
          text: 'The Court of Civil Appeals heard arguments on Tuesday in a long dispute over water rights. Later the court of civil appeals sent the case back.',
          errors: [{ message: 'Unexpected “court of civil appeals”, expected the name “Court of Civil Appeals”' }],
          output: 'The Court of Civil Appeals heard arguments on Tuesday in a long dispute over water rights. Later the Court of Civil Appeals sent the case back.',
        },
        {
          name: 'learns a name from a sentence start that is the head of an institution before “of”, and takes a starting “The” as a lead-in',
          text: 'Bureau of Land Records officials said on Tuesday that the deeds were lost for good. The bureau of land records later found them.',
          errors: 1,
          output: 'Bureau of Land Records officials said on Tuesday that the deeds were lost for good. The Bureau of Land Records later found them.',
        },
        {
          name: 'ends a name before “on” and a day, and starts one after “the”',
          text: 'The result was certified by the Board of State Canvassers on Friday, and in March the Department of Water Supply cut every allowance. Complaints went to the board of state canvassers and the department of water supply.',
          errors: 2,
          output: 'The result was certified by the Board of State Canvassers on Friday, and in March the Department of Water Supply cut every allowance. Complaints went to the Board of State Canvassers and the Department of Water Supply.',
        },
        {
          name: 'fixes a curated name by the article’s evidence when the article writes it capitalized',
          text: 'The mission reports to the Security Council every six months, and the fund pays for part of it. Later the security council will review the mandate.',
          errors: 1,
          output: 'The mission reports to the Security Council every six months, and the fund pays for part of it. Later the Security Council will review the mandate.',
        },
      ],
    },
    { describe, it },
  );
});

describe('given names that are also ordinary words', () => {
  const carver = 'Officials praised Carver on Monday for her long work on the water case, and Carver thanked them.';
  it('offers the capital, and fixes nothing, for a given name before a surname the article uses, with no capitalized use of the given name', () => {
    expect(readingsOf(`${carver} The award was presented by rose Carver, her neighbour.`)).toEqual([['no fix', 'Rose']]);
    expect(readingsOf(`${carver} Afterwards grant Carver said little.`)).toEqual([['no fix', 'Grant']]);
  });

  RuleTester.run(
    rule,
    {
      valid: [
        // Not where a person is named.
        'Members of the Garden Club met at the Garden Hall on Monday to plan the show. They want a red rose Garden display.',
        'Lawyers for Drummond spoke on Monday, and Drummond listened. Prosecutors say Drummond, who ran the fund, lied.',
        // A surname the article does not use as a name: capitalized once, and an ordinary word.
        'The prize was given by grant Money.',
        'Prices rose sharply, said hope Street traders.',
      ],
      invalid: [
        {
          name: 'fixes a given name after “by” when the article writes the two words capitalized',
          text: 'Rose Carver, who farms near the river, said the ruling mattered. In a speech by rose Carver last year, she spoke of water.',
          errors: [{ message: 'Unexpected lowercase “rose” before the name “Carver”, expected the given name “Rose”', text: 'rose' }],
          output: 'Rose Carver, who farms near the river, said the ruling mattered. In a speech by Rose Carver last year, she spoke of water.',
        },
        {
          name: 'fixes a given name after “said” and after an office',
          text: 'Will Brandt spoke to analysts, and Mark Bellamy wrote about it. "We planned for winter," said will Brandt. Ambassador mark Bellamy agreed.',
          errors: 2,
          output: 'Will Brandt spoke to analysts, and Mark Bellamy wrote about it. "We planned for winter," said Will Brandt. Ambassador Mark Bellamy agreed.',
        },
        {
          name: 'takes a reporting verb after the surname as a person’s place',
          text: 'Dawn Pettigrew voted no, and Pettigrew explained why at length. Board member dawn Pettigrew said the district should wait.',
          errors: 1,
          output: 'Dawn Pettigrew voted no, and Pettigrew explained why at length. Board member Dawn Pettigrew said the district should wait.',
        },
      ],
    },
    { describe, it },
  );
});

describe('names built of ordinary words in copies of the development set’s articles (fixtures/names-words)', () => {
  const folder = path.join(import.meta.dirname, 'fixtures', 'names-words');
  const entries = [{ rule, severity: 'error' as const, options: {} }];
  const articles = fs.readdirSync(folder).filter((name) => /\.(?:md|txt)$/.test(name) && name !== 'README.md');
  const locate = (text: string, needle: string, occurrence: number): number => {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = text.indexOf(needle, index + 1);
    return index;
  };
  const scored = articles.map((name) => {
    const text = fs.readFileSync(path.join(folder, name), 'utf8');
    const key = JSON.parse(fs.readFileSync(path.join(folder, name.replace(/\.\w+$/, '.answers.json')), 'utf8')) as { defects: Answer[]; traps: Answer[] };
    const span = (answer: Answer): readonly [number, number] => {
      const start = locate(text, answer.text, answer.occurrence);
      return [start, start + answer.text.length];
    };
    const { messages } = lintText(text, { path: name, rules: entries });
    const output = lintText(text, { path: name, rules: entries, fix: true }).output!;
    return { name, text, key, messages, output, defects: key.defects.map(span), traps: key.traps.map(span) };
  });
  const overlaps = (range: readonly [number, number], [start, end]: readonly [number, number]): boolean => range[0] < end && start < range[1];

  it('catches at least 70 of the 74 planted errors', () => {
    expect(scored.reduce((sum, article) => sum + article.key.defects.length, 0)).toBe(74);
    const caught = scored.flatMap((article) => article.defects.filter((defect) => article.messages.some((message) => overlaps(message.range, defect))));
    expect(caught.length).toBeGreaterThanOrEqual(70);
  });

  it('reports nothing else, and no trap', () => {
    for (const article of scored) {
      expect(article.traps.every((trap) => trap[0] >= 0)).toBe(true);
      const stray = article.messages.filter((message) => !article.defects.some((defect) => overlaps(message.range, defect)));
      expect(stray, article.name).toEqual([]);
    }
  });

  it('fixes each error it fixes to the expected text', () => {
    for (const article of scored) {
      for (const answer of article.key.defects) {
        const [start] = [locate(article.text, answer.text, answer.occurrence)];
        const message = article.messages.find((each) => overlaps(each.range, [start, start + answer.text.length]));
        if (message?.fix) expect(article.output, `${article.name}: ${answer.text}`).toContain(answer.fix);
      }
    }
  });
});

describe('names from the gazetteer', () => {
  RuleTester.run(
    rule,
    {
      valid: [
        // Common-word senses of demonyms and places the dictionary knows in lower case.
        'She ate a danish pastry and a cheese danish.',
        'He slept under an afghan blanket.',
        'He wore a panama hat.',
        'They bought manila envelopes in bulk.',
        'Exports of morocco leather fell.',
        // House style lowercase wins: words the data allows in lower case.
        'The turkey came from a china shop.',
      ],
      invalid: [
        { name: 'capitalizes a demonym before a noun nationalities describe', text: 'The danish government resigned.', errors: 1, output: 'The Danish government resigned.' },
        {
          name: 'capitalizes a demonym before any noun when the article capitalizes it elsewhere',
          text: 'The Danish coach spoke first after the final whistle on Monday. Later a danish journalist asked.',
          errors: 1,
          output: 'The Danish coach spoke first after the final whistle on Monday. Later a Danish journalist asked.',
        },
        { name: 'capitalizes a language no dictionary lists', text: 'The talks were held in kyrgyz and russian.', errors: 2, output: 'The talks were held in Kyrgyz and Russian.' },
        { name: 'capitalizes a place after a place word', text: 'He flew to panama.', errors: 1, output: 'He flew to Panama.' },
        { name: 'leaves the compass word of a region lowercase', text: 'They farm in south georgia.', errors: 1, output: 'They farm in south Georgia.' },
        { name: 'capitalizes a wholly lowercased multi-word place', text: 'They sailed to the cayman islands and to costa rica.', errors: 2, output: 'They sailed to the Cayman Islands and to Costa Rica.' },
      ],
    },
    { describe, it },
  );
});

describe('places written with the generic word of their name', () => {
  RuleTester.run(
    rule,
    {
      valid: [
        // The place capitalized: whether its generic word is capitalized too is house style.
        'The Colorado river rose. She studied at the university in Arizona.',
      ],
      invalid: [
        { text: 'They walked along the colorado river.', errors: [{ message: 'Unexpected “colorado river”, expected the name “Colorado River”' }], output: 'They walked along the Colorado River.' },
        { text: 'She studied at the university of arizona.', errors: 1, output: 'She studied at the University of Arizona.' },
        { text: 'They swam in lake geneva.', errors: 1, output: 'They swam in Lake Geneva.' },
        // A river of a place, not its name: only the place is capitalized.
        { text: 'They crossed a texas river.', errors: 1, output: 'They crossed a Texas river.' },
      ],
    },
    { describe, it },
  );
});

describe('names the dictionary also knows in lower case, on strong evidence', () => {
  const baker = 'We met Ann Baker on Monday, and Baker was late. Then Baker spoke, and Baker left.';
  RuleTester.run(
    rule,
    {
      valid: [
        // The common noun after a determiner or a word that takes one.
        `${baker} The baker opened early.`,
        `${baker} Ask any baker.`,
        // A noun before another word.
        `${baker} Later, baker yeast ran out.`,
        // Too little evidence: capitalized only twice.
        'We met Ann Baker on Monday, and Baker was late. Later, baker said no.',
        // Lowercase twice: perhaps the article's own use of the word.
        `${baker} Later, baker said no, and baker said yes.`,
        // Offices are house style.
        'President Lee spoke, President Lee left and President Lee returned. Later, president said no.',
      ],
      invalid: [
        { text: `${baker} Later, baker said no.`, errors: [{ message: 'Unexpected lowercase “baker”, expected the proper noun “Baker”' }], output: `${baker} Later, Baker said no.` },
      ],
    },
    { describe, it },
  );
});

describe('lists', () => {
  RuleTester.run(
    rule,
    {
      valid: [
        // A list that runs as one sentence: its last item ends in a full stop.
        'For each file it shows:\n\n- the article as it reads;\n- every finding highlighted;\n- a list of the findings beside the text.\n',
        'A word looks like a slip when:\n\n- a dictionary word is one edit away. `budgget` → `budget`.\n- it has eight letters or more: `exsperence` → `experience`.\n',
      ],
      invalid: [
        // A lone full sentence as a list item still starts with a capital.
        { text: '- the plan failed.\n', errors: 1, output: '- The plan failed.\n' },
        { text: '- The plan failed.\n- the vote passed.\n', errors: 1, output: '- The plan failed.\n- The vote passed.\n' },
      ],
    },
    { describe, it },
  );
});

describe('cost on long lists', () => {
  // Counts how often the rule reads the items' text: the work a list costs, without a clock.
  const readsOf = (items: number): number => {
    const text = Array.from({ length: items }, (_, i) => `- item number ${i} of a list in lower case\n`).join('');
    const document = parseDocument(text, { format: 'markdown' });
    let reads = 0;
    const counted = new Map<Block, Block>();
    for (const block of document.blocks) counted.set(block, new Proxy(block, { get: (target, key) => (key === 'text' && reads++, Reflect.get(target, key, target)) }));
    const blocks = document.blocks.map((block) => counted.get(block)!);
    rule.check({ ...document, blocks, proseBlocks: document.proseBlocks.map((block) => counted.get(block)!) }, {});
    return reads;
  };

  it('reads each item of a lowercase list a bounded number of times, however long the list', () => {
    const small = readsOf(200);
    const large = readsOf(800);
    expect(large).toBeLessThanOrEqual(4.5 * small);
  });
});


/** Each finding as its fix (`fix:…`) or `no fix`, then the texts of its suggestions. */
const readingsOf = (text: string, options: { properNouns?: string[] } = {}): string[][] =>
  lintText(text, { path: 'x.md', rules: [{ rule, severity: 'error', options: {} }], context: { dictionary: [], properNouns: options.properNouns ?? [], boilerplate: [] } }).messages.map((message) => [
    message.fix ? `fix:${message.fix.text}` : 'no fix',
    ...(message.suggestions ?? []).map((suggestion) => suggestion.fix.text),
  ]);

describe('starts with more than one reading', () => {
  it('offers “He” and “The” for “he major problems”, a start that may have lost its first letter, and fixes nothing', () => {
    expect(readingsOf('he major problems the man would have faced were exposure and dehydration.')).toEqual([['no fix', 'He', 'The']]);
    expect(readingsOf('The talks ended. his plan failed.')).toEqual([['no fix', 'His', 'This']]);
  });

  it('offers every common word a lost first letter could leave: hat, hey, hen, here, ere', () => {
    expect(readingsOf('hat was the end of it.')).toEqual([['no fix', 'Hat', 'That', 'What']]);
    expect(readingsOf('hey said no.')).toEqual([['no fix', 'Hey', 'They']]);
    expect(readingsOf('hen the rain came.')).toEqual([['no fix', 'Hen', 'When', 'Then']]);
    expect(readingsOf('here is a problem.')).toEqual([['no fix', 'Here', 'There']]);
    expect(readingsOf('ere we go.')).toEqual([['no fix', 'Ere', 'Here', 'Were']]);
  });

  it('takes the article’s own words as evidence: a word it uses elsewhere, whose other reading it never uses, is that word', () => {
    expect(readingsOf('Prices fell. It now has more storage. now it is calm.')).toEqual([['fix:Now']]);
    expect(readingsOf('The man was lost at sea. he major problems were water and food, and he had neither.')).toEqual([['no fix', 'He', 'The']]);
  });

  it('still fixes a start no lost letter explains', () => {
    expect(readingsOf('it worked. in the end, we left. the plan failed.')).toEqual([['fix:It'], ['fix:In'], ['fix:The']]);
  });

  it('offers a capital, and fixes nothing, for an identifier or a word no list knows at a start', () => {
    expect(readingsOf('pnpm is fast.')).toEqual([['no fix', 'Pnpm']]);
    expect(readingsOf('node:crypto is built in.')).toEqual([['no fix', 'Node']]);
    expect(readingsOf('lint-staged stages what the fix changed.')).toEqual([['no fix', 'Lint']]);
    expect(readingsOf('mp3 files are small.')).toEqual([['no fix', 'Mp3']]);
  });

  RuleTester.run(
    rule,
    {
      valid: [
        // An identifier or name the article writes in lower case everywhere keeps its case at a start too.
        'We use pnpm daily. pnpm is fast.',
        '# copydesk\n\nA linter. copydesk parses each file, and copydesk fixes it.\n',
        'The parser turns it into mdast. mdast text is decoded, and mdast nodes keep offsets.',
        '**pre-commit framework** — the repository carries a pre-commit hook for pre-commit.\n',
        // A heading that is one word the article writes in code: the name of the thing the page is about.
        '# typo\n\nSet it in the config:\n\n```json\n{ "rules": { "typo": "warn" } }\n```\n',
        // A paragraph that goes on with the sentence a code block is part of.
        'Run this:\n\n```sh\nnpm install\n```\n\ninstalls the dependencies and builds it.\n',
        // Labels of a diagram.
        '## How it works\n\nsource → blocks → prose → report.\n',
      ],
      invalid: [],
    },
    { describe, it },
  );
});

describe('proper nouns and names with more than one reading', () => {
  it('offers a capital, and fixes nothing, for a proper noun the article also writes in code', () => {
    expect(readingsOf('The HTML proof is one file. Its block kinds are `heading`, `html` and `code`. A block is html when it is markup.')).toEqual([['no fix', 'HTML']]);
  });

  it('offers both spellings of a name the article capitalizes two ways as often, and fixes nothing', () => {
    expect(readingsOf('The DeepMind team met on Monday. Later the Deepmind staff left. Then deepmind said no.')).toEqual([['no fix', 'DeepMind', 'Deepmind']]);
  });

  it('capitalizes a name of several words in the name’s own spelling, inner capitals and all', () => {
    expect(readingsOf('A report from the mckinsey Global Institute came out.', { properNouns: ['McKinsey Global Institute'] })).toEqual([['fix:McKinsey Global Institute']]);
  });

  RuleTester.run(
    rule,
    {
      valid: [
        // Parts of package and module names are not proper nouns.
        'It uses retext-english (parse-english) for sentences.',
        'Keys come from Double Metaphone, the algorithm. Install double-metaphone first.',
        'It needs node:crypto and node:worker_threads, nothing more.',
        // A Title Case line teaches no name: its capitals are its style.
        'Exit Poll Shows Labour Leads In The North\n\nPolls say that Labour leads in the North by a wide margin.\n',
      ],
      invalid: [
        // A prefix before a proper adjective.
        { text: 'A pro-russian and a non-european group met.', errors: 2, output: 'A pro-Russian and a non-European group met.' },
      ],
    },
    { describe, it },
  );
});

describe('the project’s own pages under fix', () => {
  const root = path.join(import.meta.dirname, '..', '..');
  // Fixes a copy, as `copydesk fix` would in a fresh folder with no config, and gives the fixed text.
  const fixCopy = async (file: string): Promise<{ source: string; fixed: string }> => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-readme-'));
    try {
      const copy = path.join(folder, 'README.md');
      fs.writeFileSync(copy, source);
      const result = await lintTextInFolder(source, { filePath: copy, cwd: folder, fix: true });
      return { source, fixed: result.output ?? source };
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };

  it('leaves the identifiers, names and continued sentences of README.md as they are', async () => {
    const { source, fixed } = await fixCopy('README.md');
    const wrong: [string, string][] = [
      ['# copydesk\n', '# Copydesk\n'],
      ['text. copydesk parses', 'text. Copydesk parses'],
      ['\ninstalls the dependencies', '\nInstalls the dependencies'],
      ['- a list of the findings beside the text', '- A list of the findings beside the text'],
      ['\ncopydesk looks for a config', '\nCopydesk looks for a config'],
      ['**pre-commit framework**', '**Pre-commit framework**'],
      ['**lint-staged**', '**Lint-staged**'],
      ['\nlint-staged stages', '\nLint-staged stages'],
      ['retext-english', 'retext-English'],
      ['parse-english', 'parse-English'],
      ['double-metaphone', 'double-Metaphone'],
      ['node:crypto', 'node: crypto'],
      ['node:worker_threads', 'node: worker_threads'],
      ['\nsource → blocks', '\nSource → blocks'],
      ['. mdast text is decoded', '. Mdast text is decoded'],
      ['code, html, front-matter', 'code, HTML, front-matter'],
    ];
    const present = wrong.filter(([original]) => source.includes(original));
    expect(present.length).toBeGreaterThan(0);
    for (const [original, changed] of present) {
      expect(fixed, original).toContain(original);
      expect(fixed, original).not.toContain(changed);
    }
  });

  it('leaves the title and the lowercase lists of every rule page as they are', async () => {
    for (const folder of fs.readdirSync(path.join(root, 'rules')).sort()) {
      const file = path.join('rules', folder, 'README.md');
      if (!fs.existsSync(path.join(root, file))) continue;
      const { source, fixed } = await fixCopy(file);
      expect(fixed.split('\n')[0], file).toBe(source.split('\n')[0]);
      for (const line of source.split('\n').filter((each) => /^\s*- \p{Ll}/u.test(each))) expect(fixed.split('\n'), `${file}: ${line}`).toContain(line);
      if (source.includes("copydesk's own")) expect(fixed, file).not.toContain("Copydesk's own");
    }
  });
});

describe('tokenAround', () => {
  it('follows a joined token no further than 200 characters from its word, however long the token', () => {
    const text = Array(20000).fill('russia').join('-');
    const { from, to } = tokenAround(text, 70000, 70006);
    expect(70000 - from).toBeLessThanOrEqual(207);
    expect(to - 70006).toBeLessThanOrEqual(207);
    expect(tokenAround('It uses node:worker_threads here.', 8, 12)).toEqual({ from: 8, to: 27 });
  });
});
