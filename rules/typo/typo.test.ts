import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule, { matchCase } from './rule';
import data from './typo.json';
import { lintText } from '../../src/engine/linter';
import { parseDocument } from '../../src/parse/document';
import type { Block } from '../../src/types';
import { RuleTester } from '../../src/testing/rule-tester';

RuleTester.run(
  rule,
  {
    valid: [
      'The government received the report with thanks.',
      'We hear it often, and their plan is bold.',
      'Their homes are gone; it could of course fail.',
      'The best of times, the worst of times.',
      'Your welcome pack is here.',
      'The raison d’être of the group was clear.',
      'Neame spoke first. Neame then left.',
      'The surname Teh is common in Malaysia.',
      'Run `teh` in code, or visit https://example.com/recieve.',
      'TEH is an acronym here.',
      { text: 'The alot project began.', options: { allow: ['alot'] } },
      { text: 'We use wiht as a product name.', context: { dictionary: ['wiht'] } },
    ],
    invalid: [
      { text: 'She came wiht her sister.', errors: [{ message: 'Unexpected “wiht”, expected “with”', text: 'wiht' }], output: 'She came with her sister.' },
      { text: 'Teh plan failed.', errors: 1, output: 'The plan failed.' },
      { text: 'They will recieve it.', errors: 1, output: 'They will receive it.' },
      { text: 'It was late, tho, and cold.', errors: 1, output: 'It was late, though, and cold.' },
      { text: 'Hear’s a breakdown of the plan.', errors: [{ message: '“Hear’s” is a slip for “Here’s”', text: 'Hear’s' }], output: 'Here’s a breakdown of the plan.' },
      { text: "Hear's why.", errors: 1, output: "Here's why." },
      { text: 'I think their is a problem.', errors: 1, output: 'I think there is a problem.' },
      { text: 'Their are three options.', errors: 1, output: 'There are three options.' },
      { text: 'They should of known.', errors: 1, output: 'They should have known.' },
      { text: 'It could of been worse.', errors: 1, output: 'It could have been worse.' },
      { text: 'That is alot of money.', errors: 1, output: 'That is a lot of money.' },
      { text: 'The goverment’s plan changed.', errors: 1, output: 'The government’s plan changed.' },
      { text: 'It will definately happen.', errors: 1, output: 'It will definitely happen.' },
      { text: 'Keep them seperate.', errors: 1, output: 'Keep them separate.' },
      { text: 'It occured twice.', errors: 1, output: 'It occurred twice.' },
      { text: 'Wait untill noon.', errors: 1, output: 'Wait until noon.' },
      { text: 'Thanks! Your welcome.', errors: 1, output: "Thanks! You're welcome." },
      {
        name: 'only offers a listed correction when a dictionary word is as near (“peruse” beside “pursue”)',
        text: 'They will persue the plan.',
        errors: [{ message: 'Possible misspelling “persue”: “pursue” or “peruse”' }],
        output: null,
      },
      { name: 'fixes when no dictionary word is as near as the correction', text: 'The brocolli was fresh.', errors: 1, output: 'The broccoli was fresh.' },
      { name: 'gives a British article the British form of the correction', text: 'The colour of the harbour was grey, and the neighbours were angry. The council will aplogize.', errors: [{ message: 'Unexpected “aplogize”, expected “apologise”' }], output: 'The colour of the harbour was grey, and the neighbours were angry. The council will apologise.' },
      { name: 'follows the configured dialect', text: 'The council will aplogize.', context: { language: 'en-GB' }, errors: 1, output: 'The council will apologise.' },
      { name: 'keeps the American correction in an American or silent article', text: 'The color was gray, and the neighbors were angry. The council will aplogize.', errors: 1, output: 'The color was gray, and the neighbors were angry. The council will apologize.' },
      { name: 'offers both corrections for an ambiguous misspelling and fixes neither', text: 'The raison was sweet.', errors: [{ message: 'Possible misspelling “raison”: “reason” or “raisin”' }], output: null },
    ],
  },
  { describe, it },
);

describe('typo data', () => {
  it('keeps the case and the apostrophe of the word it replaces', () => {
    expect(matchCase('Teh', 'the')).toBe('The');
    expect(matchCase('TEH', 'the')).toBe('THE');
    expect(matchCase('hear’s', "here's")).toBe('here’s');
    expect(matchCase("hear's", 'here’s')).toBe("here's");
  });

  it('flags and fixes every context example, and leaves every pass example alone', () => {
    const entries = [{ rule, severity: 'error' as const, options: {} }];
    // The patterns alone give each example's output; the language model may find more in a flagged example.
    const patterns = [{ rule, severity: 'error' as const, options: { realWords: false } }];
    for (const context of data.contexts) {
      for (const [text, fixed] of context.examples.flag) expect(lintText(text!, { path: 'x.md', rules: patterns, fix: true }).output, text).toBe(fixed);
      for (const text of context.examples.pass) expect(lintText(text, { path: 'x.md', rules: entries }).messages, text).toEqual([]);
    }
  });

  it('has context patterns that start with the word they match: a leading lookbehind is tried at every character', () => {
    for (const context of data.contexts) expect(context.pattern, context.pattern).toMatch(/^\\b(?:\(\?:)?\(?[a-z]/);
  });

  it('names, for each context, the words its matches begin with, as word spans are written in lower case', () => {
    for (const context of data.contexts) {
      expect(context.starts.length, context.pattern).toBeGreaterThan(0);
      for (const word of context.starts) expect(word).toMatch(/^[a-z]+(?:'[a-z]+)?$/);
      const regex = new RegExp(context.pattern, 'gi');
      for (const [text] of context.examples.flag) {
        for (const match of text!.matchAll(regex)) {
          const word = /^[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u.exec(text!.slice(match.index))![0];
          expect(context.starts, `${text} at ${match.index}`).toContain(word.toLowerCase().replace(/’/g, "'"));
        }
      }
    }
  });
});

describe('many capitalized misspellings', () => {
  // Counts how often the rule reads the blocks' text: the work an article costs, without a clock.
  const readsOf = (paragraphs: number): number => {
    const misspellings = fs
      .readFileSync(path.join(import.meta.dirname, '..', '..', 'dist', 'data', 'typos.tsv'), 'utf8')
      .split('\n')
      .filter((line) => /^[a-z]{4,}\t[a-z]+$/.test(line))
      .slice(0, paragraphs)
      .map((line) => line.split('\t')[0]!);
    const text = misspellings.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)} was written here.\n\n`).join('');
    const document = parseDocument(text, { format: 'markdown' });
    let reads = 0;
    const counted = new Map<Block, Block>();
    for (const block of document.blocks) counted.set(block, new Proxy(block, { get: (target, key) => (key === 'text' && reads++, Reflect.get(target, key, target)) }));
    rule.check({ ...document, blocks: document.blocks.map((block) => counted.get(block)!), proseBlocks: document.proseBlocks.map((block) => counted.get(block)!) }, {});
    return reads;
  };

  it('counts how often the article writes each capitalized word once, not once a misspelling', () => {
    expect(readsOf(1600)).toBeLessThanOrEqual(4.5 * readsOf(400));
  });

  RuleTester.run(
    rule,
    {
      valid: ['Neame’s team won. Neame then left.', 'Teh said so. Later Teh-Smith agreed.'],
      invalid: [{ text: 'Teh plan failed. The Tehs came later.', errors: 1, output: 'The plan failed. The Tehs came later.' }],
    },
    { describe, it },
  );
});
