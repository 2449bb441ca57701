// duplicate-section: a heading, title line, paragraph or run of blocks repeating an earlier one; fixed by removing the later copy.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import { readBoilerplateOptions } from './boilerplate';
import { detectBoilerplate } from './util/boilerplate-detect';
import { isAsciiLetterOrDigit } from './util/characters';
import { removeBlock, spanning } from './util/remove-block';

const SHINGLE = 3;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `at` is a letter, digit or apostrophe: ASCII by its code, the rest by Unicode class. */
function isWordCharacter(text: string, at: number, code: number): boolean {
  if (code < 128) return isAsciiLetterOrDigit(code) || code === 39;
  return code === 0x2019 || LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The block's words (letters, digits and apostrophes) in lower case, one space between: the text compared for copies. */
function normalize(text: string): string {
  const lower = text.toLowerCase();
  let normal = '';
  let start = -1;
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 32;
    // A letter beyond the Basic Multilingual Plane is a surrogate pair: judged whole, and stepped over whole.
    const next = lower.charCodeAt(at + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    if (at < lower.length && isWordCharacter(lower, at, code)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      normal += (normal.length > 0 ? ' ' : '') + lower.slice(start, at);
      start = -1;
    }
    at += width - 1;
  }
  return normal.includes('’') ? normal.replace(/’/g, "'") : normal;
}

/** The block's word trigrams, as numbers (a string hash): sets of numbers cost far less than sets of strings. */
function shingles(normal: string): Set<number> {
  const words = normal.split(' ');
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 2166136261;
    for (let k = i; k < i + SHINGLE; k++) {
      const word = words[k]!;
      for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), 16777619);
      hash = Math.imul(hash ^ 32, 16777619);
    }
    set.add(hash >>> 0);
  }
  return set;
}

interface Entry {
  readonly block: Block;
  readonly normal: string;
  readonly words: number;
  /** Made when the block is first compared for near copies. */
  shingles?: Set<number>;
}

/** Line numbers for messages, from one pass over the text. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

const rule: Rule = {
  id: 'duplicate-section',
  description: 'A heading, title, paragraph or run of blocks that repeats an earlier one, exactly or nearly',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    threshold: { type: 'number', description: 'How alike (word-trigram overlap, 0–1) two paragraphs must be to count as one repeated.', default: 0.8 },
    minWords: { type: 'number', description: 'Blocks shorter than this many words are never duplicates (short headings recur on purpose).', default: 4 },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const threshold = typeof options.threshold === 'number' ? options.threshold : 0.8;
    const minWords = typeof options.minWords === 'number' ? options.minWords : 4;
    // Chrome is not an original to copy: a breadcrumb holds the title without the title repeating anything.
    const chrome = new Set(detectBoilerplate(document, readBoilerplateOptions(context?.ruleOptions?.boilerplate ?? {}, context)).map((hit) => hit.block));
    const entries: Entry[] = document.proseBlocks
      .filter((block) => block.kind !== 'table-row' && !chrome.has(block))
      .map((block) => {
        const normal = normalize(block.text);
        let words = normal.length === 0 ? 0 : 1;
        for (let i = normal.indexOf(' '); i >= 0; i = normal.indexOf(' ', i + 1)) words++;
        return { block, normal, words };
      });
    const exact = new Map<string, Entry>();
    // Which earlier paragraphs hold each word trigram: near copies are looked for among those only.
    const postings = new Map<number, number[]>();
    const originals: (Entry | undefined)[] = entries.map((entry, index) => {
      if (entry.words < minWords) return undefined;
      const first = exact.get(entry.normal);
      if (first) return first;
      exact.set(entry.normal, entry);
      // Near copies: a paragraph of eight words or more, nearly the same as an earlier one.
      if (entry.words < 8) return undefined;
      entry.shingles = shingles(entry.normal);
      const shared = new Map<number, number>();
      for (const shingle of entry.shingles) for (const earlier of postings.get(shingle) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
      for (const shingle of entry.shingles) {
        const list = postings.get(shingle);
        if (list) list.push(index);
        else postings.set(shingle, [index]);
      }
      for (const [earlierIndex, count] of shared) {
        const earlier = entries[earlierIndex]!;
        const union = entry.shingles.size + earlier.shingles!.size - count;
        if (Math.min(earlier.words, entry.words) / Math.max(earlier.words, entry.words) >= threshold && count / union >= threshold) return earlier;
      }
      return undefined;
    });
    const findings: Finding[] = [];
    let lineOf: ((offset: number) => number) | undefined;
    for (let i = 0; i < entries.length; i++) {
      const original = originals[i];
      if (!original) continue;
      // A run of consecutive copies is reported, and removed, as one.
      let last = i;
      while (last + 1 < entries.length && originals[last + 1]) last++;
      const first = entries[i]!.block;
      const end = entries[last]!.block;
      const range = [first.range[0], end.range[1]] as const;
      const count = last - i + 1;
      const fix = removeBlock(document.text, range);
      findings.push({
        message: `Unexpected ${count > 1 ? `repeat of ${count} blocks` : `repeated ${first.kind === 'heading' ? 'heading' : 'block'}`}: “${first.text.trim().slice(0, 50)}${first.text.trim().length > 50 ? '…' : ''}” first appears on line ${(lineOf ??= lineFinder(document.text))(original.block.range[0])}`,
        range: spanning(range, fix.range),
        fix,
      });
      i = last;
    }
    return findings;
  },
};

export default rule;
