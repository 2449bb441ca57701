// Names of several words: the curated, configured and learned names, and the partly lowercased copies of them.
import type { Block, RuleContext } from '../../src/types';
import data from './capitalization.json';
import { loadGazetteer, loadGivenNames } from '../../src/language';
import { lastAtMost } from '../shared/sorted';
import { type Check, type Occurrences, report } from './check';
import type { Evidence } from './evidence';
import { isProperOnItsOwn } from './proper-nouns';
import { type Word, capitalize, isJoinedBySpace, isStart, positionOf } from './word-forms';
import { connectors, nameLeadIns, titleWords } from './word-lists';

interface Name {
  readonly forms: readonly string[];
  /** Report it even when every word is lower case. */
  readonly isStrict: boolean;
  /**
   * A name the article spells: only a lowercase word between capitalized ones is a slip ("Pew research
   * Center"); a lowercase first or last word is as often a description ("the Democratic party").
   */
  readonly isInnerOnly: boolean;
  /** A name the article writes capitalized as a whole in running text: how often it does. */
  readonly learnedCount?: number;
  /** A name the article writes capitalized inside a longer run of running text ("Council member Rose Carvajal cast"): how often it does. */
  readonly spelledCount?: number;
}

export interface NameTable {
  get(key: string): Name | undefined;
  /** Whether some name starts with these words (lower case, one word or more). */
  hasPrefix(key: string): boolean;
  /** Whether some name starts with these two words: asked before the pair is joined into a key. */
  startsWithPair(first: string, second: string): boolean;
}

let builtinNames: Map<string, Name> | undefined;
let builtinPrefixes: Set<string> | undefined;
let builtinPairs: Map<string, Set<string>> | undefined;

/** The first two words of each name of two words or more, the second by the first. */
function addPair(pairs: Map<string, Set<string>>, key: string): void {
  const [first, second] = key.split(' ', 2);
  if (second === undefined) return;
  let seconds = pairs.get(first!);
  if (!seconds) pairs.set(first!, (seconds = new Set()));
  seconds.add(second);
}

function addPrefixes(prefixes: Set<string>, key: string): void {
  let space = key.indexOf(' ');
  while (space > 0) {
    prefixes.add(key.slice(0, space));
    space = key.indexOf(' ', space + 1);
  }
}

/** The curated names, the config's multi-word proper nouns and the names the article spells, looked up in that order. */
export function nameTable(context: RuleContext | undefined, evidence: Evidence): NameTable {
  if (!builtinNames) {
    const strict = new Set(data.strictNames.map((name) => name.toLowerCase()));
    builtinNames = new Map(data.names.map((name) => [name.toLowerCase(), { forms: name.split(' '), isStrict: strict.has(name.toLowerCase()), isInnerOnly: false }]));
    // The gazetteer's places are reported even wholly lowercased, listed or not.
    for (const name of loadGazetteer().strictPlaces) builtinNames.set(name.toLowerCase(), { forms: builtinNames.get(name.toLowerCase())?.forms ?? name.split(' '), isStrict: true, isInnerOnly: false });
    builtinPrefixes = new Set();
    builtinPairs = new Map();
    for (const key of builtinNames.keys()) {
      addPrefixes(builtinPrefixes, key);
      addPair(builtinPairs, key);
    }
  }
  const own = new Map<string, Name>();
  for (const noun of context?.properNouns ?? []) {
    const forms = noun.trim().split(/\s+/);
    if (forms.length > 1) own.set(forms.join(' ').toLowerCase(), { forms, isStrict: true, isInnerOnly: false });
  }
  for (const [key, { forms, count }] of evidence.wholeNames) if (!own.has(key)) own.set(key, { forms, isStrict: true, isInnerOnly: false, learnedCount: count });
  for (const [key, { forms, count }] of evidence.names) if (!own.has(key)) own.set(key, { forms, isStrict: false, isInnerOnly: true, spelledCount: count });
  const ownPrefixes = new Set<string>();
  const ownPairs = new Map<string, Set<string>>();
  for (const key of own.keys()) {
    addPrefixes(ownPrefixes, key);
    addPair(ownPairs, key);
  }
  const builtin = builtinNames;
  const prefixes = builtinPrefixes!;
  const pairs = builtinPairs!;
  return {
    // A curated name the article also writes capitalized as a whole is judged by the article's evidence too.
    get: (key) => {
      const curated = builtin.get(key);
      const learned = own.get(key);
      return curated && (curated.isStrict || learned?.learnedCount === undefined) ? curated : (learned ?? curated);
    },
    hasPrefix: (key) => prefixes.has(key) || ownPrefixes.has(key),
    startsWithPair: (first, second) => pairs.get(first)?.has(second) === true || ownPairs.get(first)?.has(second) === true,
  };
}

export function checkNames(check: Check, block: Block, words: readonly Word[], names: NameTable): void {
  for (let i = 0; i < words.length; i++) {
    const { entry } = words[i]!;
    if (!(entry.isNamePrefix ??= names.hasPrefix(entry.key))) continue;
    let key = entry.key;
    // Grow the span word by word while it is still the start of some name; keep the longest name found.
    let found: [Name, number] | undefined;
    for (let length = 2; length <= 6 && i + length <= words.length; length++) {
      if (!isJoinedBySpace(block.text, words[i + length - 2]!, words[i + length - 1]!)) break;
      // Most pairs start no name ("the weather"): told by the two words, without joining them.
      if (length === 2 && !names.startsWithPair(key, words[i + 1]!.key)) break;
      key += ` ${words[i + length - 1]!.key}`;
      const name = names.get(key);
      if (name) found = [name, length];
      if (!names.hasPrefix(key)) break;
    }
    if (found && reportName(check, block, words.slice(i, i + found[1]), found[0], words[i - 1])) i += found[1] - 1;
  }
}

/** Reports a partly lowercased name; says whether it did. */
function reportName(check: Check, block: Block, span: readonly Word[], learned: Name, previous: Word | undefined): boolean {
  const last = span.length - 1;
  let name = learned;
  if (name.learnedCount !== undefined) {
    // Partly lowercase, it is judged as any name the article spells, or as a copy with its first word lowercased;
    // wholly lowercase, as a copy.
    if (span.every((word) => word.isLowercase)) {
      if (!isCopyOfLearnedName(check, block, span, previous, name.learnedCount)) return false;
    } else if (!isLeadLowercasedCopy(check, block, span, previous, name.learnedCount)) name = { forms: name.forms, isStrict: false, isInnerOnly: true };
  } else if (name.spelledCount !== undefined && isLeadLowercasedCopy(check, block, span, previous, name.spelledCount)) {
    name = { forms: name.forms, isStrict: true, isInnerOnly: false };
  }
  const wrong = span.filter((word, k) => word.isLowercase && /^\p{Lu}/u.test(name.forms[k]!) && (!name.isInnerOnly || (k > 0 && k < last)));
  if (wrong.length === 0) return false;
  if (name.isInnerOnly && !(span[0]!.isCapitalized && span[last]!.isCapitalized)) return false;
  // A capital the writer gave a word of the name, or one the word will get on its own ("new mexico": "mexico" is
  // a proper noun wherever it stands), so that the whole name is reported at once, not a word at a time.
  const hasCapital = span.some((word, k) => (word.isCapitalized && (k > 0 || !isStart(positionOf(block.text, word.start)))) || isProperOnItsOwn(check, word));
  if (!hasCapital && !name.isStrict) return false;
  const first = span[0]!;
  let expected = '';
  let cursor = first.start;
  span.forEach((word, k) => {
    expected += block.text.slice(cursor, word.start) + (wrong.includes(word) ? formOf(word, name.forms[k]!) : word.text);
    cursor = word.end;
  });
  const actual = block.text.slice(first.start, span[last]!.end);
  const finding = report(check, block, first.start, span[last]!.end, expected, `Unexpected “${actual}”, expected the name “${expected}”`);
  // The words fixed inside the name are not reported again on their own.
  if (finding) for (const word of wrong) check.findings.set(block.toSource(word.start), finding);
  return finding !== undefined;
}

/** A lowercase word of a name in the name's own spelling ("mckinsey" → "McKinsey"), its ending kept; else with a capital. */
function formOf(word: Word, form: string): string {
  const ending = word.text.slice(word.key.length);
  return form.toLowerCase() === word.key ? form + ending : capitalize(word.text);
}

/**
 * Whether a wholly lowercase phrase is a slip in a name the article writes capitalized in running text: not a
 * description ("a central bank", "its harbour authority", "the current prime minister"), not a title, not
 * the article's usual spelling.
 */
function isCopyOfLearnedName(check: Check, block: Block, span: readonly Word[], previous: Word | undefined, learnedCount: number): boolean {
  if (titleWords.has(span[span.length - 1]!.key)) return false;
  const after = block.text[span[span.length - 1]!.end];
  // "vice president-elect", "storm-hit": the phrase is part of a compound.
  if (after === '-' || after === '‑') return false;
  if (!standsAsName(block, previous, span[0]!)) return false;
  return copyCount(check, span) <= learnedCount;
}

/**
 * Whether a copy of a name stands where the name would: first, or after "the" or a preposition ("in the harbour
 * authority"), one that starts the sentence too ("The bureau of land records said"); after any other word ("a
 * central bank", "its harbour authority", "the current government of Iraq") it is a description.
 */
function standsAsName(block: Block, previous: Word | undefined, first: Word): boolean {
  if (previous === undefined || !isJoinedBySpace(block.text, previous, first)) return true;
  return nameLeadIns.has(previous.key) && (previous.isLowercase || isStart(positionOf(block.text, previous.start)));
}

/**
 * Whether a copy of a name the article writes capitalized in running text lowercases its first words and keeps
 * the rest capitalized ("the hunter Valley", "a speech by rose Carver", "the red cedar Valley"): the capitals
 * after them show the words are the name. An office before a name ("former president Joe Biden") is a
 * description, and a name written so as often as capitalized is the article's own spelling.
 */
function isLeadLowercasedCopy(check: Check, block: Block, span: readonly Word[], previous: Word | undefined, learnedCount: number): boolean {
  const first = span[0]!;
  const tail = span.findIndex((word) => !word.isLowercase);
  if (tail < 1 || span.slice(tail).some((word) => word.isLowercase && !connectors.has(word.key)) || titleWords.has(span[tail - 1]!.key)) return false;
  const before = block.text[first.start - 1];
  // "storm-hit Valley": the word is part of a compound.
  if (before === '-' || before === '‑') return false;
  // A given name before a surname is the person's wherever it stands ("council member rose Carvajal"); other
  // words only where the name would stand ("the new government of Norland" is a description).
  const isGivenName = tail === 1 && loadGivenNames().has(first.key);
  if (!isGivenName && !standsAsName(block, previous, first)) return false;
  const copies = copyCount(check, span);
  if (copies > learnedCount) return false;
  // The rest is a name of its own when the article capitalizes it elsewhere without the first words ("to storm
  // Area 51", "the current government of Iraq"): the lowercase words are then words of the sentence. A given
  // name before a surname no dictionary knows in lower case is the person's, whoever else bears the surname
  // ("credited ivy Rennie" beside "Alasdair Rennie").
  const rest = span[tail]!;
  if (rest.entry.capitalizedCount <= learnedCount + copies) return true;
  return isGivenName && !check.casing.isLowercaseWord(rest.key);
}

function occurrencesOf(check: Check): Occurrences {
  if (check.occurrences) return check.occurrences;
  const { blocks } = check;
  const blockStarts = new Int32Array(blocks.length + 1);
  for (let b = 0; b < blocks.length; b++) blockStarts[b + 1] = blockStarts[b]! + blocks[b]!.words.length;
  const next = new Int32Array(blockStarts[blocks.length]!);
  // Chained from the end, so each chain runs in reading order.
  for (let b = blocks.length - 1; b >= 0; b--) {
    const { words } = blocks[b]!;
    for (let i = words.length - 1; i >= 0; i--) {
      const { entry } = words[i]!;
      const at = blockStarts[b]! + i;
      next[at] = entry.firstAt;
      entry.firstAt = at;
    }
  }
  return (check.occurrences = { blockStarts, next });
}

/** The block a word's number falls in. */
function blockAt(blockStarts: Int32Array, at: number): number {
  // The last entry is the end of the last block, not a block's start.
  return lastAtMost(blockStarts, at, blockStarts.length - 1);
}

/** How often the article writes the words of a phrase in a row, in any case, with one of them lowercase. */
function copyCount(check: Check, phrase: readonly Word[]): number {
  const key = phrase.map((word) => word.key).join(' ');
  let count = check.copyCounts.get(key);
  if (count !== undefined) return count;
  count = 0;
  const entries = phrase.map((word) => word.entry);
  const { blockStarts, next } = occurrencesOf(check);
  for (let at = entries[0]!.firstAt; at >= 0; at = next[at]!) {
    const b = blockAt(blockStarts, at);
    const { block, words } = check.blocks[b]!;
    const i = at - blockStarts[b]!;
    if (i + entries.length > words.length) continue;
    let k = 1;
    while (k < entries.length && words[i + k]!.entry === entries[k] && isJoinedBySpace(block.text, words[i + k - 1]!, words[i + k]!)) k++;
    if (k === entries.length && words.slice(i, i + k).some((word) => word.isLowercase && !connectors.has(word.key))) count++;
  }
  check.copyCounts.set(key, count);
  return count;
}
