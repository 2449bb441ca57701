// Evidence: what the article itself capitalizes inside sentences, and which capitalized runs it writes as names.
import type { Block } from '../../src/types';
import type { Casing } from '../../src/language';
import { type BlockWords, type Word, isJoinedBySpace, isStart, positionOf } from './word-forms';
import { connectors, determiners, institutionHeads, nameFollowers, nameLeadIns, smallWords } from './word-lists';

/** How many words a label before a colon ("International Mediation efforts: …") may have. */
const LABEL_WORDS = 6;
/** How many words a block needs to read as running text, whose capitalized runs teach names. */
const RUNNING_TEXT_WORDS = 8;
/** Connectors that may start a phrase after a name rather than continue it ("on Friday", "in California"). */
const PLACE_OR_TIME = new Set(['on', 'in', 'at']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** What the article itself says: words and names it capitalizes inside sentences, and how often it lowercases them. */
export interface Evidence {
  readonly capitalized: Map<string, Map<string, number>>;
  /** Every stretch of two or more words of those runs that starts and ends capitalized, with how often each is written so. */
  readonly names: Map<string, { readonly forms: readonly string[]; count: number }>;
  /** Whole capitalized runs of running text ("Harbour Authority", "Bank of Lorvia"), with how often each is written so. */
  readonly wholeNames: Map<string, { readonly forms: readonly string[]; count: number }>;
}

export function isEvidenceBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'quote';
}

/** Where a short label before a colon ends ("Security Guarantees: …"), or -1: labels are set in Title Case, not prose. */
export function labelEnd(block: Block, words: readonly Word[]): number {
  const colon = block.text.indexOf(': ');
  if (colon < 0 || (block.kind !== 'paragraph' && block.kind !== 'list-item')) return -1;
  let count = 0;
  for (const word of words) {
    if (word.end > colon) break;
    count++;
  }
  return count > 0 && count <= LABEL_WORDS && words[0]!.start <= 2 ? colon : -1;
}

/**
 * Whether a block reads as running text, whose capitalized runs are names: a sentence or more, mostly in lower
 * case. A Title Case caption, title or list of links capitalizes words that are no names.
 */
function isRunningText(block: Block, words: readonly Word[]): boolean {
  if (block.kind === 'list-item' || words.length < RUNNING_TEXT_WORDS || !/[.!?]["”’')]?\s*$/.test(block.text)) return false;
  let lowercase = 0;
  for (const word of words) if (word.isLowercase) lowercase++;
  return lowercase * 2 >= words.length;
}

/** Whether a run of words stands in quotation marks: a quoted title ("“Harbour Authority Blues”"), not a name. */
function isQuotedRun(text: string, run: readonly Word[]): boolean {
  const before = text[run[0]!.start - 1];
  const after = text[run[run.length - 1]!.end];
  return (before !== undefined && QUOTES.has(before)) || (after !== undefined && QUOTES.has(after));
}

/**
 * Whether a capitalized run modifies the lowercase word after it ("the Global Burden of Disease project"): it
 * names the project, and the same words in lower case may be the plain phrase. A function word or a verb after
 * a name leaves it a name ("the Harbour Authority said", "closed", "closes", "rose").
 */
function isAttributive(text: string, run: readonly Word[], next: Word | undefined): boolean {
  if (!next || !next.isLowercase || !isJoinedBySpace(text, run[run.length - 1]!, next)) return false;
  // A run with the head of an institution's name names the institution whatever follows ("the Court of Appeals heard").
  if (run.some((word) => institutionHeads.has(word.key))) return false;
  return !(nameLeadIns.has(next.key) || smallWords.has(next.key) || nameFollowers.has(next.key) || /(?:ed|s)$/.test(next.key));
}

export function gatherEvidence(blocks: readonly BlockWords[], casing: Casing): Evidence {
  const evidence: Evidence = { capitalized: new Map(), names: new Map(), wholeNames: new Map() };
  for (const { block, words: all } of blocks) {
    if (!isEvidenceBlock(block)) continue;
    for (const word of all) if (word.isLowercase) word.entry.lowercaseCount++;
    const label = labelEnd(block, all);
    const words = label < 0 ? all : all.filter((word) => word.start > label);
    const isRunning = isRunningText(block, words);
    let run: Word[] = [];
    // A run right after a name at a sentence start may be the tail of a longer name ("Lorvian Harbour Authority").
    let isTail = false;
    let index = 0;
    const flushRun = (): void => {
      if (run.length === 0) return;
      while (run.length > 0 && !run[run.length - 1]!.isCapitalized) run.pop();
      // Only running text teaches names: a Title Case line capitalizes words that are no names ("Labour Leads In The North").
      if (run.length > 1 && isRunning) addNames(evidence, run);
      if (run.length > 1 && isRunning && !isTail && !isQuotedRun(block.text, run) && !isAttributive(block.text, run, words[words.lastIndexOf(run[run.length - 1]!, index) + 1])) addWholeName(evidence, run);
      run = [];
      isTail = false;
    };
    for (index = 0; index < words.length; index++) {
      const word = words[index]!;
      const previous = words[index - 1];
      if (run.length > 0 && (!previous || !isJoinedBySpace(block.text, previous, word))) flushRun();
      if (word.isCapitalized && !word.form.isUppercase) {
        if (isStart(positionOf(block.text, word.start))) {
          flushRun();
          const next = words[index + 1];
          // "Bureau of Land Records officials said": the head of an institution's name before "of" starts the name.
          if (institutionHeads.has(word.key) && next?.key === 'of' && next.isLowercase && isJoinedBySpace(block.text, word, next)) {
            run.push(word);
            continue;
          }
          isTail = next !== undefined && isJoinedBySpace(block.text, word, next) && !casing.isLowercaseWord(word.key);
          continue;
        }
        const { entry } = word;
        const { bare } = word.form;
        if (!entry.capitalized) {
          entry.capitalized = new Map();
          evidence.capitalized.set(entry.key, entry.capitalized);
        }
        entry.capitalized.set(bare, (entry.capitalized.get(bare) ?? 0) + 1);
        entry.capitalizedCount++;
        // "The Church of England" is the name "Church of England".
        if (run.length > 0 || !determiners.has(word.key)) run.push(word);
      } else if (run.length > 0 && connectors.has(word.text)) {
        run.push(word);
      } else {
        flushRun();
        isTail = false;
      }
    }
    flushRun();
  }
  return evidence;
}

/** Every stretch of two or more words of a capitalized run that starts and ends with a capitalized word. */
function addNames(evidence: Evidence, run: readonly Word[]): void {
  for (let from = 0; from < run.length; from++) {
    if (!run[from]!.isCapitalized) continue;
    for (let to = from + 1; to < run.length && to - from < 6; to++) {
      if (!run[to]!.isCapitalized) continue;
      const forms = run.slice(from, to + 1).map((word) => word.form.bare);
      const key = forms.join(' ').toLowerCase();
      const known = evidence.names.get(key);
      if (known) known.count++;
      else evidence.names.set(key, { forms, count: 1 });
    }
  }
}

function addWholeName(evidence: Evidence, run: readonly Word[]): void {
  // "In March the Court of Appeals ruled": "the" after a capitalized word ends one name and starts another; "on",
  // "in" or "at" may end one ("the Board of Canvassers on Friday", "Stanford University in California").
  const inner = run.findIndex((word, k) => k > 0 && word.key === 'the' && run[k - 1]!.isCapitalized);
  if (inner > 0 && run.length - inner > 2) addWholeName(evidence, run.slice(inner + 1));
  const end = run.findIndex((word, k) => k > 1 && PLACE_OR_TIME.has(word.key) && run[k - 1]!.isCapitalized);
  if (end > 1) addWholeName(evidence, run.slice(0, end));
  const forms = run.map((word) => word.form.bare);
  const key = forms.join(' ').toLowerCase();
  const known = evidence.wholeNames.get(key);
  if (known) known.count++;
  else evidence.wholeNames.set(key, { forms, count: 1 });
}
