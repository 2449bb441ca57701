// Page chrome no pattern names, found by its shape: a block's score (short, calls to action, site words, at the edges), word counts, headline and link-only lines.
import type { Block } from '../../src/types';
import { isAsciiLetterOrDigit } from '../../src/language';
import data from './page-chrome.json';

// One pattern for the whole vocabulary, longest terms first so "ad blocker" wins over "ad".
const vocabulary = new RegExp(
  `\\b(?:${[...data.vocabulary].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
const callsToAction = new Set(data.callsToAction);
/** Blocks longer than this are never short chrome. */
export const SHORT_WORDS = 25;
export const PLAIN_REASONS = new Set(['short', 'at the edge of the article', 'carries news (figures or names)', 'a statement', 'reads as prose']);
/** A full sentence this long that does not speak to the reader is a statement, not a prompt. */
const STATEMENT_WORDS = 8;
/** A sentence this long with a clause in it is prose, not a control or a prompt. */
const PROSE_WORDS = 14;
/** What standing next to other chrome adds to a block's score. */
export const NEIGHBOUR_BONUS = 2;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Words with a letter or digit in them, between runs of white space. */
export function wordCount(text: string): number {
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
export function hasMoreWords(text: string, limit: number): boolean {
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++spaces > limit * 1.5) return true;
  return spaces > limit && wordCount(text) > limit;
}

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/**
 * The score of a block no pattern names: short, a call to action, site and reader words, "you", at the edge of
 * the article (among its first two or last four blocks, chrome aside), and nothing that carries news (figures, names).
 */
export function scoreBlock(text: string, isAtEdge: boolean, words = wordCount(text)): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (words > SHORT_WORDS + 10) return { score: -Infinity, reasons: ['long'] };
  if (words <= 12) {
    score += 1;
    reasons.push('short');
  }
  const first = /^[^\p{L}\p{N}"“”‘’'(\[]{0,3}([\p{L}'’-]+)/u.exec(text)?.[1]?.toLowerCase();
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
  // Each kind ends within 16 characters of its last digit: without a digit there, none can match.
  const trimmings = /\d/.test(text.slice(-16)) ? /\s*(\(\d+\)|[·|•]?\s*\b\d+ min(ute)? read|[—–-]\s*\d{1,2} \p{L}{3,9}|\(\d{1,2} \p{L}{3,9}\))$/iu.exec(text) : null;
  if (trimmings) {
    score += 1.5;
    reasons.push('link trimmings');
  }
  const core = trimmings ? text.slice(0, trimmings.index) : text;
  const isSentence = /[.!?…"”’)]$/.test(core);
  if (/!$/.test(text) || !isSentence) score += 0.5;
  if (isAtEdge) {
    score += 1;
    reasons.push('at the edge of the article');
  }
  // A sentence with figures or names carries news; a headline-like line may be a link to news, judged by its neighbours.
  // Capitalized words after the first: counted only when the figures do not decide, and found by the word, not
  // by a lookbehind tried at every character.
  const hasNames = (): boolean => (text.match(/\p{Lu}\p{Ll}+(?<=\S\s+\p{Lu}\p{Ll}+)/gu) ?? []).length >= 2;
  if (isSentence && words > 8 && (/\d/.test(core) || hasNames())) {
    score -= 1.5;
    reasons.push('carries news (figures or names)');
  } else if (isSentence && words >= STATEMENT_WORDS && /[.”"]$/.test(core) && !first?.match(/^(?:you|your|we|our|please)$/) && !(first && callsToAction.has(first)) && !/\b(you|your|you’re|you're)\b/i.test(text)) {
    // A plain statement about the world, not said to the reader: "The council did not respond to a request for comment."
    score -= 1.5;
    reasons.push('a statement');
  } else if (isSentence && words >= PROSE_WORDS && /\p{Ll}[,;:]\s+\p{Ll}/u.test(core)) {
    // A long sentence with a clause after a comma or colon reads as prose, whatever its first word.
    score -= 1.5;
    reasons.push('reads as prose');
  }
  return { score, reasons };
}

/** A related-links heading is a few words ("More from the Courier"); a longer block naming one is prose. */
export const RELATED_HEADING_WORDS = 8;
/** A headline in a list of links: short, one line, no sentence-final stop (a date or a read time may trail it). */
export function isHeadlineLike(block: Block): boolean {
  const text = block.text.trim();
  if (block.kind === 'table-row' || text.length === 0 || text.includes('\n') || hasMoreWords(text, 20)) return false;
  return !/[.!?:;]["”’)]?$/.test(text.replace(/\s*(\(\d{1,2} \p{L}{3,9}\)|[·|•—–-]\s*[^.!?]{1,30})$/u, ''));
}

/** A Markdown list item that is a link and nothing more, but perhaps a date or a read time after it. */
export function isLinkOnly(source: string): boolean {
  return /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\[[^\]]+\]\([^)]*\)(?:\*\*|__|\*|_)?\s*(?:[·|•—–-]\s*[^\n.!?]{1,30}|\(\d{1,2} \p{L}{3,9}\))?\s*$/u.test(source.split('\n')[0]!);
}
