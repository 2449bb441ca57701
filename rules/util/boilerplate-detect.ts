// Finds blocks of web-page chrome: by the families of rules/data/boilerplate.json, or by a score for wordings no pattern names.
import type { Block, Document } from '../../src/types';
import data from '../data/boilerplate.json';
import { isAsciiLetterOrDigit } from './characters';

export interface BoilerplateOptions {
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

export interface BoilerplateHit {
  readonly block: Block;
  readonly family: string;
  readonly why: string;
}

interface Family {
  readonly name: string;
  readonly pattern: RegExp;
  readonly isShortOnly: boolean;
}

/**
 * Unicode mode only where a pattern could match differently without it: Unicode classes, letters beyond ASCII,
 * and anything that can match a character it does not name (`.`, `[^…]`, `\S`, `\W`, `\D`), which without it
 * would take an emoji for two characters. Plain words and anchors match the same either way, faster.
 */
const flagsFor = (source: string): string => (/\\[pPSWD]|[^\x00-\x7f]|\.|\[\^/.test(source) ? 'iu' : 'i');
const compile = (patterns: readonly string[], flags: (source: string) => string = flagsFor): RegExp[] => patterns.map((pattern) => new RegExp(pattern, flags(pattern)));
/** A family's patterns as one alternation: one test a block instead of one a pattern. */
const compileAny = (patterns: readonly string[]): RegExp => {
  // Joined, a pattern's groups are renumbered and its names may clash: back-references and named groups would break.
  const joinUnsafe = patterns.find((pattern) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern));
  if (joinUnsafe !== undefined) throw new Error(`boilerplate pattern ${JSON.stringify(joinUnsafe)}: back-references and named groups cannot be joined`);
  const source = patterns.map((pattern) => `(?:${pattern})`).join('|');
  return new RegExp(source, flagsFor(source));
};
const families: readonly Family[] = Object.entries(data.families).map(([name, family]) => ({
  name,
  pattern: compileAny(family.patterns),
  isShortOnly: 'short' in family && family.short === true,
}));
const bylinePatterns = compile(data.byline.patterns);
const engagementPatterns = compile(data.engagement.patterns);
// One pattern for the whole vocabulary, longest terms first so "ad blocker" wins over "ad".
const vocabulary = new RegExp(
  `\\b(?:${[...data.vocabulary].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
const callsToAction = new Set(data.callsToAction);
/** Blocks longer than this are never short chrome. */
const SHORT_WORDS = 25;
const PLAIN_REASONS = new Set(['short', 'at the edge of the article', 'carries news (figures or names)']);
/** What standing next to other chrome adds to a block's score. */
const NEIGHBOUR_BONUS = 2;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Words with a letter or digit in them, between runs of white space. */
function wordCount(text: string): number {
  let count = 0;
  let hasLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (hasLetter) count++;
        hasLetter = false;
      } else if (isAsciiLetterOrDigit(code)) {
        hasLetter = true;
      }
    } else if (SPACE.test(text[i]!)) {
      if (hasLetter) count++;
      hasLetter = false;
    } else if (!hasLetter && LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(i)!))) {
      hasLetter = true;
    }
  }
  return hasLetter ? count + 1 : count;
}

/** Whether the text has more than `limit` words, counted by spaces without splitting it. */
function hasMoreWords(text: string, limit: number): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++spaces > limit * 1.5) return true;
  return spaces > limit && wordCount(text) > limit;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/**
 * The score of a block no pattern names: short, a call to action, site and reader words, "you", near the top or
 * the end of the article, and nothing that carries news (figures, names).
 */
export function scoreBlock(text: string, index: number, count: number, words = wordCount(text)): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (words > SHORT_WORDS + 10) return { score: -Infinity, reasons: ['long'] };
  if (words <= 12) {
    score += 1;
    reasons.push('short');
  }
  const first = /^[\p{L}'’-]+/u.exec(text)?.[0]?.toLowerCase();
  if (first && callsToAction.has(first)) {
    score += 1.5;
    reasons.push(`call to action (“${first}”)`);
  }
  const terms = new Set([...text.matchAll(vocabulary)].map((match) => match[0].toLowerCase())).size;
  if (terms > 0) {
    score += Math.min(terms, 3);
    reasons.push(`site words (${terms})`);
  }
  if (/\b(you|your|yours|you're|you’re)\b/i.test(text)) {
    score += 0.5;
    reasons.push('speaks to the reader');
  }
  if (/\b(we|our|us)\b/i.test(text) && /\b(you|your)\b/i.test(text)) score += 0.5;
  // Controls laid out in a row: "Accept · Options · Reject all", "Newest | Oldest".
  if (/\S\s+[·|•]\s+\S/u.test(text)) {
    score += 1.5;
    reasons.push('a row of controls');
  }
  if (/(^|\s)@\w{2,}/u.test(text)) {
    score += 1;
    reasons.push('a handle');
  }
  // A link's trimmings: "(38)", "3 min read", "— 2 Nov", "(14 Nov)".
  const trimmings = /\s*(\(\d+\)|[·|•]?\s*\b\d+ min(ute)? read|[—–-]\s*\d{1,2} \p{L}{3,9}|\(\d{1,2} \p{L}{3,9}\))$/iu.exec(text);
  if (trimmings) {
    score += 1.5;
    reasons.push('link trimmings');
  }
  const core = trimmings ? text.slice(0, trimmings.index) : text;
  const isSentence = /[.!?…"”’)]$/.test(core);
  if (/!$/.test(text) || !isSentence) score += 0.5;
  if (index < 2 || index >= count - 4) {
    score += 1;
    reasons.push('at the edge of the article');
  }
  // A sentence with figures or names carries news; a headline-like line may be a link to news, judged by its neighbours.
  const names = (text.match(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu) ?? []).length;
  if (isSentence && words > 8 && (/\d/.test(core) || names >= 2)) {
    score -= 1.5;
    reasons.push('carries news (figures or names)');
  }
  return { score, reasons };
}

/** Longer blocks are article text: no chrome runs to a long paragraph, and testing them all costs. */
const MAX_CHROME_WORDS = 50;

/** The rules that need the chrome of a document (boilerplate, duplicate-section, truncated-text) find it once. */
const found = new WeakMap<Document, Map<string, BoilerplateHit[]>>();

export function detectBoilerplate(document: Document, options: BoilerplateOptions): BoilerplateHit[] {
  const key = JSON.stringify(options);
  let byOptions = found.get(document);
  if (!byOptions) {
    byOptions = new Map();
    found.set(document, byOptions);
  }
  let hits = byOptions.get(key);
  if (!hits) {
    hits = findBoilerplate(document, options);
    byOptions.set(key, hits);
  }
  return hits;
}

function findBoilerplate(document: Document, options: BoilerplateOptions): BoilerplateHit[] {
  const blocks = document.proseBlocks;
  // The config's own patterns keep Unicode mode, whatever they hold: `\u{…}` and `.` mean what their authors expect.
  const extra = compile(options.extra, () => 'iu');
  const hits: BoilerplateHit[] = [];
  const near = new Map<number, { score: number; reasons: string[] }>();
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    if (text.length === 0 || block.kind === 'table-row') return;
    // A Markdown document's title is its own ("# Copyright" is an article about copyright).
    if (index === 0 && document.format === 'markdown' && block.kind === 'heading' && block.depth === 1) return;
    if (hasMoreWords(text, MAX_CHROME_WORDS)) return;
    const words = wordCount(text);
    for (const family of families) {
      if (family.isShortOnly && words > SHORT_WORDS) continue;
      if (family.pattern.test(text)) {
        hits.push({ block, family: family.name, why: `matches the ${family.name} pattern` });
        return;
      }
    }
    if (extra.some((pattern) => pattern.test(text))) {
      hits.push({ block, family: 'custom', why: 'matches a pattern from the config' });
      return;
    }
    if (options.bylines && words <= 12 && bylinePatterns.some((pattern) => pattern.test(text))) {
      hits.push({ block, family: 'byline', why: 'a byline' });
      return;
    }
    if (options.engagement) {
      const sentences = sentencesOf(text);
      if (sentences.every((sentence) => sentence.endsWith('?')) && sentences.some((sentence) => engagementPatterns.some((pattern) => pattern.test(sentence)))) {
        hits.push({ block, family: 'engagement', why: 'questions to the reader' });
        return;
      }
    }
    // A plain-text heading is any short unpunctuated line, chrome included; a long one is a headline.
    if (!options.scoring || (block.kind === 'heading' && words > 12)) return;
    const { score, reasons } = scoreBlock(text, index, blocks.length, words);
    if (score >= options.threshold) hits.push({ block, family: 'page chrome', why: `scored ${score} (${reasons.join(', ')})` });
    // Only a block with some sign of chrome of its own (not just short and near the end) can join a run.
    else if (score >= options.threshold - NEIGHBOUR_BONUS && reasons.some((reason) => !PLAIN_REASONS.has(reason))) near.set(index, { score, reasons });
  });
  // Chrome comes in runs: a block that nearly scores, next to chrome, is chrome too ("Most read" and its links).
  const isHit = new Set(hits.map((hit) => hit.block));
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
  return hits.sort((a, b) => a.block.range[0] - b.block.range[0]);
}
