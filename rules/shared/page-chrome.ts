// Finds blocks of web-page chrome: by the families of rules/shared/page-chrome.json, or by a score for wordings no pattern names.
import type { Block, Document } from '../../src/types';
import data from './page-chrome.json';
import { isAsciiLetterOrDigit } from '../../src/language';

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
/**
 * A family's patterns as one alternation: one test a block instead of one a pattern. The patterns are written in
 * lower case and tested against the block in lower case, without the `i` flag: matching that need not fold case
 * runs several times faster.
 */
const compileAny = (patterns: readonly string[]): RegExp => {
  // Joined, a pattern's groups are renumbered and its names may clash: back-references and named groups would break.
  const joinUnsafe = patterns.find((pattern) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern));
  if (joinUnsafe !== undefined) throw new Error(`boilerplate pattern ${JSON.stringify(joinUnsafe)}: back-references and named groups cannot be joined`);
  const cased = patterns.find((pattern) => /[A-Z]/.test(pattern.replace(/\\[pPu]\{[^}]*\}|\\./g, '')));
  if (cased !== undefined) throw new Error(`boilerplate pattern ${JSON.stringify(cased)}: write it in lower case (blocks are matched in lower case)`);
  const source = patterns.map((pattern) => `(?:${pattern})`).join('|');
  return new RegExp(source, flagsFor(source).replace('i', ''));
};
const families: readonly Family[] = Object.entries(data.families).map(([name, family]) => ({
  name,
  pattern: compileAny(family.patterns),
  isShortOnly: 'short' in family && family.short === true,
}));
const bylinePatterns = compile(data.byline.patterns);
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** One part of a byline or dateline, between separators: a date, a time, a read time, an update stamp. */
const STAMP = new RegExp(
  `^(?:(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?:?\\s*)?` +
    `(?:(?:${MONTH}|${DAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}|[ap]\\.?m\\.?|(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|IST|AE[SD]T)|at|on|today|yesterday|\\d+ (?:hours?|minutes?|days?|weeks?) ago|\\d+\\s*min(?:ute)?s?(?: read)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4})(?:[\\s,]+|$))+$`,
  'i',
);
/** The first part of a byline: "By Jane Doe", "Posted by Jane Doe and Li Wei", "Words: Jane Doe". */
const BYLINE_HEAD = /^(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Ww]ords|[Ss]tory|[Tt]ext|[Pp]hotos?|[Rr]eporting)\s+[Bb]y|[Bb]y|BY|[Ww]ords:|[Aa]uthor:)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|del|der|al|bin|la|le|and|&))*$/u;
/** A role after the name: "Health Reporter", "Staff Writer", "Senior Correspondent in Kyiv". */
const ROLE = /\b(editor|reporter|writer|correspondent|journalist|columnist|contributor|staff|desk|photographer|analyst|critic|producer|bureau|chief|reporting|contributing)s?\b/i;

/**
 * Whether a short block is the article's byline or dateline ("By Jane Doe | Updated May 7, 2025",
 * "Posted by Jane Doe · 6 min read", "Tuesday 9 September 2025 · 4 min read"): metadata, not chrome.
 */
export function isByline(text: string): boolean {
  const parts = text
    .replace(/^[*_\s]+|[*_\s]+$/g, '')
    .split(/\s*(?:[|·•]|\s[—–-]\s)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0 || wordCount(text) > 24) return false;
  // "By Jane Doe, Health Reporter": the name, then what follows its comma.
  const [head, ...afterName] = parts[0]!.split(/,\s*/);
  const rest = [afterName.join(', '), ...parts.slice(1)].filter((part) => part.length > 0);
  const isHead = BYLINE_HEAD.test(head!) || bylinePatterns.some((pattern) => pattern.test(head!));
  if (!isHead && !(STAMP.test(head!) && /\d/.test(head!))) return false;
  return rest.every((part) => STAMP.test(part) || ROLE.test(part) || /^(?:\p{Lu}[\p{L}'’.&-]*\s?){1,5}$/u.test(part));
}
const engagementPatterns = compile(data.engagement.patterns);
// One pattern for the whole vocabulary, longest terms first so "ad blocker" wins over "ad".
const vocabulary = new RegExp(
  `\\b(?:${[...data.vocabulary].sort((a, b) => b.length - a.length).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
const callsToAction = new Set(data.callsToAction);
/** Blocks longer than this are never short chrome. */
const SHORT_WORDS = 25;
const PLAIN_REASONS = new Set(['short', 'at the edge of the article', 'carries news (figures or names)', 'a statement', 'reads as prose']);
/** A full sentence this long that does not speak to the reader is a statement, not a prompt. */
const STATEMENT_WORDS = 8;
/** A sentence this long with a clause in it is prose, not a control or a prompt. */
const PROSE_WORDS = 14;
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
  if (index < 2 || index >= count - 4) {
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
const RELATED_HEADING_WORDS = 8;
/** A headline in a list of links: short, one line, no sentence-final stop (a date or a read time may trail it). */
function isHeadlineLike(block: Block): boolean {
  const text = block.text.trim();
  if (block.kind === 'table-row' || text.length === 0 || text.includes('\n') || hasMoreWords(text, 20)) return false;
  return !/[.!?:;]["”’)]?$/.test(text.replace(/\s*(\(\d{1,2} \p{L}{3,9}\)|[·|•—–-]\s*[^.!?]{1,30})$/u, ''));
}

/** A Markdown list item that is a link and nothing more, but perhaps a date or a read time after it. */
function isLinkOnly(source: string): boolean {
  return /^\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\*\*|__|\*|_)?\[[^\]]+\]\([^)]*\)(?:\*\*|__|\*|_)?\s*(?:[·|•—–-]\s*[^\n.!?]{1,30}|\(\d{1,2} \p{L}{3,9}\))?\s*$/u.test(source.split('\n')[0]!);
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
  // A Markdown article's title is its first level-one heading, wherever the chrome above it ends.
  const title = document.format === 'markdown' ? blocks.find((block) => block.kind === 'heading' && block.depth === 1) : undefined;
  blocks.forEach((block, index) => {
    const text = block.text.trim();
    if (text.length === 0 || block.kind === 'table-row') return;
    // A Markdown document's title is its own ("# Copyright" is an article about copyright).
    if (block === title) return;
    if (hasMoreWords(text, MAX_CHROME_WORDS)) return;
    const words = wordCount(text);
    const lower = text.toLowerCase();
    for (const family of families) {
      if (family.isShortOnly && words > SHORT_WORDS) continue;
      if (family.pattern.test(lower)) {
        hits.push({ block, family: family.name, why: `matches the ${family.name} pattern` });
        return;
      }
    }
    if (extra.some((pattern) => pattern.test(text))) {
      hits.push({ block, family: 'custom', why: 'matches a pattern from the config' });
      return;
    }
    // Bylines and datelines are the article's metadata: chrome only when asked for.
    if (words <= 24 && (isByline(text) || (words <= 12 && bylinePatterns.some((pattern) => pattern.test(text))))) {
      if (options.bylines) hits.push({ block, family: 'byline', why: 'a byline' });
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
    // A list item that is one link ("- [Storm closes ferry](/news/ferry)") is chrome when other chrome is next to it.
    if (block.kind === 'list-item' && isLinkOnly(document.text.slice(block.range[0], block.range[1]))) {
      near.set(index, { score: Math.max(score, options.threshold - NEIGHBOUR_BONUS), reasons: [...reasons, 'a link and nothing else'] });
      if (score < options.threshold) return;
    }
    if (score >= options.threshold) hits.push({ block, family: 'page chrome', why: `scored ${score} (${reasons.join(', ')})` });
    // Only a block with some sign of chrome of its own (not just short and near the end) can join a run.
    else if (score >= options.threshold - NEIGHBOUR_BONUS && reasons.some((reason) => !PLAIN_REASONS.has(reason))) near.set(index, { score, reasons });
  });
  const isHit = new Set(hits.map((hit) => hit.block));
  let blockIndex: Map<Block, number> | undefined;
  // The headlines under a "More in Politics" or "Trending now" heading are links to other articles.
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
  // Chrome comes in runs: a block that nearly scores, next to chrome, is chrome too ("Most read" and its links).
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
