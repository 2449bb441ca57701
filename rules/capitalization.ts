// capitalization: sentences, headings and list items starting lowercase; lowercased proper nouns and partly lowercased names.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import data from './data/capitalization.json';
import { loadCasing, type Casing } from './util/dictionary-casing';
import { readBooleanOption } from './util/options';

/** A word of a block's prose, with what stands before it. */
interface Word {
  readonly block: Block;
  /** Offsets in the block's prose text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, without a possessive or contraction ending: the key for look-ups. */
  readonly key: string;
  readonly position: Position;
}

/**
 * Where a word stands: first in its block, first after a sentence ends (and how it ended), after a colon,
 * right after an opening quote inside a sentence, or inside a sentence.
 */
type Position =
  | { readonly kind: 'block-start' }
  | { readonly kind: 'sentence-start'; readonly isSure: boolean }
  | { readonly kind: 'after-colon' | 'quoted' | 'inside' };

const WORD = /(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?/gu;
const ENDING = /['’]\p{L}+$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«', '¿', '¡', '*', '_', '-', '–', '—', '•', '·']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '*', '_']);
const abbreviations = new Set(data.abbreviations);
const connectors = new Set(data.connectors);
const determiners = new Set(data.determiners);
const lowercaseAllowed = new Set<string>(data.lowercaseAllowed as string[]);

function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text);
}

function capitalize(text: string): string {
  const first = text.codePointAt(0)!;
  const length = first > 0xffff ? 2 : 1;
  return String.fromCodePoint(first).toUpperCase() + text.slice(length);
}

/** Reads back from a word over opening marks and white space to decide where it stands. */
function positionOf(text: string, start: number): Position {
  let i = start - 1;
  // Only marks touching the word open it: a straight quote after a space may as well close what came before.
  let isQuoted = false;
  while (i >= 0 && OPENERS.has(text[i]!)) {
    if (/[“"‘']/.test(text[i]!)) isQuoted = true;
    i--;
  }
  while (i >= 0 && (/\s/.test(text[i]!) || ['“', '‘', '(', '[', '«', '¿', '¡', '•', '·', '–', '—'].includes(text[i]!))) i--;
  if (i < 0) return { kind: 'block-start' };
  let closedQuote = false;
  let j = i;
  while (j >= 0 && CLOSERS.has(text[j]!)) {
    closedQuote = true;
    j--;
  }
  const mark = text[j];
  if (mark === ':') return { kind: 'after-colon' };
  if (mark === '?' || mark === '!') return { kind: 'sentence-start', isSure: !closedQuote };
  if (mark === '…') return { kind: 'sentence-start', isSure: false };
  if (mark === '.') {
    if (text[j - 1] === '.') return { kind: 'sentence-start', isSure: false };
    const before = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, j - 40), j))![0];
    const isAbbreviation = /^\p{L}$/u.test(before) || before.includes('.') || abbreviations.has(before.toLowerCase());
    return { kind: 'sentence-start', isSure: !isAbbreviation };
  }
  return { kind: isQuoted ? 'quoted' : 'inside' };
}

/** Whether the word is glued to a dot, @ or slash: part of a domain, file name or handle, not prose. */
function isTechnical(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    before === '.' || before === '@' || before === '/' || before === '_' || before === '\\' || before === '#' ||
    after === '@' || after === '/' || after === '_' || (after === '.' && /\p{L}/u.test(text[end + 1] ?? ''))
  );
}

function wordsOf(block: Block): Word[] {
  const words: Word[] = [];
  for (const match of block.text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isTechnical(block.text, start, end)) continue;
    words.push({ block, start, end, text: match[0], key: match[0].toLowerCase().replace(ENDING, ''), position: positionOf(block.text, start) });
  }
  return words;
}

function isStart(word: Word): boolean {
  return word.position.kind === 'block-start' || word.position.kind === 'sentence-start' || word.position.kind === 'after-colon' || word.position.kind === 'quoted';
}

/** What the article itself says: words and names it capitalizes inside sentences, and how often it lowercases them. */
interface Evidence {
  readonly capitalized: Map<string, Map<string, number>>;
  readonly lowercase: Map<string, number>;
  readonly names: Map<string, string[]>;
}

function isEvidenceBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'quote';
}

function gatherEvidence(blocks: readonly (readonly Word[])[]): Evidence {
  const evidence: Evidence = { capitalized: new Map(), lowercase: new Map(), names: new Map() };
  for (const words of blocks) {
    const block = words[0]?.block;
    if (!block || !isEvidenceBlock(block)) continue;
    let run: Word[] = [];
    const flushRun = (): void => {
      while (run.length > 0 && !isCapitalized(run[run.length - 1]!.text)) run.pop();
      addNames(evidence, run);
      run = [];
    };
    words.forEach((word, index) => {
      if (isLowercase(word.text)) evidence.lowercase.set(word.key, (evidence.lowercase.get(word.key) ?? 0) + 1);
      const previous = words[index - 1];
      const isJoined = previous !== undefined && /^ +$/.test(block.text.slice(previous.end, word.start));
      if (!isJoined) flushRun();
      if (isStart(word)) return;
      if (isCapitalized(word.text) && word.text !== word.text.toUpperCase() && !(run.length === 0 && determiners.has(word.key))) {
        const forms = evidence.capitalized.get(word.key) ?? new Map<string, number>();
        const form = word.text.replace(ENDING, '');
        forms.set(form, (forms.get(form) ?? 0) + 1);
        evidence.capitalized.set(word.key, forms);
        run.push(word);
      } else if (run.length > 0 && connectors.has(word.text)) {
        run.push(word);
      } else {
        flushRun();
      }
    });
    flushRun();
  }
  return evidence;
}

/** Every stretch of two or more words of a capitalized run that starts and ends with a capitalized word. */
function addNames(evidence: Evidence, run: readonly Word[]): void {
  for (let from = 0; from < run.length; from++) {
    if (!isCapitalized(run[from]!.text)) continue;
    for (let to = from + 1; to < run.length && to - from < 6; to++) {
      if (!isCapitalized(run[to]!.text)) continue;
      const forms = run.slice(from, to + 1).map((word) => word.text.replace(ENDING, ''));
      evidence.names.set(forms.join(' ').toLowerCase(), forms);
    }
  }
}

interface Name {
  readonly forms: readonly string[];
  /** Report it even when every word is lower case. */
  readonly isStrict: boolean;
  /** Names the article spells: only a lowercase word between capitalized ones is a slip ("Pew research Center"); a lowercase first or last word is as often a description ("the Democratic party"). */
  readonly isInnerOnly: boolean;
}

function nameTable(context: RuleContext | undefined, evidence: Evidence): Map<string, Name> {
  const table = new Map<string, Name>();
  const strict = new Set(data.strictNames.map((name) => name.toLowerCase()));
  for (const [key, forms] of evidence.names) table.set(key, { forms, isStrict: false, isInnerOnly: true });
  for (const name of data.names) table.set(name.toLowerCase(), { forms: name.split(' '), isStrict: strict.has(name.toLowerCase()), isInnerOnly: false });
  for (const name of context?.properNouns ?? []) {
    if (name.includes(' ')) table.set(name.toLowerCase(), { forms: name.split(/\s+/), isStrict: true, isInnerOnly: false });
  }
  return table;
}

interface Check {
  readonly document: Document;
  readonly casing: Casing;
  readonly evidence: Evidence;
  readonly configured: ReadonlyMap<string, string>;
  readonly findings: Map<number, Finding>;
}

function report(check: Check, word: Word, expected: string, message: string, length = word.end - word.start): void {
  const { document } = check;
  const { block } = word;
  const start = block.toSource(word.start);
  const end = block.toSource(word.start + length, true);
  if (check.findings.has(start)) return;
  const actual = block.text.slice(word.start, word.start + length);
  const isExact = document.text.slice(start, end) === actual;
  check.findings.set(start, {
    message,
    range: [start, end],
    actual,
    expected,
    ...(isExact && expected !== actual ? { fix: { range: [start, end] as const, text: expected } } : {}),
  });
}

/** The proper form of a lowercase word, by the config, then the article, then the dictionary. */
function properFormOf(check: Check, word: Word): string | undefined {
  const { key } = word;
  const configured = check.configured.get(key);
  if (configured !== undefined) return configured === key ? undefined : configured;
  if (lowercaseAllowed.has(key) || key.length < 2) return undefined;
  const forms = check.evidence.capitalized.get(key);
  const capitalizedCount = forms ? [...forms.values()].reduce((sum, count) => sum + count, 0) : 0;
  const lowercaseCount = check.evidence.lowercase.get(key) ?? 0;
  if (forms && capitalizedCount > lowercaseCount && !check.casing.isLowercaseWord(key)) {
    return [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  // The article's own consistent lower case (twice or more, never capitalized) outranks the dictionary, and
  // short dictionary names ("Al", "Del", "UN") are too often particles, fragments or foreign words.
  if ((capitalizedCount === 0 && lowercaseCount >= 2) || key.length < 4) return undefined;
  return check.casing.properForm(key);
}

function checkNames(check: Check, words: readonly Word[], names: ReadonlyMap<string, Name>): void {
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(6, words.length - i); length >= 2; length--) {
      const span = words.slice(i, i + length);
      const text = span[0]!.block.text;
      if (span.some((word, k) => k > 0 && !/^ +$/.test(text.slice(span[k - 1]!.end, word.start)))) continue;
      const name = names.get(span.map((word) => word.text.replace(ENDING, '')).join(' ').toLowerCase());
      if (!name) continue;
      const wrong = span.filter(
        (word, k) => isLowercase(word.text) && isCapitalized(name.forms[k]!) && (!name.isInnerOnly || (k > 0 && k < span.length - 1)),
      );
      if (wrong.length === 0) break;
      if (name.isInnerOnly && !(isCapitalized(span[0]!.text) && isCapitalized(span[span.length - 1]!.text))) break;
      const hasCapital = span.some((word, k) => isCapitalized(word.text) && (k > 0 || !isStart(word)));
      if (!hasCapital && !name.isStrict) break;
      const first = span[0]!;
      const last = span[span.length - 1]!;
      let expected = '';
      let cursor = first.start;
      span.forEach((word, k) => {
        expected += text.slice(cursor, word.start) + (wrong.includes(word) ? capitalize(word.text) : word.text);
        cursor = word.end;
        void k;
      });
      report(check, first, expected, `Unexpected “${text.slice(first.start, last.end)}”, expected the name “${expected}”`, last.end - first.start);
      for (const word of wrong) check.findings.set(first.block.toSource(word.start), check.findings.get(first.block.toSource(first.start))!);
      i += length - 1;
      break;
    }
  }
}

/** Lowercase list items are a style when the list keeps to it; they are a slip among capitalized siblings or as full sentences. */
function listItemExpectsCapital(block: Block, siblings: readonly Block[]): boolean {
  if (/[.!?]["”’)]?$/.test(block.text.trim())) return true;
  const starts = siblings.map((item) => /^[^\p{L}\p{N}\uFFFC]*(\p{L})/u.exec(item.text)?.[1]).filter((letter) => letter !== undefined);
  const capitals = starts.filter((letter) => isCapitalized(letter)).length;
  return capitals > starts.length - capitals;
}

function isLowercaseOnPurpose(check: Check, word: Word, words: readonly Word[], index: number): boolean {
  if (/\p{Lu}/u.test(word.text)) return true;
  if (check.configured.get(word.key) === word.key) return true;
  // A byline: "by Jane Doe".
  const next = words[index + 1];
  return word.key === 'by' && word.position.kind === 'block-start' && next !== undefined && isCapitalized(next.text);
}

function checkStarts(check: Check, words: readonly Word[], siblings: readonly Block[]): void {
  words.forEach((word, index) => {
    if (!isLowercase(word.text) && !/^\p{Ll}/u.test(word.text)) return;
    const { position, block } = word;
    if (position.kind === 'block-start') {
      if (block.kind === 'table-row') return;
      if (block.kind === 'list-item' && !listItemExpectsCapital(block, siblings)) return;
    } else if (position.kind !== 'sentence-start' || !position.isSure) {
      return;
    }
    if (isLowercaseOnPurpose(check, word, words, index)) return;
    const expected = capitalize(word.text);
    report(check, word, expected, `Unexpected lowercase “${word.text}” at the start of a ${block.kind === 'heading' ? 'heading' : block.kind === 'list-item' && position.kind === 'block-start' ? 'list item' : 'sentence'}, expected “${expected}”`);
  });
}

/** A lowercase part of a hyphenated name ("Hoi-kwan", "al-Assad") or a short prefix ("eco-"): not a word of its own. */
function isNamePart(word: Word): boolean {
  const { text } = word.block;
  if (text[word.start - 1] === '-' && /\p{Lu}[\p{L}]*-$/u.test(text.slice(Math.max(0, word.start - 30), word.start))) return true;
  return text[word.end] === '-' && word.end - word.start <= 3;
}

function checkProperNouns(check: Check, words: readonly Word[]): void {
  for (const word of words) {
    if (!isLowercase(word.text) || isNamePart(word)) continue;
    const form = properFormOf(check, word);
    if (!form) continue;
    const expected = form + word.text.slice(word.key.length);
    report(check, word, expected, `Unexpected lowercase “${word.text}”, expected the proper noun “${expected}”`);
  }
}

/** Groups consecutive list items of one depth: the siblings each item is compared with. */
function siblingsOf(blocks: readonly Block[]): Map<Block, Block[]> {
  const groups = new Map<Block, Block[]>();
  let current: Block[] = [];
  for (const block of blocks) {
    const previous = current[current.length - 1];
    if (block.kind !== 'list-item' || (previous && previous.depth !== block.depth)) current = [];
    if (block.kind === 'list-item') {
      current.push(block);
      groups.set(block, current);
    }
  }
  return groups;
}

const rule: Rule = {
  id: 'capitalization',
  description: 'Sentences, headings and list items starting lowercase; lowercased proper nouns and partly lowercased names',
  defaultSeverity: 'error',
  fixable: true,
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const checkNamesOption = readBooleanOption(options, 'properNouns', true);
    const checkStartsOption = readBooleanOption(options, 'sentenceStarts', true);
    const blocks = document.proseBlocks;
    const wordsByBlock = blocks.map(wordsOf);
    const evidence = gatherEvidence(wordsByBlock);
    const configured = new Map<string, string>();
    for (const noun of context?.properNouns ?? []) if (!noun.includes(' ')) configured.set(noun.toLowerCase(), noun);
    const check: Check = { document, casing: loadCasing(), evidence, configured, findings: new Map() };
    const names = nameTable(context, evidence);
    const siblings = siblingsOf(blocks);
    wordsByBlock.forEach((words, index) => {
      const block = blocks[index]!;
      if (checkNamesOption) checkNames(check, words, names);
      if (checkStartsOption) checkStarts(check, words, siblings.get(block) ?? []);
      if (checkNamesOption) checkProperNouns(check, words);
    });
    return [...new Set(check.findings.values())].sort((a, b) => a.range[0] - b.range[0]);
  },
};

export default rule;
