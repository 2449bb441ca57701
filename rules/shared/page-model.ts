// The article on the page: a small logistic model scores each block on features that do not depend on its words
// (length, how sentence-like it is, links, capitals, its neighbours, where it stands), and the article is the run
// of blocks whose scores sum highest. What lies before and after it is page chrome.
// Cost: linear in the blocks: one pass for each block's own features, one for its neighbours', one for the run.
import type { Block, Document } from '../../src/types';
import data from './page-model.json';
import chrome from './page-chrome.json';

/** The features, in the order of the model's weights. */
export const FEATURES = [
  'words (log)',
  'ends as a sentence',
  'sentence ends a word',
  'function words a word',
  'capitalized words a word',
  'link share',
  'digits a character',
  'heading',
  'list item',
  'table row',
  'chrome words a word',
  'position',
  'position squared',
  'neighbours: words (log)',
  'neighbours: end as sentences',
  'neighbours: link share',
  'repeated on the page',
  'mean word length',
  'commas a word',
  'long (20 words or more)',
] as const;

const FUNCTION_WORDS = new Set(data.functionWords);
const CHROME_WORDS = new RegExp(`\\b(?:${[...chrome.vocabulary].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Link targets in Markdown (`](…)`) and as text converters write them (`[https://…]`, `[/path]`), and bare URLs. */
const LINK = /\]\([^)]*\)|\[(?:https?:\/\/|\/|\.\.?\/|#|mailto:)[^\]\s]*\]|https?:\/\/\S+|www\.\S+/g;

interface Own {
  readonly words: number;
  readonly logWords: number;
  readonly endsSentence: number;
  readonly links: number;
}

function ownFeatures(document: Document, block: Block): { row: number[]; own: Own } {
  const text = block.text.trim();
  const source = document.text.slice(block.range[0], block.range[1]);
  const words = text.match(WORD) ?? [];
  const count = words.length || 1;
  let functionWords = 0;
  let capitalized = 0;
  for (const word of words) {
    if (FUNCTION_WORDS.has(word.toLowerCase())) functionWords++;
    if (/^\p{Lu}/u.test(word)) capitalized++;
  }
  let linked = 0;
  for (const match of source.matchAll(LINK)) linked += match[0].length;
  const digits = (text.match(/\p{N}/gu) ?? []).length;
  const endsSentence = /[.!?…]["”’')\]]*$/u.test(text) ? 1 : 0;
  const own: Own = { words: words.length, logWords: Math.log1p(words.length), endsSentence, links: Math.min(1, linked / Math.max(1, source.length)) };
  const row = [
    own.logWords,
    endsSentence,
    (text.match(/[.!?…](?:\s|$)/gu) ?? []).length / count,
    functionWords / count,
    capitalized / count,
    own.links,
    digits / Math.max(1, text.length),
    block.kind === 'heading' ? 1 : 0,
    block.kind === 'list-item' ? 1 : 0,
    block.kind === 'table-row' ? 1 : 0,
    (text.match(CHROME_WORDS) ?? []).length / count,
  ];
  return { row, own };
}

/** Each block's features, in the order of FEATURES. */
export function featuresOf(document: Document): number[][] {
  const blocks = document.proseBlocks;
  const owns = blocks.map((block) => ownFeatures(document, block));
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const key = block.text.trim().toLowerCase();
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const n = blocks.length;
  return blocks.map((block, i) => {
    const { row, own } = owns[i]!;
    const around = [i - 2, i - 1, i + 1, i + 2].filter((j) => j >= 0 && j < n).map((j) => owns[j]!.own);
    const mean = (pick: (each: Own) => number): number => (around.length ? around.reduce((sum, each) => sum + pick(each), 0) / around.length : 0);
    const text = block.text.trim();
    const words = text.match(WORD) ?? [];
    const position = n > 1 ? i / (n - 1) : 0.5;
    return [
      ...row,
      position,
      position * position,
      mean((each) => each.logWords),
      mean((each) => each.endsSentence),
      mean((each) => each.links),
      (seen.get(text.toLowerCase()) ?? 0) > 1 ? 1 : 0,
      words.length ? words.reduce((sum, word) => sum + word.length, 0) / words.length / 10 : 0,
      (text.match(/,/g) ?? []).length / Math.max(1, words.length),
      own.words >= 20 ? 1 : 0,
    ];
  });
}

/** The model's log-odds that each block is the article's. */
export function articleOdds(document: Document): number[] {
  return featuresOf(document).map((row) => row.reduce((sum, value, k) => sum + value * data.weights[k]!, data.bias));
}

/**
 * The article as a run of blocks, [first, last]: the run whose blocks' log-odds, each weighted by its length, sum
 * highest (Kadane's scan). Each block's log-odds are raised by the model's `inclusion` first, so that a block the
 * model doubts stays with the article: losing a word of the article costs an editor more than keeping a menu.
 * Undefined when no block is likelier the article's than not.
 */
export function articleRun(odds: readonly number[], document: Document): readonly [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  odds.forEach((value, i) => {
    const weighted = (value + data.inclusion) * (1 + Math.log1p((document.proseBlocks[i]!.text.match(WORD) ?? []).length));
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += weighted;
    if (sum > bestSum) {
      bestSum = sum;
      best = [start, i];
    }
  });
  return best;
}
