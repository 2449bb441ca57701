// capitalization: sentences, headings and list items starting lowercase; lowercased proper nouns and partly lowercased names.
// Cost: linear in the words: two passes (what the article itself capitalizes, then each word judged); a word's
// form is read by its number, its key's entry found once a distinct word an article, the lexicon asked once a thread.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions, WordTable } from '../../src/types';
import data from './capitalization.json';
import { type Casing, isAsciiLetterOrDigit, isAsciiLowercase, loadCasing, loadGazetteer } from '../../src/language';
import { readBooleanOption } from '../shared/options';
import { lastAtMost } from '../shared/sorted';

/** What every occurrence of one spelling shares, worked out once a thread (see WordTable.cache): its key and its case. */
interface Form {
  readonly text: string;
  /** Lower case, without a possessive or contraction ending: the key for look-ups. */
  readonly key: string;
  /** The text without a possessive or contraction ending ("Lorvia’s" → "Lorvia"). */
  readonly bare: string;
  readonly isLowercase: boolean;
  readonly isCapitalized: boolean;
  /** Wholly upper case ("NATO", "I"): says nothing about how a name is cased. */
  readonly isUppercase: boolean;
  /** The entry of its key in the article being checked, and that article's lexicon (set as its words are read). */
  entry: Entry | undefined;
  lexicon: Lexicon | undefined;
  /** Its key's name in the dictionary or the gazetteer (see listedForm); null for none. */
  listed: string | null | undefined;
}

/** What the article says about one key, whatever its case; the caches are worked out on first use (null for none). */
interface Entry {
  /** Lower case, without a possessive or contraction ending: the key for look-ups. */
  readonly key: string;
  /** The form that first had the key in the article. */
  readonly form: Form;
  /** How often paragraphs, list items and quotes write it in lower case. */
  lowercaseCount: number;
  /** Its capitalized forms inside sentences, with how often each is used, and how often all of them are. */
  capitalized: Map<string, number> | undefined;
  capitalizedCount: number;
  properForm: string | null | undefined;
  gazetteerForm: string | null | undefined;
  strongForm: string | null | undefined;
  isNamePrefix: boolean | undefined;
  /** Its first word in the article's numbering of words (see `Occurrences`), once numbered; -1 until then. */
  firstAt: number;
}

/** A word of a block's prose; offsets are in the block's prose text. A word lives for one check, so its form's entry is that article's. */
class Word {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly form: Form,
  ) {}

  get text(): string {
    return this.form.text;
  }

  get key(): string {
    return this.form.key;
  }

  get entry(): Entry {
    return this.form.entry!;
  }

  get isLowercase(): boolean {
    return this.form.isLowercase;
  }

  get isCapitalized(): boolean {
    return this.form.isCapitalized;
  }
}

interface BlockWords {
  readonly block: Block;
  readonly words: readonly Word[];
}

/**
 * Where a word stands: first in its block; first after a sentence ends (sure, or after an abbreviation,
 * ellipsis or quoted question, where it may not be); after a colon; right after an opening quote; inside.
 */
type Position =
  | { readonly kind: 'block-start' }
  | { readonly kind: 'sentence-start'; readonly isSure: boolean }
  | { readonly kind: 'after-colon' | 'quoted' | 'inside' };

const ENDING = /['’]\p{L}+$/u;
const TOUCHING_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', '«', '¿', '¡', '*', '_', '-', '–', '—', '•', '·']);
const SPACED_OPENERS = new Set(['“', '‘', '(', '[', '«', '¿', '¡', '•', '·', '–', '—']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '*', '_']);
const INSIDE: Position = { kind: 'inside' };
/** How many words a label before a colon ("International Mediation efforts: …") may have. */
const LABEL_WORDS = 6;
/** How many words a block needs to read as running text, whose capitalized runs teach names. */
const RUNNING_TEXT_WORDS = 8;
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const nameLeadIns = new Set(data.nameLeadIns);
const titleWords = new Set(data.titleWords);
const nameFollowers = new Set(data.nameFollowers);
const nationalityHeads = new Set(data.nationalityHeads);
const placeLeadIns = new Set(data.placeLeadIns);
const reportingVerbs = new Set(data.reportingVerbs);
const placeHeadsBefore = data.placeHeadsBefore;
const placeHeadsAfter = new Set(data.placeHeadsAfter);
const abbreviations = new Set(data.abbreviations);
const connectors = new Set(data.connectors);
const determiners = new Set(data.determiners);
const lowercaseAllowed = new Set<string>(data.lowercaseAllowed);
const smallWords = new Set(data.titleCaseSmallWords);
const alwaysProper = new Map<string, string>(data.alwaysProper.map((word) => [word.toLowerCase(), word]));

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return isAsciiLetterOrDigit(code);
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
}

function isSpace(character: string): boolean {
  return character === ' ' || character === '\n' || character === '\t' || character === '\r' || character === '\u00a0';
}

function capitalize(text: string): string {
  const first = text.codePointAt(0)!;
  const length = first > 0xffff ? 2 : 1;
  return String.fromCodePoint(first).toUpperCase() + text.slice(length);
}

/** Reads back from a word over opening marks and white space to decide where it stands. */
function positionOf(text: string, start: number): Position {
  // The common case, decided at once: one space after a letter, digit or comma.
  if (start >= 2 && text.charCodeAt(start - 1) === 32) {
    const code = text.charCodeAt(start - 2);
    if (code === 44 || (code < 128 && isLetterOrDigit(code))) return INSIDE;
  }
  let i = start - 1;
  // Only marks touching the word open it: a straight quote after a space may as well close what came before.
  let isQuoted = false;
  while (i >= 0 && TOUCHING_OPENERS.has(text[i]!)) {
    if (/[“"‘']/.test(text[i]!)) isQuoted = true;
    i--;
  }
  while (i >= 0 && (isSpace(text[i]!) || SPACED_OPENERS.has(text[i]!))) i--;
  if (i < 0) return { kind: 'block-start' };
  let j = i;
  while (j >= 0 && CLOSERS.has(text[j]!)) j--;
  const closedQuote = j < i;
  const mark = text[j];
  if (mark === ':') return { kind: 'after-colon' };
  if (mark === '?' || mark === '!') return { kind: 'sentence-start', isSure: !closedQuote };
  if (mark === '…') return { kind: 'sentence-start', isSure: false };
  if (mark === '.') {
    if (text[j - 1] === '.') return { kind: 'sentence-start', isSure: false };
    let from = j;
    while (from > 0 && j - from < 40 && (text[from - 1] === '.' || isLetterOrDigit(text.charCodeAt(from - 1)))) from--;
    const before = text.slice(from, j);
    const isAbbreviation = /^\p{L}$/u.test(before) || before.includes('.') || abbreviations.has(before.toLowerCase());
    return { kind: 'sentence-start', isSure: !isAbbreviation };
  }
  return isQuoted ? { kind: 'quoted' } : INSIDE;
}

function isStart(position: Position): boolean {
  return position.kind !== 'inside';
}

/** Whether the word is glued to a digit, dot, @ or slash: part of "19th", a domain, a file name or a handle. */
function isTechnical(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && (isLetterOrDigit(before.charCodeAt(0)) || '.@/_\\#'.includes(before))) return true;
  return after === '@' || after === '/' || after === '_' || (after === '.' && isLetterOrDigit(text.charCodeAt(end + 1)));
}

/** The entries of one article's words, by key. */
interface Lexicon {
  readonly entries: Map<string, Entry>;
}

/** This rule's key for its answers in a word table: each word's form. */
const FORMS = {};

function entryOf(lexicon: Lexicon, form: Form): Entry {
  const { key } = form;
  let entry = lexicon.entries.get(key);
  if (!entry) {
    entry = { key, form, lowercaseCount: 0, capitalized: undefined, capitalizedCount: 0, properForm: undefined, gazetteerForm: undefined, strongForm: undefined, isNamePrefix: undefined, firstAt: -1 };
    lexicon.entries.set(key, entry);
  }
  return entry;
}

/** The form of a word's text, or null for a word that is a number ("٣", "Ⅻ"). */
function formOf(text: string): Form | null {
  // Most words are plain ASCII lower case: telling so by char codes saves making a lower-cased copy.
  if (isAsciiLowercase(text, true)) {
    const key = text.includes("'") ? text.replace(ENDING, '') : text;
    return { text, key, bare: key, isLowercase: true, isCapitalized: false, isUppercase: false, entry: undefined, lexicon: undefined, listed: undefined };
  }
  if (/^\p{N}/u.test(text)) return null;
  const lower = text.toLowerCase();
  const first = text[0]!;
  const key = lower.includes("'") || lower.includes('’') ? lower.replace(ENDING, '') : lower;
  return {
    text,
    key,
    bare: text.replace(ENDING, ''),
    isLowercase: text === lower && first !== first.toUpperCase(),
    isCapitalized: first !== lower[0],
    isUppercase: text === text.toUpperCase(),
    entry: undefined,
    lexicon: undefined,
    listed: undefined,
  };
}

function wordsOf(block: Block, table: WordTable, forms: (Form | null | undefined)[], lexicon: Lexicon): Word[] {
  const words: Word[] = [];
  const { text } = block;
  const { count, starts, ends, ids } = block.wordSpans;
  for (let s = 0; s < count; s++) {
    const start = starts[s]!;
    const end = ends[s]!;
    // "19th", "4chan": a word that starts with a digit is no word to capitalize.
    if (text.charCodeAt(start) < 65 || isTechnical(text, start, end)) continue;
    const id = ids[s]!;
    let form = forms[id];
    if (form === undefined) form = forms[id] = formOf(table.text(id));
    if (!form) continue;
    if (form.lexicon !== lexicon) {
      form.entry = entryOf(lexicon, form);
      form.lexicon = lexicon;
    }
    words.push(new Word(start, end, form));
  }
  return words;
}

/** What the article itself says: words and names it capitalizes inside sentences, and how often it lowercases them. */
interface Evidence {
  readonly capitalized: Map<string, Map<string, number>>;
  readonly names: Map<string, string[]>;
  /** Whole capitalized runs of running text ("Harbour Authority", "Bank of Lorvia"), with how often each is written so. */
  readonly wholeNames: Map<string, { readonly forms: readonly string[]; count: number }>;
}

function isEvidenceBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'quote';
}

function isJoinedBySpace(text: string, previous: Word, next: Word): boolean {
  for (let i = previous.end; i < next.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return next.start > previous.end;
}

/** Where a short label before a colon ends ("Security Guarantees: …"), or -1: labels are set in Title Case, not prose. */
function labelEnd(block: Block, words: readonly Word[]): number {
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
  return !(nameLeadIns.has(next.key) || smallWords.has(next.key) || nameFollowers.has(next.key) || /(?:ed|s)$/.test(next.key));
}

function gatherEvidence(blocks: readonly BlockWords[], casing: Casing): Evidence {
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
      if (run.length > 1) addNames(evidence, run);
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
      evidence.names.set(forms.join(' ').toLowerCase(), forms);
    }
  }
}

function addWholeName(evidence: Evidence, run: readonly Word[]): void {
  const forms = run.map((word) => word.form.bare);
  const key = forms.join(' ').toLowerCase();
  const known = evidence.wholeNames.get(key);
  if (known) known.count++;
  else evidence.wholeNames.set(key, { forms, count: 1 });
}

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
}

interface NameTable {
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
function nameTable(context: RuleContext | undefined, evidence: Evidence): NameTable {
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
  for (const [key, forms] of evidence.names) if (!own.has(key)) own.set(key, { forms, isStrict: false, isInnerOnly: true });
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
    get: (key) => builtin.get(key) ?? own.get(key),
    hasPrefix: (key) => prefixes.has(key) || ownPrefixes.has(key),
    startsWithPair: (first, second) => pairs.get(first)?.has(second) === true || ownPairs.get(first)?.has(second) === true,
  };
}

interface Check {
  readonly document: Document;
  readonly blocks: readonly BlockWords[];
  readonly casing: Casing;
  readonly evidence: Evidence;
  /** Proper nouns from the config, by lower case. */
  readonly configured: ReadonlyMap<string, string>;
  /** By source start: one finding a word. */
  readonly findings: Map<number, Finding>;
  /** How often the article writes each learned name not wholly capitalized; counted the first time it matters. */
  readonly copyCounts: Map<string, number>;
  occurrences?: Occurrences;
}

function report(check: Check, block: Block, from: number, to: number, expected: string, message: string): Finding | undefined {
  const start = block.toSource(from);
  const end = block.toSource(to, true);
  if (check.findings.has(start)) return undefined;
  const actual = block.text.slice(from, to);
  const isExact = check.document.text.slice(start, end) === actual;
  const finding: Finding = {
    message,
    range: [start, end],
    actual,
    expected,
    ...(isExact && expected !== actual ? { fix: { range: [start, end] as const, text: expected } } : {}),
  };
  check.findings.set(start, finding);
  return finding;
}

/** The proper form of a lowercase word, by the config, then the article, then the dictionary; worked out once a key. */
function properFormOf(check: Check, entry: Entry): string | undefined {
  if (entry.properForm === undefined) entry.properForm = findProperForm(check, entry) ?? null;
  return entry.properForm ?? undefined;
}

/** How often the article must lowercase a dictionary name, and never capitalize it, for that to be its style. */
const CONSISTENT_LOWERCASE = 3;

function findProperForm(check: Check, entry: Entry): string | undefined {
  const { key } = entry;
  const configured = check.configured.get(key);
  if (configured !== undefined) return configured === key ? undefined : configured;
  if (lowercaseAllowed.has(key)) return undefined;
  const always = alwaysProper.get(key);
  if (always) return always;
  const forms = entry.capitalized;
  const capitalizedCount = entry.capitalizedCount;
  // A word the dictionary does not know in lower case, capitalized inside sentences at least as often as not: a name.
  if (forms && !check.casing.isLowercaseWord(key) && capitalizedCount >= entry.lowercaseCount && !check.casing.isLowercaseWordInAnyDialect(key)) {
    return mostUsed(forms)[0];
  }
  if (capitalizedCount === 0) return listedUnlessConsistent(check, entry);
  // The dictionary or the gazetteer knows it only as a name and the article capitalizes it too: its lowercase copies are slips, however many.
  return key.length < 4 ? undefined : listedForm(check, entry);
}

/** The dictionary's or the gazetteer's name for a key, kept on the form that first had the key (it is the same for all). */
function listedForm(check: Check, entry: Entry): string | undefined {
  const { form } = entry;
  form.listed ??= check.casing.properForm(entry.key) ?? gazetteerForm(check, entry.key) ?? null;
  return form.listed ?? undefined;
}

/** The gazetteer's name for a word no dictionary knows in lower case ("kyrgyz", "tigrinya"). */
function gazetteerForm(check: Check, key: string): string | undefined {
  const form = loadGazetteer().words.get(key);
  return form !== undefined && !check.casing.isLowercaseWordInAnyDialect(key) ? form : undefined;
}

/** The dictionary's name for a word, unless the article consistently writes it in lower case. Short dictionary names ("Al", "Del", "UN") are too often particles, fragments or foreign words. */
function listedUnlessConsistent(check: Check, entry: Entry): string | undefined {
  if (entry.key.length < 4) return undefined;
  const listed = listedForm(check, entry);
  return listed !== undefined && entry.lowercaseCount < CONSISTENT_LOWERCASE ? listed : undefined;
}

function checkNames(check: Check, block: Block, words: readonly Word[], names: NameTable): void {
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
    // Partly lowercase, it is judged as any name the article spells; wholly lowercase, as a copy.
    if (!span.every((word) => word.isLowercase)) name = { forms: name.forms, isStrict: false, isInnerOnly: true };
    else if (!isCopyOfLearnedName(check, block, span, previous, name.learnedCount)) return false;
  }
  const wrong = span.filter((word, k) => word.isLowercase && /^\p{Lu}/u.test(name.forms[k]!) && (!name.isInnerOnly || (k > 0 && k < last)));
  if (wrong.length === 0) return false;
  if (name.isInnerOnly && !(span[0]!.isCapitalized && span[last]!.isCapitalized)) return false;
  const hasCapital = span.some((word, k) => word.isCapitalized && (k > 0 || !isStart(positionOf(block.text, word.start))));
  if (!hasCapital && !name.isStrict) return false;
  const first = span[0]!;
  let expected = '';
  let cursor = first.start;
  for (const word of span) {
    expected += block.text.slice(cursor, word.start) + (wrong.includes(word) ? capitalize(word.text) : word.text);
    cursor = word.end;
  }
  const actual = block.text.slice(first.start, span[last]!.end);
  const finding = report(check, block, first.start, span[last]!.end, expected, `Unexpected “${actual}”, expected the name “${expected}”`);
  // The words fixed inside the name are not reported again on their own.
  if (finding) for (const word of wrong) check.findings.set(block.toSource(word.start), finding);
  return finding !== undefined;
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
  if (previous !== undefined && isJoinedBySpace(block.text, previous, span[0]!) && !(previous.isLowercase && nameLeadIns.has(previous.key))) return false;
  return copyCount(check, span) <= learnedCount;
}

/**
 * Where each key occurs, for finding a phrase without reading every word: words are numbered across the article
 * (each block's first number in `blockStarts`), each entry holds its first occurrence and `next` chains the rest.
 */
interface Occurrences {
  readonly blockStarts: Int32Array;
  readonly next: Int32Array;
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

/** Lowercase list items are a style when the list keeps to it; they are a slip among capitalized siblings or as full sentences. */
function listItemExpectsCapital(block: Block, siblings: readonly Block[]): boolean {
  if (/[.!?]["”’)]?$/.test(block.text.trim())) return true;
  let capitals = 0;
  let lowers = 0;
  for (const item of siblings) {
    const letter = /^[^\p{L}\p{N}\uFFFC]*(\p{L})/u.exec(item.text)?.[1];
    if (letter === undefined) continue;
    if (letter !== letter.toLowerCase()) capitals++;
    else lowers++;
  }
  return capitals > lowers;
}

function isLowercaseOnPurpose(check: Check, words: readonly Word[], index: number, position: Position): boolean {
  const word = words[index]!;
  if (check.configured.get(word.key) === word.key) return true;
  // A byline: "by Jane Doe".
  const next = words[index + 1];
  return word.key === 'by' && position.kind === 'block-start' && next !== undefined && next.isCapitalized;
}

function checkStarts(check: Check, block: Block, words: readonly Word[], siblings: readonly Block[]): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const position = positionOf(block.text, word.start);
    if (position.kind === 'block-start') {
      if (block.kind === 'table-row') continue;
      if (block.kind === 'list-item' && !listItemExpectsCapital(block, siblings)) continue;
    } else if (position.kind !== 'sentence-start' || !position.isSure) {
      continue;
    }
    if (isLowercaseOnPurpose(check, words, index, position)) continue;
    const expected = capitalize(word.text);
    const where = block.kind === 'heading' ? 'a heading' : block.kind === 'list-item' && position.kind === 'block-start' ? 'a list item' : 'a sentence';
    report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}” at the start of ${where}, expected “${expected}”`);
  }
}

/** A lowercase part of a hyphenated name ("Hoi-kwan", "al-Assad") or a short prefix ("eco-"): not a word of its own. */
function isNamePart(text: string, word: Word): boolean {
  if (text[word.start - 1] === '-' && /\p{Lu}\p{L}*-$/u.test(text.slice(Math.max(0, word.start - 30), word.start))) return true;
  return text[word.end] === '-' && word.end - word.start <= 3;
}

/** Whether a word is a function word, an auxiliary or a reporting verb: none of them is what a nationality word describes. */
function isFunctionWord(key: string): boolean {
  return nameLeadIns.has(key) || smallWords.has(key) || nameFollowers.has(key) || determiners.has(key) || connectors.has(key);
}

/**
 * The name for a gazetteer word the dictionary also knows in lower case ("danish" pastry, "panama" hat),
 * where the context makes it the name: a demonym or language before the kind of noun nationalities describe
 * ("the danish government"), or before any noun when the article capitalizes the word elsewhere; a place
 * after "in", "from" or "to" with no noun after it ("flew to panama.").
 */
function contextualGazetteerForm(check: Check, block: Block, words: readonly Word[], index: number): string | undefined {
  const word = words[index]!;
  const { entry } = word;
  if (word.text !== entry.key) return undefined;
  const gazetteer = loadGazetteer();
  entry.gazetteerForm ??= lowercaseAllowed.has(entry.key) ? null : (gazetteer.words.get(entry.key) ?? null);
  const form = entry.gazetteerForm;
  if (form === null) return undefined;
  const next = words[index + 1];
  const nextWord = next !== undefined && isJoinedBySpace(block.text, word, next) ? next : undefined;
  if (gazetteer.isAdjective(word.key)) {
    if (!nextWord?.isLowercase || isFunctionWord(nextWord.key) || nextWord.key.endsWith('ly')) return undefined;
    return nationalityHeads.has(nextWord.key) || check.evidence.capitalized.has(word.key) ? form : undefined;
  }
  const previous = words[index - 1];
  if (previous === undefined || !isJoinedBySpace(block.text, previous, word) || !placeLeadIns.has(previous.key)) return undefined;
  return nextWord === undefined || isFunctionWord(nextWord.key) ? form : undefined;
}

/** How often the article must capitalize a word inside sentences to outweigh the dictionary's lowercase sense. */
const STRONG_EVIDENCE = 3;

/**
 * The article's name for a word the dictionary also knows in lower case ("Baker", "baker"): when the article
 * capitalizes it inside sentences three times or more, lowercases it once only, and that once stands where a
 * name stands, not after a determiner or another word that takes a noun ("the baker"), and before a full stop,
 * comma or reporting verb ("…, baker said."). Office words ("President Biden", "the president") are house style.
 */
function strongEvidenceForm(check: Check, block: Block, words: readonly Word[], index: number): string | undefined {
  const word = words[index]!;
  const { entry } = word;
  entry.strongForm ??= strongForm(check, entry) ?? null;
  const form = entry.strongForm;
  if (form === null || !isEvidenceBlock(block)) return undefined;
  const previous = words[index - 1];
  if (previous && isJoinedBySpace(block.text, previous, word) && !previous.isCapitalized && !(nameLeadIns.has(previous.key) && !determiners.has(previous.key) && previous.key !== 'to')) return undefined;
  const next = words[index + 1];
  if (next && isJoinedBySpace(block.text, word, next) && !reportingVerbs.has(next.key)) return undefined;
  return form;
}

/** The form the article capitalizes a word in often enough to outweigh the dictionary, wherever the word stands. */
function strongForm(check: Check, entry: Entry): string | undefined {
  const { key, capitalized } = entry;
  if (!capitalized || key.length < 4 || titleWords.has(key) || isFunctionWord(key) || lowercaseAllowed.has(key) || !check.casing.isLowercaseWord(key)) return undefined;
  const [form, count] = mostUsed(capitalized);
  return count >= STRONG_EVIDENCE && entry.lowercaseCount <= 1 ? form : undefined;
}

/** The form used most often; the first of those when several are. */
function mostUsed(forms: ReadonlyMap<string, number>): [string, number] {
  let best: [string, number] = ['', -1];
  for (const [form, count] of forms) if (count > best[1]) best = [form, count];
  return best;
}

function checkProperNouns(check: Check, block: Block, words: readonly Word[]): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const form = properFormOf(check, word.entry) ?? contextualGazetteerForm(check, block, words, index) ?? strongEvidenceForm(check, block, words, index);
    if (!form || isNamePart(block.text, word)) continue;
    const expected = form + word.text.slice(word.key.length);
    if (reportPlaceName(check, block, words, index, expected)) continue;
    report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}”, expected the proper noun “${expected}”`);
  }
}

/** Whether the words from `from` are lowercase, joined by single spaces and spell `keys`. */
function spells(block: Block, words: readonly Word[], from: number, keys: readonly string[]): boolean {
  if (from < 0 || from + keys.length > words.length) return false;
  for (let k = 0; k < keys.length; k++) {
    const word = words[from + k]!;
    if (!word.isLowercase || word.key !== keys[k] || (k > 0 && !isJoinedBySpace(block.text, words[from + k - 1]!, word))) return false;
  }
  return true;
}

/**
 * Reports a lowercased place with the lowercased generic word of its name ("the colorado river", "university
 * of arizona", "lake geneva"); says whether it did. After a place, only under "the": "a texas river" is a
 * description. Words of a name glued by a space only.
 */
function reportPlaceName(check: Check, block: Block, words: readonly Word[], index: number, placeForm: string): boolean {
  const word = words[index]!;
  let from = index;
  let to = index;
  for (const head of placeHeadsBefore) {
    const keys = head.split(' ');
    if (spells(block, words, index - keys.length, [...keys, word.key])) from = index - keys.length;
  }
  const next = words[index + 1];
  const previous = words[index - 1];
  if (from === index && next && placeHeadsAfter.has(next.key) && spells(block, words, index, [word.key, next.key]) && previous?.key === 'the' && isJoinedBySpace(block.text, previous, word)) to = index + 1;
  if (from === index && to === index) return false;
  let expected = '';
  for (let k = from; k <= to; k++) {
    const part = words[k]!;
    const text = k === index ? placeForm : connectors.has(part.key) ? part.text : capitalize(part.text);
    expected += (k > from ? block.text.slice(words[k - 1]!.end, part.start) : '') + text;
  }
  const actual = block.text.slice(words[from]!.start, words[to]!.end);
  return report(check, block, words[from]!.start, words[to]!.end, expected, `Unexpected “${actual}”, expected the name “${expected}”`) !== undefined;
}

/**
 * Title Case with one word left lowercase ("Impact of US presidential Election"), in headings and in labels
 * before a colon. Names do not count as Title Case: only capitalized ordinary words do, so a sentence-case
 * heading with names in it ("Talks between Russia and Ukraine") is left alone.
 */
function checkTitleCase(check: Check, block: Block, words: readonly Word[]): void {
  let span = words;
  if (block.kind !== 'heading') {
    const label = labelEnd(block, words);
    if (label < 0) return;
    span = words.filter((word) => word.end <= label);
  }
  if (span.length < 2 || span[0]!.key === 'by') return;
  const content = span.filter((word) => !smallWords.has(word.key) || word === span[0]);
  const lowercase = content.filter((word) => word.isLowercase && !isNamePart(block.text, word));
  const titled = content.filter((word) => word.isCapitalized && !word.form.isUppercase && !check.evidence.capitalized.has(word.key) && check.casing.isLowercaseWord(word.key));
  if (lowercase.length !== 1 || titled.length < 2) return;
  const word = lowercase[0]!;
  const expected = capitalize(word.text);
  report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}” in a Title Case ${block.kind === 'heading' ? 'heading' : 'label'}, expected “${expected}”`);
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
  options: {
    sentenceStarts: { type: 'boolean', description: 'Report sentences, headings and list items starting lowercase.', default: true },
    properNouns: { type: 'boolean', description: 'Report lowercased proper nouns and partly lowercased names.', default: true },
    titleCase: { type: 'boolean', description: 'Report a Title Case heading or label with one ordinary word left lowercase.', default: false },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const wantsNames = readBooleanOption(options, 'properNouns', true);
    const wantsStarts = readBooleanOption(options, 'sentenceStarts', true);
    const wantsTitleCase = readBooleanOption(options, 'titleCase', false);
    const lexicon: Lexicon = { entries: new Map() };
    const forms = document.wordTable.cache<Form | null>(FORMS);
    const blocks = document.proseBlocks.map((block) => ({ block, words: wordsOf(block, document.wordTable, forms, lexicon) }));
    const casing = loadCasing();
    const evidence = gatherEvidence(blocks, casing);
    const configured = new Map<string, string>();
    for (const noun of context?.properNouns ?? []) if (!/\s/.test(noun.trim())) configured.set(noun.trim().toLowerCase(), noun.trim());
    const check: Check = { document, blocks, casing, evidence, configured, findings: new Map(), copyCounts: new Map() };
    const names = nameTable(context, evidence);
    const siblings = siblingsOf(document.proseBlocks);
    for (const { block, words } of blocks) {
      if (wantsNames) checkNames(check, block, words, names);
      if (wantsStarts) checkStarts(check, block, words, siblings.get(block) ?? []);
      if (wantsNames) checkProperNouns(check, block, words);
      if (wantsTitleCase) checkTitleCase(check, block, words);
    }
    return [...new Set(check.findings.values())].sort((a, b) => a.range[0] - b.range[0]);
  },
};

export default rule;
