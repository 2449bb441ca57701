// Identifiers in prose: tokens shaped like code ("retext-english", "node:crypto", "mp3") and words the article
// writes in code or only ever in lower case, whose capital would be a guess.
import { isAsciiLetterOrDigit } from '../../src/language';
import type { Check, Identifiers } from './check';
import { distinctBlocks } from '../shared/distinct-blocks';
import { isGluedColon, isGluedStop } from '../shared/glued-punctuation';

/** What joins the parts of one identifier, with a letter or digit on each side: "lint-staged", "worker_threads", "node:crypto", "src/index", "index.ts". */
const JOINERS = '-_:/.';
const PLACEHOLDER = '\uFFFC';
/** A token of code or prose: letters and digits, parts joined as above. */
const TOKEN = /[\p{L}\p{N}_]+(?:[-:/.][\p{L}\p{N}_]+)*/gu;
const JOINED = /[\p{L}\p{N}]+(?:[-_:/.][\p{L}\p{N}]+)+/gu;
/** A string literal of one token: "typo", 'html'. */
const QUOTED = /["']([\p{L}\p{N}_]+(?:[-:/.][\p{L}\p{N}_]+)*)["']/gu;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return isAsciiLetterOrDigit(code);
  return !Number.isNaN(code) && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
}

/** How far a token is followed from its word: no identifier in prose is longer, and a run of joined parts costs no more than this a word. */
const REACH = 200;

/** Whether the character at `at` joins parts of one token: not a stop or colon that has lost the space after it ("ends.Then", "Note:the"). */
function isJoiner(text: string, at: number): boolean {
  const character = text[at]!;
  if (!JOINERS.includes(character)) return false;
  return !(character === '.' ? isGluedStop(text, at) : character === ':' && isGluedColon(text, at));
}

/** The whole token a word stands in: the word and every part joined to it, without a space, by - _ : / or . (within REACH of it). */
export function tokenAround(text: string, start: number, end: number): { readonly from: number; readonly to: number } {
  let from = start;
  while (from >= 2 && start - from < REACH && isJoiner(text, from - 1) && isLetterOrDigit(text.charCodeAt(from - 2))) {
    from -= 2;
    while (from > 0 && start - from < REACH && isLetterOrDigit(text.charCodeAt(from - 1))) from--;
  }
  let to = end;
  while (to + 1 < text.length && to - end < REACH && isJoiner(text, to) && isLetterOrDigit(text.charCodeAt(to + 1))) {
    to += 2;
    while (to < text.length && to - end < REACH && isLetterOrDigit(text.charCodeAt(to))) to++;
  }
  return { from, to };
}

/** Whether a word is shaped like an identifier: joined to other parts ("lint-staged", "node:crypto") or holding a digit ("mp3"). */
export function isIdentifierShaped(token: string, word: string): boolean {
  return token.length > word.length || /\p{N}/u.test(word);
}

/**
 * The names a stretch of code holds: a string literal of one token in a code block (`{ "typo": "warn" }`), and
 * any token shaped like an identifier or no English word ("lint-staged", "pre-commit" in
 * scripts/pre-commit.sh, "copydesk", "html"). Other words of code ("the", "install") say nothing: code and
 * inline code quote prose and mention words too.
 */
function addNames(check: Check, into: Set<string>, code: string, isBlock: boolean): void {
  if (isBlock) for (const match of code.matchAll(QUOTED)) into.add(match[1]!);
  for (const match of code.matchAll(TOKEN)) {
    for (const part of new Set([match[0], ...match[0].split(/[:/.]/)])) {
      if (part === '' || into.has(part)) continue;
      if (/[-_\p{N}]/u.test(part) || !check.casing.isLowercaseWordInAnyDialect(part.toLowerCase())) into.add(part);
    }
  }
}

/** What the article writes in code (inline code and code blocks), and how it writes each joined token and word in its prose. */
export function identifiersOf(check: Check): Identifiers {
  if (check.identifiers) return check.identifiers;
  const { document } = check;
  const inCode = new Set<string>();
  if (document.format === 'markdown') {
    for (const block of document.blocks) if (block.kind === 'code') addNames(check, inCode, document.text.slice(block.range[0], block.range[1]), true);
    for (const block of document.proseBlocks) {
      for (let at = block.text.indexOf(PLACEHOLDER); at >= 0; at = block.text.indexOf(PLACEHOLDER, at + 1)) {
        const source = document.text.slice(block.toSource(at), block.toSource(at + 1, true));
        if (source.startsWith('`')) addNames(check, inCode, source, false);
      }
    }
  }
  const joined = new Map<string, { lowercase: number; capitalized: boolean }>();
  const capitalizedKeys = new Set<string>();
  const lowercaseCounts = new Map<string, number>();
  for (const { block, words } of distinctBlocks(check.blocks, ({ block }) => block.text)) {
    for (const word of words) {
      if (word.isCapitalized && !word.form.isUppercase) capitalizedKeys.add(word.key);
      else if (word.isLowercase) lowercaseCounts.set(word.key, (lowercaseCounts.get(word.key) ?? 0) + 1);
    }
    if (!/[-_:/.]/.test(block.text)) continue;
    for (const match of block.text.matchAll(JOINED)) {
      const token = match[0];
      const key = token.toLowerCase();
      const counts = joined.get(key) ?? { lowercase: 0, capitalized: false };
      if (token === key) counts.lowercase++;
      else if (token[0] !== key[0]) counts.capitalized = true;
      joined.set(key, counts);
    }
  }
  return (check.identifiers = { inCode, joined, capitalizedKeys, lowercaseCounts });
}

/**
 * Whether the article spells a token in lower case on purpose: it writes it in code, or in lower case more than
 * once and never with a capital ("copydesk", "mdast", "pre-commit" all through a README).
 */
export function isOwnLowercase(check: Check, token: string, key: string): boolean {
  const identifiers = identifiersOf(check);
  if (identifiers.inCode.has(token)) return true;
  if (/[-_:/.]/.test(token)) {
    const counts = identifiers.joined.get(token.toLowerCase());
    return counts !== undefined && !counts.capitalized && counts.lowercase >= 2;
  }
  return !identifiers.capitalizedKeys.has(key) && (identifiers.lowercaseCounts.get(key) ?? 0) >= 2;
}
