// What fix promises, on real articles mutated at random (Unicode and markup dropped in, paragraphs repeated and
// removed, words doubled, capitals and spaces lost, chrome added): fix changes only what lint reported on the
// article as given, so every word outside survives; fixing twice is fixing once; well-formed text stays well
// formed.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index';
import { lintText } from '../../src/engine/linter';
import type { Format } from '../../src/types';
import { keepsInOrder, unreportedStretches } from './outside-reported';

const ROOT = path.join(import.meta.dirname, '..', '..');
const rules = builtinRules.map((rule) => ({ rule, severity: 'error' as const, options: {} }));

/** The clean articles this project wrote (fixtures and the development set), each with its format. */
const articles: { text: string; format: Format }[] = ['fixtures', 'devset'].flatMap((folder) =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.clean\.(md|txt)$/.test(name))
    .map((name) => ({ text: fs.readFileSync(path.join(ROOT, folder, name), 'utf8'), format: (name.endsWith('.md') ? 'markdown' : 'text') as Format })),
);

const INSERTS = ['😀', 'é', 'ﬁ', '\u200b', '\u00a0', '’', '“', '—', '…', '**', '_', '`code`', '[link](https://example.org/a,b)', '<b>', '&amp;', '\\*', '# ', '> ', '- ', '\r\n', '\n\n', 'the the', ' ,', ',x'];
const CHROME = ['Share this article', 'Leave a Comment', 'Home » News » World', 'Advertisement', 'Sign up for our newsletter', 'Read more', '© 2026 The Courier. All rights reserved.'];

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'repeat' | 'remove' | 'chrome' | 'double' | 'lower' | 'lowerPhrase' | 'glue'; readonly at: number; readonly pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'grapheme', maxLength: 3 })) }),
  fc.record({ kind: fc.constantFrom('repeat' as const, 'remove' as const, 'chrome' as const, 'double' as const, 'lower' as const, 'lowerPhrase' as const, 'glue' as const), at: fc.nat(), pick: fc.nat() }),
);

/** Applies one mutation: to the text at a place, to a paragraph, or to a word. */
function mutate(text: string, change: Mutation): string {
  const paragraphs = text.split('\n\n');
  const index = change.at % paragraphs.length;
  switch (change.kind) {
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'repeat':
      return [...paragraphs.slice(0, index + 1 + (change.pick % 3)), paragraphs[index]!, ...paragraphs.slice(index + 1 + (change.pick % 3))].join('\n\n');
    case 'remove':
      return paragraphs.length > 2 ? paragraphs.filter((_, i) => i !== index).join('\n\n') : text;
    case 'chrome':
      return [...paragraphs.slice(0, index), CHROME[change.pick % CHROME.length]!, ...paragraphs.slice(index)].join('\n\n');
    default:
      return mutateWord(text, change.kind, change.at);
  }
}

/** Doubles a word, lowers its first letter (or a phrase's, from it), or glues it to the comma or stop before it. */
function mutateWord(text: string, kind: Exclude<Mutation['kind'], 'insert'>, at: number): string {
  const words = [...text.matchAll(/\p{L}+/gu)];
  if (words.length === 0) return text;
  const word = words[at % words.length]!;
  const start = word.index;
  const end = start + word[0].length;
  if (kind === 'double') return `${text.slice(0, end)} ${word[0]}${text.slice(end)}`;
  if (kind === 'lower') return text.slice(0, start) + word[0][0]!.toLowerCase() + text.slice(start + 1);
  // "European Central Bank" written wholly in lower case.
  if (kind === 'lowerPhrase') return text.slice(0, start) + text.slice(start, start + 40).toLowerCase() + text.slice(start + 40);
  return /[,.] $/.test(text.slice(0, start)) ? text.slice(0, start - 1) + text.slice(start) : text;
}

const mutatedArticle = fc
  .tuple(fc.nat({ max: articles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([pick, changes]) => ({ ...articles[pick]!, text: changes.reduce(mutate, articles[pick]!.text) }));

const isWellFormed = (text: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('fix, on real articles mutated at random', () => {
  it('changes only the ranges lint reported on the article as given: every stretch outside them survives, in order', () => {
    fc.assert(
      fc.property(mutatedArticle, ({ text, format }) => {
        const { messages } = lintText(text, { format, rules });
        const output = lintText(text, { format, rules, fix: true }).output ?? text;
        expect(keepsInOrder(output, unreportedStretches(text, messages))).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('is idempotent: fixing the fixed article changes nothing', () => {
    fc.assert(
      fc.property(mutatedArticle, ({ text, format }) => {
        const once = lintText(text, { format, rules, fix: true }).output ?? text;
        expect(lintText(once, { format, rules, fix: true }).output ?? once).toBe(once);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps well-formed text well formed: no surrogate half left alone', () => {
    fc.assert(
      fc.property(mutatedArticle, ({ text, format }) => {
        fc.pre(isWellFormed(text));
        expect(isWellFormed(lintText(text, { format, rules, fix: true }).output ?? text)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
