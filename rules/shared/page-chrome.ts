// The page chrome of a document (menus, share prompts, related links, sign-ups…): the analysis the boilerplate,
// duplicate-section and truncated-text rules agree on, worked out once per document by the engine.
// Cost: linear in the blocks. A block of more than 50 words is passed over after counting its spaces; a shorter
// one is matched against the families' patterns (one alternation a family) and, when none names it, scored.
import type { Block, Document, DocumentAnalysis, RuleContext, RuleOptions } from '../../src/types';
import { bylinePatterns, compile, engagementPatterns, families, isByline } from './chrome-patterns';
import { hasMoreWords, isHeadlineLike, isLinkOnly, NEIGHBOUR_BONUS, PLAIN_REASONS, RELATED_HEADING_WORDS, scoreBlock, sentencesOf, SHORT_WORDS, wordCount } from './chrome-score';
import { readBooleanOption } from './options';
import { articleOdds, articleRun } from './page-model';

export interface PageChromeOptions {
  /** Report bylines ("by James Carter, Senior Editor"): page chrome in a scraped body, metadata in a draft. */
  readonly bylines: boolean;
  /** Report questions to the reader ("What are your thoughts…?"). */
  readonly engagement: boolean;
  /** Score blocks no pattern names. */
  readonly scoring: boolean;
  /** The score at which a block counts as chrome. */
  readonly threshold: number;
  /** More patterns (regular expressions, case-insensitive), from the config's `boilerplate`. */
  readonly extra: readonly string[];
}

/** A block of page chrome, with the family that names it and why. */
export interface ChromeBlock {
  readonly block: Block;
  readonly family: string;
  readonly why: string;
}

/** Reads the analysis's options (the boilerplate rule's, see its `options`) with their defaults, and the config's patterns. */
export function readPageChromeOptions(options: RuleOptions, context?: RuleContext): PageChromeOptions {
  const threshold = options.threshold ?? 4;
  if (typeof threshold !== 'number') throw new TypeError('option "threshold" must be a number');
  return {
    bylines: readBooleanOption(options, 'bylines', false),
    engagement: readBooleanOption(options, 'engagement', false),
    scoring: readBooleanOption(options, 'scoring', true),
    threshold,
    extra: context?.boilerplate ?? [],
  };
}

/** The page chrome of a document, in source order. */
export const pageChrome: DocumentAnalysis<readonly ChromeBlock[]> = {
  id: 'page-chrome',
  analyze: (document, options, context) => findChrome(document, readPageChromeOptions(options, context)),
};

/**
 * The document's page chrome for a rule: the engine's shared result, or, for a rule called outside the engine,
 * worked out on the spot. With `options`, under those options (the boilerplate rule's own).
 */
export function pageChromeOf(document: Document, context: RuleContext | undefined, options?: RuleOptions): readonly ChromeBlock[] {
  if (context?.analyze) return context.analyze(pageChrome, options);
  const settings: RuleContext = context ?? { dictionary: [], properNouns: [], boilerplate: [] };
  return pageChrome.analyze(document, options ?? settings.analysisOptions?.[pageChrome.id] ?? {}, settings);
}

/** Longer blocks are article text: no chrome runs to a long paragraph, and testing them all costs. */
const MAX_CHROME_WORDS = 50;

/** A block that nearly scores: chrome when it stands next to chrome. */
interface NearMiss {
  readonly score: number;
  readonly reasons: string[];
}

/** A block no pattern names, to be scored. */
interface Candidate {
  readonly block: Block;
  readonly text: string;
  readonly words: number;
  /** A Markdown list item that is a link and nothing else. */
  readonly isLinkOnly: boolean;
}

/** The search's state: the chrome found so far, by block, and the blocks that join it when they stand next to it. */
interface Search {
  readonly blocks: readonly Block[];
  readonly isMarkdown: boolean;
  readonly options: PageChromeOptions;
  readonly found: Map<Block, ChromeBlock>;
  readonly near: Map<number, NearMiss>;
  /** Blocks a related-links pattern names: the headlines under them are links to other articles. */
  readonly relatedHeads: Block[];
}

/**
 * The chrome, as a fixed point: what a block's score says depends on whether it stands at the edge of the
 * article, and the edge is where the chrome found so far ends, so blocks are scored again as chrome is found
 * until none is added. Lint then names at once all that fixing would remove, pass after pass.
 */
function findChrome(document: Document, options: PageChromeOptions): ChromeBlock[] {
  const search: Search = { blocks: document.proseBlocks, isMarkdown: document.format === 'markdown', options, found: new Map(), near: new Map(), relatedHeads: [] };
  const candidates = nameByPatterns(document, search);
  // A block's edge only ever changes from no to yes (chrome found beside the article moves the edge inwards).
  const atEdge = new Set<number>(edgeIndices(search));
  let rejudge = [...candidates.keys()];
  for (;;) {
    const before = search.found.size;
    for (const index of rejudge) if (!search.found.has(search.blocks[index]!)) judge(search, index, candidates.get(index)!, atEdge.has(index));
    addRelatedHeadlines(search);
    joinRuns(search);
    if (options.scoring) addOutsideArticle(document, search);
    const edges = edgeIndices(search);
    rejudge = edges.filter((index) => !atEdge.has(index) && candidates.has(index));
    for (const index of edges) atEdge.add(index);
    if (rejudge.length === 0 && search.found.size === before) break;
  }
  return [...search.found.values()].sort((a, b) => a.block.range[0] - b.block.range[0]);
}

/** A label and its link as a text converter writes them: "* Home [/]", "Sport [https://example.com/sport]". */
const LINKED_LABEL = /^\s*(?:[-*+•]\s+)?[^\n[\]]{1,60}\s\[(?:https?:\/\/|\/|#|\.\.?\/|mailto:)[^\]\s]*\]\s*$/u;

/**
 * Blocks outside the article that the page model finds before and after it, when there are enough of them to be a
 * page. Found as a fixed point, like the rest of the chrome: the model judges the page as it will stand once what
 * is found so far is gone, again until it finds no more, so that lint names at once all that fixing removes.
 */
const PAGE_BLOCKS = 3;
/** The fewest words the article of a page holds. */
const ARTICLE_WORDS = 40;
const PAGE_ROUNDS = 8;
function addOutsideArticle(document: Document, { blocks, found }: Search): void {
  for (let round = 0; round < PAGE_ROUNDS; round++) {
    const remaining = blocks.filter((block) => !found.has(block) && block.text.trim() !== '');
    const run = articleRun(articleOdds(document, remaining), remaining);
    if (run === undefined) return;
    let [first, last] = run;
    // A menu is cut where its items end, not where the model's doubt ends: link-only items at the run's edges,
    // beside what lies outside it, go with the rest of their list.
    const linkOnly = (index: number): boolean => {
      const block = remaining[index]!;
      const source = document.text.slice(block.range[0], block.range[1]);
      return block.kind === 'list-item' && (isLinkOnly(source) || LINKED_LABEL.test(source));
    };
    while (first > 0 && first < last && linkOnly(first)) first++;
    // The article starts at the margin: cut inside a nested list or an indented part, and what is left of it
    // would read as something else (an indented item as code) once the page above is gone.
    const atMargin = (index: number): boolean => {
      const start = remaining[index]!.range[0];
      return start === 0 || document.text[start - 1] === '\n';
    };
    while (first > 0 && first < last && !atMargin(first)) first++;
    while (last < remaining.length - 1 && last > first && linkOnly(last)) last--;
    // A page has an article of some length, and blocks with words around it; a few stray marks are no page.
    const outsideWords = remaining.filter((block, index) => (index < first || index > last) && block.wordSpans.count > 0).length;
    let articleWords = 0;
    for (let index = first; index <= last; index++) articleWords += remaining[index]!.wordSpans.count;
    if (outsideWords < PAGE_BLOCKS || articleWords < ARTICLE_WORDS) return;
    // Everything before the article and after it goes, not only its prose: an image, a rule or a stray piece of
    // markup left between the removed blocks would join what is around it once the page is read again.
    const [start, end] = [remaining[first]!.range[0], remaining[last]!.range[1]];
    const outside = document.blocks.filter((block) => block.kind !== 'front-matter' && (block.range[1] <= start || block.range[0] >= end) && !found.has(block));
    if (outside.length === 0) return;
    for (const block of outside) found.set(block, { block, family: 'page chrome', why: 'outside the article on the page' });
  }
}

/** Names the blocks the patterns name (into `found`), and returns the others that are to be scored, by index. */
function nameByPatterns(document: Document, search: Search): Map<number, Candidate> {
  const { blocks, options, found } = search;
  const candidates = new Map<number, Candidate>();
  // The config's own patterns keep Unicode mode, whatever they hold: `\u{…}` and `.` mean what their authors expect.
  const extra = compile(options.extra, () => 'iu');
  // A Markdown article's title is its first level-one heading, wherever the chrome above it ends.
  const title = document.format === 'markdown' ? blocks.find((block) => block.kind === 'heading' && block.depth === 1) : undefined;
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    // A Markdown document's title is its own ("# Copyright" is an article about copyright).
    if (block === title || text.length === 0 || block.kind === 'table-row' || hasMoreWords(text, MAX_CHROME_WORDS)) return;
    const words = wordCount(text);
    const named = namedChrome(text, words, extra, options);
    if (named) found.set(block, { block, ...named });
    if (named?.family === 'related-links') search.relatedHeads.push(block);
    if (named !== undefined) return;
    // A plain-text heading is any short unpunctuated line, chrome included; a long one is a headline.
    if (!options.scoring || (block.kind === 'heading' && words > 12)) return;
    const isLinkOnlyItem = block.kind === 'list-item' && isLinkOnly(document.text.slice(block.range[0], block.range[1]));
    candidates.set(index, { block, text, words, isLinkOnly: isLinkOnlyItem });
  });
  return candidates;
}

/** Scores one block, at the edge or not: chrome (into `found`), a near miss, or neither. */
function judge({ options, found, near }: Search, index: number, { block, text, words, isLinkOnly: isLink }: Candidate, isAtEdge: boolean): void {
  // Scored with its spaces as one: fixing a doubled space must not change what a block is.
  const { score, reasons } = scoreBlock(text.replace(/\s{2,}/g, ' '), isAtEdge, words);
  near.delete(index);
  // A list item that is one link ("- [Storm closes ferry](/news/ferry)") is chrome when other chrome is next to it.
  if (isLink) {
    near.set(index, { score: Math.max(score, options.threshold - NEIGHBOUR_BONUS), reasons: [...reasons, 'a link and nothing else'] });
    if (score < options.threshold) return;
  }
  if (score >= options.threshold) found.set(block, { block, family: 'page chrome', why: `scored ${score} (${reasons.join(', ')})` });
  // Only a block with some sign of chrome of its own (not just short and near the end) can join a run.
  else if (score >= options.threshold - NEIGHBOUR_BONUS && reasons.some((reason) => !PLAIN_REASONS.has(reason))) near.set(index, { score, reasons });
}

/** The article's edge: its first two and last four blocks, the chrome found so far set aside. */
function edgeIndices({ blocks, found }: Search): number[] {
  const edges: number[] = [];
  for (let index = 0, taken = 0; index < blocks.length && taken < 2; index++) if (!found.has(blocks[index]!)) (edges.push(index), taken++);
  for (let index = blocks.length - 1, taken = 0; index >= 0 && taken < 4; index--) if (!found.has(blocks[index]!)) (edges.push(index), taken++);
  return edges;
}

/**
 * What a pattern says of a block: its family and why, null for a byline or dateline kept as the article's
 * (not asked for), undefined when no pattern decides and the block is to be scored.
 */
function namedChrome(text: string, words: number, extra: readonly RegExp[], options: PageChromeOptions): { family: string; why: string } | null | undefined {
  const lower = text.toLowerCase();
  for (const family of families) {
    if (family.isShortOnly && words > SHORT_WORDS) continue;
    if (family.pattern.test(lower)) return { family: family.name, why: `matches the ${family.name} pattern` };
  }
  if (extra.some((pattern) => pattern.test(text))) return { family: 'custom', why: 'matches a pattern from the config' };
  // Bylines and datelines are the article's metadata: chrome only when asked for.
  if (words <= 24 && (isByline(text) || (words <= 12 && bylinePatterns.some((pattern) => pattern.test(text))))) {
    return options.bylines ? { family: 'byline', why: 'a byline' } : null;
  }
  if (options.engagement) {
    const sentences = sentencesOf(text);
    if (sentences.every((sentence) => sentence.endsWith('?')) && sentences.some((sentence) => engagementPatterns.some((pattern) => pattern.test(sentence)))) {
      return { family: 'engagement', why: 'questions to the reader' };
    }
  }
  return undefined;
}

/** The headlines under a "More in Politics" or "Trending now" heading are links to other articles. */
function addRelatedHeadlines({ blocks, isMarkdown, found, relatedHeads }: Search): void {
  let blockIndex: Map<Block, number> | undefined;
  for (const head of relatedHeads) {
    if (hasMoreWords(head.text, RELATED_HEADING_WORDS)) continue;
    blockIndex ??= new Map(blocks.map((block, index) => [block, index]));
    const start = blockIndex.get(head)! + 1;
    let end = start;
    while (end < blocks.length && !found.has(blocks[end]!) && isHeadlineLike(blocks[end]!) && !(isMarkdown && isSectionHeading(blocks, end))) end++;
    const reachesChrome = end === blocks.length || found.has(blocks[end]!);
    if (end - start < 2 && !(end > start && reachesChrome)) continue;
    for (const block of blocks.slice(start, end)) found.set(block, { block, family: 'related-links', why: 'a headline under a related-links heading' });
  }
}

/** A Markdown heading ("## What happens next") with a paragraph of prose under it: the article goes on. */
function isSectionHeading(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index]!;
  const next = blocks[index + 1];
  return block.kind === 'heading' && next !== undefined && next.kind === 'paragraph' && !isHeadlineLike(next) && wordCount(next.text) > 12;
}

/** Chrome comes in runs: a block that nearly scores, next to chrome, is chrome too ("Most read" and its links). */
function joinRuns({ blocks, found, near }: Search): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [index, { score, reasons }] of near) {
      const block = blocks[index]!;
      if (found.has(block) || !(found.has(blocks[index - 1]!) || found.has(blocks[index + 1]!))) continue;
      found.set(block, { block, family: 'page chrome', why: `scored ${score + NEIGHBOUR_BONUS} (${[...reasons, 'next to other chrome'].join(', ')})` });
      near.delete(index);
      changed = true;
    }
  }
}
