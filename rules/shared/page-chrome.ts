// The page chrome of a document (menus, share prompts, related links, sign-ups…): the analysis the boilerplate,
// duplicate-section and truncated-text rules agree on, worked out once per document by the engine.
// Cost: linear in the blocks. A block of more than 50 words is passed over after counting its spaces; a shorter
// one is matched against the families' patterns (one alternation a family) and, when none names it, scored.
import type { Block, Document, DocumentAnalysis, RuleContext, RuleOptions } from '../../src/types';
import { bylinePatterns, compile, engagementPatterns, families, isByline } from './chrome-patterns';
import { hasMoreWords, isHeadlineLike, isLinkOnly, NEIGHBOUR_BONUS, PLAIN_REASONS, RELATED_HEADING_WORDS, scoreBlock, sentencesOf, SHORT_WORDS, wordCount } from './chrome-score';
import { readBooleanOption } from './options';

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

function findChrome(document: Document, options: PageChromeOptions): ChromeBlock[] {
  const blocks = document.proseBlocks;
  const hits: ChromeBlock[] = [];
  const near = new Map<number, NearMiss>();
  // The config's own patterns keep Unicode mode, whatever they hold: `\u{…}` and `.` mean what their authors expect.
  const extra = compile(options.extra, () => 'iu');
  // A Markdown article's title is its first level-one heading, wherever the chrome above it ends.
  const title = document.format === 'markdown' ? blocks.find((block) => block.kind === 'heading' && block.depth === 1) : undefined;
  blocks.forEach((block, index) => {
    // A Markdown document's title is its own ("# Copyright" is an article about copyright).
    if (block !== title) classifyBlock(document, block, index, { options, extra, hits, near });
  });
  const isHit = new Set(hits.map((hit) => hit.block));
  addRelatedHeadlines(blocks, hits, isHit);
  joinRuns(blocks, hits, isHit, near);
  return hits.sort((a, b) => a.block.range[0] - b.block.range[0]);
}

interface Classification {
  readonly options: PageChromeOptions;
  readonly extra: readonly RegExp[];
  readonly hits: ChromeBlock[];
  readonly near: Map<number, NearMiss>;
}

/** Names one block chrome (into `hits`) by a family, the config's patterns, a byline, questions or its score; or keeps it as a near miss. */
function classifyBlock(document: Document, block: Block, index: number, { options, extra, hits, near }: Classification): void {
  const text = block.text.trim();
  if (text.length === 0 || block.kind === 'table-row' || hasMoreWords(text, MAX_CHROME_WORDS)) return;
  const words = wordCount(text);
  const named = namedChrome(text, words, extra, options);
  if (named !== undefined) {
    if (named) hits.push({ block, ...named });
    return;
  }
  // A plain-text heading is any short unpunctuated line, chrome included; a long one is a headline.
  if (!options.scoring || (block.kind === 'heading' && words > 12)) return;
  const { score, reasons } = scoreBlock(text, index, document.proseBlocks.length, words);
  // A list item that is one link ("- [Storm closes ferry](/news/ferry)") is chrome when other chrome is next to it.
  if (block.kind === 'list-item' && isLinkOnly(document.text.slice(block.range[0], block.range[1]))) {
    near.set(index, { score: Math.max(score, options.threshold - NEIGHBOUR_BONUS), reasons: [...reasons, 'a link and nothing else'] });
    if (score < options.threshold) return;
  }
  if (score >= options.threshold) hits.push({ block, family: 'page chrome', why: `scored ${score} (${reasons.join(', ')})` });
  // Only a block with some sign of chrome of its own (not just short and near the end) can join a run.
  else if (score >= options.threshold - NEIGHBOUR_BONUS && reasons.some((reason) => !PLAIN_REASONS.has(reason))) near.set(index, { score, reasons });
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
function addRelatedHeadlines(blocks: readonly Block[], hits: ChromeBlock[], isHit: Set<Block>): void {
  let blockIndex: Map<Block, number> | undefined;
  for (const hit of [...hits]) {
    if (hit.family !== 'related-links' || hasMoreWords(hit.block.text, RELATED_HEADING_WORDS)) continue;
    blockIndex ??= new Map(blocks.map((block, index) => [block, index]));
    const start = blockIndex.get(hit.block)! + 1;
    let end = start;
    while (end < blocks.length && !isHit.has(blocks[end]!) && isHeadlineLike(blocks[end]!)) end++;
    const reachesChrome = end === blocks.length || isHit.has(blocks[end]!);
    if (end - start < 2 && !(end > start && reachesChrome)) continue;
    for (const block of blocks.slice(start, end)) {
      hits.push({ block, family: 'related-links', why: 'a headline under a related-links heading' });
      isHit.add(block);
    }
  }
}

/** Chrome comes in runs: a block that nearly scores, next to chrome, is chrome too ("Most read" and its links). */
function joinRuns(blocks: readonly Block[], hits: ChromeBlock[], isHit: Set<Block>, near: Map<number, NearMiss>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [index, { score, reasons }] of near) {
      const block = blocks[index]!;
      if (isHit.has(block) || !(isHit.has(blocks[index - 1]!) || isHit.has(blocks[index + 1]!))) continue;
      hits.push({ block, family: 'page chrome', why: `scored ${score + NEIGHBOUR_BONUS} (${[...reasons, 'next to other chrome'].join(', ')})` });
      isHit.add(block);
      near.delete(index);
      changed = true;
    }
  }
}
