import { describe, expect, it } from 'vitest';
import rule, { suggestionsFor } from './rule';
import data from './spelling.json';
import { lintText } from '../../src/engine/linter';
import { RuleTester } from '../../src/testing/rule-tester';
import { correctionsOf } from './corrections';
import { isAccepted } from './known-words';
import { type Speller, spellerFor } from './spellers';
import { inconsistentNames } from './names';
import type { Occurrence } from './word-classes';
import type { Document } from '../../src/types';

RuleTester.run(
  rule,
  {
    valid: [
      'Officials from Luhansk and Donbas met Lavrov and Zelenskyy in Kyiv.',
      'This site uses Akismet to reduce spam.',
      'Mayor Bill de Blasio and Ngozi Okonjo-Iweala spoke.',
      'The de-escalating conflict, a long-term plan and a post-pandemic budget.',
      'Lavrov’s remarks and Zelenskyy’s reply, which we don’t expect.',
      'They ran 5km at 3pm on the 22nd, at 40mph, in the 1990s.',
      'NATO, UNHCR and the IPCC agreed.',
      'The iPhone, eBay and TikTok.',
      'Write to news@example.org or visit https://example.com/wrod.',
      'Run `wrod --fix` first.',
      'The dialog box opened amidst the noise, whilst we waited.',
      'The unvaccinated neuroscientist drew a roadmap for wellbeing.',
      'It was vanishingly rare, and the intolerances were noted.',
      'The crèche and the złoty.',
      'The de facto leader, per capita income, carte blanche.',
      'The shark Carcharodon carcharias swam by.',
      'The zooxanthellae and the upwelling.',
      'The gromet held, and a second gromet failed.',
      { name: 'leaves a lowercased name to the capitalization rule', text: 'The kremlin said so in france.' },
      { text: 'The frobnicator ran.', context: { dictionary: ['frobnicator'] } },
      { name: 'takes American spelling in an American article', text: 'The color of the organization was analyzed.', options: { language: 'en-US' } },
      { name: 'takes British spelling in a British article', text: 'The colour of the organisation was analysed.', options: { language: 'en-GB' } },
      { name: 'takes either spelling when the dialect is open', text: 'The colour was bright.' },
      'Zelenskyy spoke. Zelenskyy left. Zelenskyy returned.',
      { name: 'leaves rare words alone that are near no common word', text: 'The theropod and the microbiome, the tikka and the wagyu.' },
      { name: 'takes a word the article repeats, near no common word, as its own term', text: 'The glorpex and the glorpex again.' },
      { name: 'takes a name slip after a title as a name of its own', text: 'Senator Cambrige spoke.' },
      { name: 'takes a name slip beside a first name as a name of its own', text: 'Mary Cambrige spoke.' },
      { name: 'takes a name slip the article repeats, without the name it resembles, as a name of its own', text: 'Cambrige won. Cambrige lost.' },
      { name: 'takes the rarer words of the large word set', text: 'The telecom firm studied predation and overfishing, and planned to decarbonize.' },
      { name: 'takes a rarer word of the large word set at the start of a sentence', text: 'Predation rose.' },
      { name: 'takes a capitalized word before another capitalized word as part of a longer name', text: 'Analysts at the Simplicety Group agreed.' },
      { name: 'takes a capitalized word after no determiner as a name', text: 'Pricing at Simplicety rose.' },
      { name: 'takes a capitalized word the article writes twice as a name', text: 'The Simplicety app grew, and the Simplicety team hired.' },
      { name: 'takes a capitalized word beside a first name as a name, though one edit from a weekday', text: 'The lawyer Jon Tusday spoke.' },
      { name: 'takes a capitalized word after a title as a name, though two edits from a weekday', text: 'Senator Wendsday spoke.' },
      { name: 'takes plurals formed as English forms them', text: 'The caucuses and the duopolies, the intolerances and the militaries.' },
      { name: 'takes a word built from known words that is no slip of a common word', text: 'The unaired show was a roadmap to wellbeing, read caringly.' },
    ],
    invalid: [
      { text: 'The budgget was cut.', errors: [{ message: 'Unknown word “budgget”; did you mean “budget”?', text: 'budgget' }], output: null },
      { text: 'The goverbment met.', errors: [{ message: /Unknown word “goverbment”; did you mean “government”/ }] },
      { text: 'The town councill met.', errors: 1 },
      { text: 'A driving lisence.', errors: 1 },
      { text: 'The hormonw levels rose.', errors: 1 },
      { text: 'It was teh wrod of the ambassdaor.', errors: [{ text: 'ambassdaor' }], name: 'leaves known misspellings to the typo rule' },
      { name: 'reports British spelling in an article set to American English', text: 'The colour faded.', options: { language: 'en-US' }, errors: [{ message: /Unknown word “colour”; did you mean “color”/ }] },
      { name: 'reports a name spelled two ways', text: 'Zelenskyy spoke. Zelenskyy left. Zelenskyy returned. Later Zelensky said no.', errors: [{ message: 'Inconsistent spelling “Zelensky”: the article writes “Zelenskyy” 3 times', text: 'Zelensky' }] },
      { text: 'Ukraine and Ukraine and Ukraine border Ukriane.', errors: [{ message: /Inconsistent spelling “Ukriane”/ }] },
      { name: 'reports a word two cheap edits from a common word', text: 'The goverbmint met.', errors: [{ message: 'Unknown word “goverbmint”; did you mean “government”?' }] },
      { name: 'reports a long word two plain edits from a very common word', text: 'The exsperence was new.', errors: [{ message: 'Unknown word “exsperence”; did you mean “experience”?' }] },
      { name: 'reports a word that sounds like a dictionary word', text: 'Its judgmnet was final.', errors: [{ message: 'Unknown word “judgmnet”; did you mean “judgment”?' }] },
      { name: 'ranks suggestions by cost and frequency', text: 'The party was a partey.', errors: [{ message: 'Unknown word “partey”; did you mean “party”, “partly”, “parted”?' }] },
      {
        name: 'reports a repeated word one cheap edit from a common word',
        text: 'The importint vote and the importint law.',
        errors: [{ message: 'Unknown word “importint”; did you mean “important”, “importing”?', text: 'importint' }, { message: 'Unknown word “importint”; did you mean “important”, “importing”?', text: 'importint' }],
      },
      { name: 'reports a capitalized slip of a month', text: 'It rained in Febuary.', errors: [{ message: 'Unknown word “Febuary”; did you mean “February”?', text: 'Febuary' }] },
      { name: 'reports a capitalized slip of a common name', text: 'She flew to Londno.', errors: [{ message: 'Unknown word “Londno”; did you mean “London”?', text: 'Londno' }] },
      { name: 'reports a capitalized slip of a common word after a determiner', text: 'The Minstry said it would act.', errors: [{ message: 'Unknown word “Minstry”; did you mean “Ministry”?', text: 'Minstry' }] },
      {
        name: 'reports a capitalized slip of a common word, with its suggestions capitalized',
        text: 'Later the Deparment agreed.',
        errors: [{ message: 'Unknown word “Deparment”; did you mean “Department”, “Debarment”?', text: 'Deparment' }],
      },
      { name: 'reports a weekday one edit away', text: 'They met on Tusday.', errors: [{ message: 'Unknown word “Tusday”; did you mean “Tuesday”?', text: 'Tusday' }] },
      { name: 'reports a long word two edits from a weekday', text: 'They met on Wendsday.', errors: [{ message: 'Unknown word “Wendsday”; did you mean “Wednesday”?', text: 'Wendsday' }] },
      {
        name: 'reports a word of the large word set that is one edit from a common word',
        text: 'It was passible to go.',
        errors: [{ message: 'Unknown word “passible”; did you mean “possible”, “passable”?', text: 'passible' }],
      },
      {
        name: 'reports a word built from known words (re and adding, read and ding) that is one edit from a common word',
        text: 'She was readding the report.',
        errors: [{ message: 'Unknown word “readding”; did you mean “reading”, “readying”?', text: 'readding' }],
      },
      {
        name: 'reports -es after a letter English adds only -s to',
        text: 'The bookes and the toures.',
        errors: [
          { message: 'Unknown word “bookes”; did you mean “booked”, “books”, “blokes”?', text: 'bookes' },
          { message: 'Unknown word “toures”; did you mean “toured”, “tours”?', text: 'toures' },
        ],
      },
    ],
  },
  { describe, it },
);

describe('spelling data', () => {
  const entries = [{ rule, severity: 'warn' as const, options: {} }];
  it('flags every flag example and passes every pass example', () => {
    for (const text of data.examples.flag) expect(lintText(text, { path: 'x.md', rules: entries }).messages.length, text).toBeGreaterThan(0);
    for (const text of data.examples.pass) expect(lintText(text, { path: 'x.md', rules: entries }).messages, text).toEqual([]);
  });

  it('refuses a language it does not know', () => {
    const { messages } = lintText('Text.', { path: 'x.md', rules: [{ rule, severity: 'warn', options: { language: 'en-XX' } }] });
    expect(messages[0]).toMatchObject({ fatal: true, message: expect.stringContaining('language must be one of') });
  });
});

describe('suggestionsFor', () => {
  it('gives the rule’s suggestions, best first, up to a limit', () => {
    expect(suggestionsFor('partey')).toEqual(['party', 'partly', 'parted']);
    expect(suggestionsFor('partey', 'en-US', 1)).toEqual(['party']);
    expect(suggestionsFor('colour', 'en-US')).toContain('color');
    expect(suggestionsFor('glorpex')).toEqual([]);
  });
});

describe('retext-spell suggestions', () => {
  it('fails clearly when the rule was not prepared for it', () => {
    const { messages } = lintText('The goverbment met.', { path: 'x.md', rules: [{ rule, severity: 'warn', options: { suggester: 'retext-spell' } }] });
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'spelling', fatal: true, message: expect.stringContaining('retext-spell is not loaded') })]);
  });

  it('asks retext-spell for suggestions when the option says so', async () => {
    await rule.prepare!({ suggester: 'retext-spell' });
    const { messages } = lintText('The goverbment met.', { path: 'x.md', rules: [{ rule, severity: 'warn', options: { suggester: 'retext-spell' } }] });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.suggestions?.map((s) => s.fix.text)).toContain('government');
  });
});

describe('long words', () => {
  // A speller that counts the letters of what it is asked: the work a word costs, without a clock.
  const countingSpeller = (): { speller: Speller; letters: () => number } => {
    const real = spellerFor(undefined);
    let letters = 0;
    return { speller: { name: `counting-${Math.random()}`, has: (word) => ((letters += word.length), real.has(word)) }, letters: () => letters };
  };
  const word = (length: number): string => 'ab'.repeat(length / 2);

  it('judges a word far longer than any dictionary word with work that grows no faster than the word', () => {
    const work = (length: number): number => {
      const { speller, letters } = countingSpeller();
      expect(isAccepted(speller, word(length), word(length))).toBe(false);
      expect(correctionsOf(speller, word(length))).toEqual([]);
      return letters();
    };
    const short = work(1000);
    const long = work(2000);
    expect(long).toBeLessThanOrEqual(2.5 * Math.max(short, 1));
    expect(long).toBeLessThanOrEqual(3 * 2000);
  });

  it('reports nothing for a 4,000-letter word, lowercase or capitalized, and suggests nothing for it', () => {
    const text = `It was ${word(4000)} and ${word(4000).replace(/^a/, 'A')} and ${word(4000)} today.`;
    expect(lintText(text, { path: 'x.md', rules: [{ rule, severity: 'warn', options: {} }] }).messages).toEqual([]);
    expect(suggestionsFor(word(4000))).toEqual([]);
  });
});

describe('many names', () => {
  // Counts how often the article's word counts are read: the work its names cost, without a clock.
  const readsOf = (names: number): number => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    // Each letter written twice: any two of these names are two edits apart or more, so none is reported.
    const name = (i: number): string => `K${[0, 1, 2].map((k) => letters[Math.floor(i / 26 ** k) % 26]!.repeat(2)).join('')}`;
    let reads = 0;
    class CountedMap extends Map<string, number> {
      override get(word: string): number | undefined {
        reads++;
        return super.get(word);
      }
    }
    const counts = new CountedMap();
    const capitalized = new Map<string, Occurrence[]>();
    for (let i = 0; i < names; i++) {
      counts.set(name(i), 1 + (i % 4));
      capitalized.set(name(i), [{ block: 0, from: 0, to: 7, word: name(i) }]);
    }
    inconsistentNames({ proseBlocks: [] } as unknown as Document, capitalized, counts, new Set(), spellerFor(undefined));
    return reads;
  };

  it('compares each capitalized word with the few spelled one edit from it, not with every name of its initial', () => {
    expect(readsOf(8000)).toBeLessThanOrEqual(4.5 * readsOf(2000));
  });
});
