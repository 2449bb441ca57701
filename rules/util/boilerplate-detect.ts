// Finds blocks of web-page chrome: by the families of rules/data/boilerplate.json, or by a score for wordings no pattern names.
import type { Block, Document } from '../../src/types';
import data from '../data/boilerplate.json';

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
  readonly patterns: readonly RegExp[];
  readonly isShortOnly: boolean;
}

const compile = (patterns: readonly string[]): RegExp[] => patterns.map((pattern) => new RegExp(pattern, 'iu'));
const families: readonly Family[] = Object.entries(data.families).map(([name, family]) => ({
  name,
  patterns: compile(family.patterns),
  isShortOnly: 'short' in family && family.short === true,
}));
const bylinePatterns = compile(data.byline.patterns);
const engagementPatterns = compile(data.engagement.patterns);
const vocabulary = data.vocabulary.map((term) => new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'));
const callsToAction = new Set(data.callsToAction);
/** Blocks longer than this are never short chrome. */
const SHORT_WORDS = 25;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/**
 * The score of a block no pattern names: short, a call to action, site and reader words, "you", near the top or
 * the end of the article, and nothing that carries news (figures, names).
 */
export function scoreBlock(text: string, index: number, count: number): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  const words = wordCount(text);
  if (words <= 12) {
    score += 1;
    reasons.push('short');
  } else if (words > SHORT_WORDS) {
    return { score: -Infinity, reasons: ['long'] };
  }
  const first = /^[\p{L}']+/u.exec(text)?.[0]?.toLowerCase();
  if (first && callsToAction.has(first)) {
    score += 1.5;
    reasons.push(`call to action (“${first}”)`);
  }
  const terms = vocabulary.filter((term) => term.test(text)).length;
  if (terms > 0) {
    score += Math.min(terms, 3);
    reasons.push(`site words (${terms})`);
  }
  if (/\byou(r|rs|'re|’re)?\b/i.test(text)) {
    score += 0.5;
    reasons.push('speaks to the reader');
  }
  if (/!$/.test(text) || !/[.!?…:"”’)]$/.test(text)) score += 0.5;
  if (index < 2 || index >= count - 4) {
    score += 1;
    reasons.push('at the edge of the article');
  }
  const names = (text.match(/(?<=\S\s+)\p{Lu}\p{Ll}+/gu) ?? []).length;
  if (/\d/.test(text) || names >= 2) {
    score -= 1.5;
    reasons.push('carries news (figures or names)');
  }
  return { score, reasons };
}

export function detectBoilerplate(document: Document, options: BoilerplateOptions): BoilerplateHit[] {
  const blocks = document.proseBlocks;
  const extra = compile(options.extra);
  const hits: BoilerplateHit[] = [];
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    if (text.length === 0 || block.kind === 'table-row') return;
    // A Markdown document's title is its own ("# Copyright" is an article about copyright).
    if (index === 0 && document.format === 'markdown' && block.kind === 'heading' && block.depth === 1) return;
    const words = wordCount(text);
    for (const family of families) {
      if (family.isShortOnly && words > SHORT_WORDS) continue;
      const pattern = family.patterns.find((each) => each.test(text));
      if (pattern) {
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
    if (!options.scoring || block.kind === 'heading' && words > 6) return;
    const { score, reasons } = scoreBlock(text, index, blocks.length);
    if (score >= options.threshold) hits.push({ block, family: 'page chrome', why: `scored ${score} (${reasons.join(', ')})` });
  });
  return hits;
}
