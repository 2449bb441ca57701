// duplicate-section: a heading, title line, paragraph or run of blocks repeating an earlier one; fixed by removing the later copy.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import { readBoilerplateOptions } from './boilerplate';
import { detectBoilerplate } from './util/boilerplate-detect';
import { removeBlock, spanning } from './util/remove-block';

const SHINGLE = 3;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

interface Entry {
  readonly block: Block;
  readonly normal: string;
  readonly words: number;
  readonly shingles: Set<string>;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
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
    const chrome = new Set(detectBoilerplate(document, readBoilerplateOptions({}, context)).map((hit) => hit.block));
    const entries: Entry[] = document.proseBlocks
      .filter((block) => block.kind !== 'table-row' && !chrome.has(block))
      .map((block) => {
        const normal = normalize(block.text);
        const words = normal.split(' ');
        return { block, normal, words: normal.length === 0 ? 0 : words.length, shingles: shingles(words) };
      });
    const exact = new Map<string, Entry>();
    const originals: (Entry | undefined)[] = entries.map((entry, index) => {
      if (entry.words < minWords) return undefined;
      const first = exact.get(entry.normal);
      if (first) return first;
      exact.set(entry.normal, entry);
      // Near copies: a paragraph of eight words or more, nearly the same as an earlier one.
      if (entry.words < 8) return undefined;
      return entries
        .slice(0, index)
        .find((earlier) => earlier.words >= 8 && Math.min(earlier.words, entry.words) / Math.max(earlier.words, entry.words) >= threshold && similarity(entry.shingles, earlier.shingles) >= threshold);
    });
    const findings: Finding[] = [];
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
        message: `Unexpected ${count > 1 ? `repeat of ${count} blocks` : `repeated ${first.kind === 'heading' ? 'heading' : 'block'}`}: “${first.text.trim().slice(0, 50)}${first.text.trim().length > 50 ? '…' : ''}” first appears on line ${lineOf(document.text, original.block.range[0])}`,
        range: spanning(range, fix.range),
        fix,
      });
      i = last;
    }
    return findings;
  },
};

export default rule;
