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
/** Link targets in Markdown (`](…)`) and as text converters write them (`[https://…]`, `[/path]`), and bare URLs. */
const LINK = /\]\([^)]*\)|\[(?:https?:\/\/|\/|\.\.?\/|#|mailto:)[^\]\s]*\]|https?:\/\/\S+|www\.\S+/g;

interface Own {
  readonly words: number;
  readonly logWords: number;
  readonly endsSentence: number;
  readonly links: number;
  readonly row: readonly number[];
}

/** What a word is to the model, worked out once a thread: 1 a function word, 2 capitalized, 0 neither. */
const WORD_KINDS = {};
const FUNCTION = 1;
const CAPITALIZED = 2;
/** Blocks longer than this have no page-chrome vocabulary worth counting, and are not searched for it. */
const VOCABULARY_WORDS = 60;

function kindOf(word: string): number {
  if (FUNCTION_WORDS.has(word.toLowerCase())) return FUNCTION;
  const first = word.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first > 127 && /^\p{Lu}/u.test(word)) ? CAPITALIZED : 0;
}

function countOf(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

function ownFeatures(document: Document, block: Block): Own {
  const { text } = block;
  const { count, starts, ends, ids } = block.wordSpans;
  const kinds = document.wordTable.cache<number>(WORD_KINDS);
  const per = count || 1;
  let functionWords = 0;
  let capitalized = 0;
  let letters = 0;
  for (let s = 0; s < count; s++) {
    const id = ids[s]!;
    let kind = kinds[id];
    if (kind === undefined) kind = kinds[id] = kindOf(document.wordTable.text(id));
    if (kind === FUNCTION) functionWords++;
    else if (kind === CAPITALIZED) capitalized++;
    letters += ends[s]! - starts[s]!;
  }
  const source = document.text.slice(block.range[0], block.range[1]);
  let linked = 0;
  if (source.includes('[') || source.includes('http') || source.includes('www.')) for (const match of source.matchAll(LINK)) linked += match[0].length;
  let digits = 0;
  let commas = 0;
  let stops = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 44) commas++;
    else if ((code === 46 || code === 33 || code === 63 || code === 8230) && (i + 1 === text.length || text.charCodeAt(i + 1) <= 32)) stops++;
  }
  const trimmed = text.trimEnd();
  const endsSentence = /[.!?…]["”’')\]]*$/u.test(trimmed) ? 1 : 0;
  const links = Math.min(1, linked / Math.max(1, source.length));
  const logWords = Math.log1p(count);
  const row = [
    logWords,
    endsSentence,
    stops / per,
    functionWords / per,
    capitalized / per,
    links,
    digits / Math.max(1, text.length),
    block.kind === 'heading' ? 1 : 0,
    block.kind === 'list-item' ? 1 : 0,
    block.kind === 'table-row' ? 1 : 0,
    count <= VOCABULARY_WORDS ? countOf(text, CHROME_WORDS) / per : 0,
  ];
  return { words: count, logWords, endsSentence, links, row: [...row, letters / per / 10, commas / per, count >= 20 ? 1 : 0] };
}

/** Each block's features, in the order of FEATURES: the document's blocks, or those of them given. */
export function featuresOf(document: Document, blocks: readonly Block[] = document.proseBlocks): number[][] {
  const owns = blocks.map((block) => ownFeatures(document, block));
  const seen = new Map<string, number>();
  const keyOf = (block: Block): string => (block.text.length > 200 ? '' : block.text.trim().toLowerCase());
  for (const block of blocks) {
    const key = keyOf(block);
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const n = blocks.length;
  return blocks.map((block, i) => {
    const { row } = owns[i]!;
    const around = [i - 2, i - 1, i + 1, i + 2].filter((j) => j >= 0 && j < n).map((j) => owns[j]!);
    const mean = (pick: (each: Own) => number): number => (around.length ? around.reduce((sum, each) => sum + pick(each), 0) / around.length : 0);
    const position = n > 1 ? i / (n - 1) : 0.5;
    const key = keyOf(block);
    return [
      ...row.slice(0, 11),
      position,
      position * position,
      mean((each) => each.logWords),
      mean((each) => each.endsSentence),
      mean((each) => each.links),
      key && (seen.get(key) ?? 0) > 1 ? 1 : 0,
      ...row.slice(11),
    ];
  });
}

/** The model's log-odds that each block is the article's. */
export function articleOdds(document: Document, blocks: readonly Block[] = document.proseBlocks): number[] {
  return featuresOf(document, blocks).map((row) => row.reduce((sum, value, k) => sum + value * data.weights[k]!, data.bias));
}

/**
 * The article as a run of blocks, [first, last]: the run whose blocks' log-odds, each weighted by its length, sum
 * highest (Kadane's scan). Each block's log-odds are raised by the model's `inclusion` first, so that a block the
 * model doubts stays with the article: losing a word of the article costs an editor more than keeping a menu.
 * Undefined when no block is likelier the article's than not.
 */
export function articleRun(odds: readonly number[], blocks: readonly Block[]): readonly [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestSum = 0;
  let start = 0;
  let sum = 0;
  odds.forEach((value, i) => {
    const weighted = (value + data.inclusion) * (1 + Math.log1p(blocks[i]!.wordSpans.count));
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
