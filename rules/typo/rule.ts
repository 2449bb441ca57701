// typo: known misspellings ("wiht", "recieve") and slips that are real words in the wrong place ("Hear’s a", "should of").
// Cost: linear in the words: each word's look-up read by its number in the word table (the misspelling table
// is asked once a distinct word a thread), and each context pattern run once over each block that holds its first word.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions, WordTable } from '../../src/types';
import data from './typo.json';
import { AMERICAN, BRITISH, dialectOf, hasAsciiDigit, isAsciiLowercase, loadMisspellings, loadWordSet, otherDialectForm } from '../../src/language';
import { distinctBlocks } from '../shared/distinct-blocks';
import { readStringListOption } from '../shared/options';
import { rivalsOf } from './near-words';
import { CONFUSABLE, realWordSlips, type Confusable, type RealWordSlip } from './real-words';

const phrases = new Map<string, RegExp>(Object.entries(data.phrases).map(([word, next]) => [word, new RegExp(`^\\s+${next}`, 'iu')]));
// The patterns are ASCII but for ’, so they need no Unicode mode, which is far slower to run.
const contexts = data.contexts.map((context) => ({ ...context, regex: new RegExp(context.pattern, 'gi') }));
/** For each word a context's matches begin with, the contexts it may begin, as bits of a number. */
const contextStarts = new Map<string, number>();
if (contexts.length > 31) throw new Error('typo.json has more contexts than the 31 a block can hold as bits');
contexts.forEach((context, index) => {
  for (const word of context.starts) contextStarts.set(word, (contextStarts.get(word) ?? 0) | (1 << index));
});
/** The longest of those words: a longer word begins no context. */
const longestStart = Math.max(...[...contextStarts.keys()].map((word) => word.length));

/** Gives the correction the case of the word it replaces: "Teh" → "The", "TEH" → "THE"; keeps a curly apostrophe. */
export function matchCase(original: string, correction: string): string {
  let result = original.includes('’') ? correction.replace(/'/g, '’') : correction.replace(/’/g, "'");
  if (original.length > 1 && original === original.toUpperCase()) return result.toUpperCase();
  if (original[0] !== original[0]!.toLowerCase()) result = result[0]!.toUpperCase() + result.slice(1);
  return result;
}

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s“"‘'(\[*_]/.test(text[i]!)) i--;
  return i < 0 || /[.!?…:]/.test(text[i]!);
}

interface Found {
  readonly from: number;
  readonly to: number;
  readonly actual: string;
  readonly corrections: readonly string[];
  readonly message: string;
  /** One correction, but not one to apply: it is the other dialect's spelling. */
  readonly isUnsure?: boolean;
}

function correctionsOf(word: string): readonly string[] | undefined {
  if (word.charCodeAt(0) < 65) return undefined;
  const key = isAsciiLowercase(word) ? word : word.toLowerCase().replace(/’/g, "'");
  const misspellings = loadMisspellings();
  const listed = misspellings.corrections(key);
  // One listed correction is applied only when no dictionary word is as near: otherwise every one is offered.
  if (listed?.length !== 1 || misspellings.isOwn(key) || !isAsciiLowercase(key)) return listed;
  let rivals = rivalCache.get(key);
  if (rivals === undefined) {
    rivals = rivalsOf(key, listed[0]!);
    rivalCache.set(key, rivals);
  }
  return rivals.length > 0 ? [listed[0]!, ...rivals.slice(0, 2)] : listed;
}

const rivalCache = new Map<string, readonly string[]>();

/** This rule's key for each word's capitalized form in a word table: the word without a possessive ending, or null. */
const CAPITALIZED = {};
const POSSESSIVE = /['’]s$/u;

/**
 * How often each capitalized word ("Neame") stands as a whole word in the document, a possessive ending dropped:
 * a capitalized "misspelling" used twice is a name. Counted in one pass over the words, on first use. A block
 * repeated word for word (a pasted copy) counts once: a copy is no second use, and removing it changes nothing.
 */
function capitalizedCounts(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  const forms = document.wordTable.cache<string | null>(CAPITALIZED);
  for (const block of distinctBlocks(document.proseBlocks, (each) => each.text)) {
    const { count, ids } = block.wordSpans;
    for (let s = 0; s < count; s++) {
      const id = ids[s]!;
      let form = forms[id];
      if (form === undefined) {
        const text = document.wordTable.text(id);
        form = forms[id] = /^\p{Lu}/u.test(text) ? text.replace(POSSESSIVE, '') : null;
      }
      if (form !== null) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  return counts;
}

type Hit = { readonly word: string; readonly corrections: readonly string[] } | null;

/** What a word is to this rule, worked out once a thread (see WordTable.cache). */
interface TypoWord {
  /** The word looked up (a possessive without its ending: "goverment’s") and its corrections; null when the list lacks it. */
  readonly hit: Hit;
  /** The contexts the word may begin, as bits. */
  readonly starts: number;
}

const PLAIN: TypoWord = { hit: null, starts: 0 };
/** This rule's key for its answers in a word table. */
const TYPO_WORDS = {};

function typoWordOf(raw: string): TypoWord {
  const word = raw.length > 4 && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’') && raw.endsWith('s') ? raw.slice(0, -2) : raw;
  const corrections = hasAsciiDigit(word) ? undefined : correctionsOf(word);
  const hit = corrections ? { word, corrections } : null;
  const starts = raw.length > longestStart ? 0 : (contextStarts.get(isAsciiLowercase(raw, true) ? raw : raw.toLowerCase().replace(/’/g, "'")) ?? 0);
  return hit === null && starts === 0 ? PLAIN : { hit, starts };
}

function findInBlock(block: Block, table: WordTable, allowed: ReadonlySet<string>, nameCount: (word: string) => number, words: (TypoWord | undefined)[], found: Found[]): void {
  const { text } = block;
  const { count, starts, ends, ids } = block.wordSpans;
  // The contexts whose first word the block has: only their patterns are run on it.
  let wanted = 0;
  for (let s = 0; s < count; s++) {
    // One look-up a word: nearly every word is no misspelling, and is dropped here.
    const id = ids[s]!;
    let known = words[id];
    if (known === undefined) known = words[id] = typoWordOf(table.text(id));
    wanted |= known.starts;
    const { hit } = known;
    if (!hit) continue;
    const { word, corrections } = hit;
    const from = starts[s]!;
    // Parts of hyphenated words are not looked up; words the user allows are not reported.
    if (text.charCodeAt(from - 1) === 45 || text.charCodeAt(ends[s]!) === 45 || allowed.has(word.toLowerCase())) continue;
    // A capitalized word inside a sentence may be a name ("Teh" the surname); at a sentence start it is not,
    // unless the article writes it capitalized more than once.
    if (word[0] !== word[0]!.toLowerCase()) {
      if (word === word.toUpperCase() || !isSentenceStart(text, from) || nameCount(word) > 1) continue;
    }
    if (phrases.get(word.toLowerCase())?.test(text.slice(from + word.length, from + word.length + 12))) continue;
    found.push({
      from,
      to: from + word.length,
      actual: word,
      corrections: corrections.map((correction) => matchCase(word, correction)),
      message: corrections.length === 1 ? `Unexpected “${word}”, expected “${matchCase(word, corrections[0]!)}”` : `Possible misspelling “${word}”: ${corrections.map((c) => `“${matchCase(word, c)}”`).join(' or ')}`,
    });
  }
  for (let index = 0; wanted >>> index !== 0; index++) {
    if ((wanted & (1 << index)) === 0) continue;
    const context = contexts[index]!;
    // exec on the pattern itself: matchAll would copy the pattern for every block.
    const { regex } = context;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      // `$1`… name the pattern's groups; lookarounds give context without being replaced.
      const groups = match;
      const replaced = context.replace.replace(/\$(\d)/g, (_, group: string) => groups[Number(group)] ?? '');
      found.push({ from: match.index, to: match.index + match[0].length, actual: match[0], corrections: [matchCase(match[0], replaced)], message: context.message });
    }
  }
}

/** Slips into real words the model finds in a block, where no other finding of the rule stands. */
function realWordsIn(slips: readonly RealWordSlip[], allowed: ReadonlySet<string>, found: readonly Found[]): Found[] {
  return slips
    .filter((slip) => !allowed.has(slip.actual.toLowerCase()) && !found.some((other) => other.from < slip.to && slip.from < other.to))
    .map((slip) => {
      const expected = matchCase(slip.actual, slip.expected);
      return { from: slip.from, to: slip.to, actual: slip.actual, corrections: [expected], isUnsure: !slip.isSure, message: `“${slip.actual}” reads like a slip for “${expected}” here` };
    });
}

/** The article's dialect: the config's language, or the article's own spellings. */
function articleDialect(document: Document, language: string | undefined): 'en-US' | 'en-GB' | undefined {
  if (language === 'en-US') return 'en-US';
  if (language === 'en-GB' || language === 'en-AU') return 'en-GB';
  if (language === 'en-CA') return undefined;
  const keys = new Set<string>();
  const seen = new Set<number>();
  for (const block of document.proseBlocks) {
    const { count, ids } = block.wordSpans;
    for (let s = 0; s < count; s++) {
      const id = ids[s]!;
      if (seen.has(id)) continue;
      seen.add(id);
      const text = document.wordTable.text(id);
      if (AMERICAN.test(text) || BRITISH.test(text)) keys.add(text.toLowerCase());
    }
  }
  return dialectOf(keys, isAmericanWord, isBritishWord);
}

const isAmericanWord = (word: string): boolean => loadWordSet('dictionary-en')?.has(word) === true;
const isBritishWord = (word: string): boolean => loadWordSet('dictionary-en-gb')?.has(word) === true;

function inDialect(found: Found, dialect: 'en-US' | 'en-GB'): Found {
  const correction = found.corrections[0]!;
  const [isOwn, isOther] = dialect === 'en-GB' ? [isBritishWord, isAmericanWord] : [isAmericanWord, isBritishWord];
  if (isOwn(correction) || !isOther(correction)) return found;
  const form = otherDialectForm(correction, dialect === 'en-GB', isOwn);
  if (form) return { ...found, corrections: [form], message: `Unexpected “${found.actual}”, expected “${matchCase(found.actual, form)}”` };
  return { ...found, isUnsure: true, message: `Possible misspelling “${found.actual}”: “${correction}” is not ${dialect === 'en-GB' ? 'British' : 'American'} spelling` };
}

const rule: Rule = {
  id: 'typo',
  description: 'Known misspellings and slips with one right answer ("wiht", "recieve", "Hear’s a", "should of"), fixed when the answer is sure',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    allow: { type: 'string[]', description: 'Words not to report even though the misspelling list has them.', default: [] },
    realWords: { type: 'boolean', description: 'Weigh words of the confusion sets against the words they are mistaken for ("form" for "from").', default: true },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const allowed = new Set([...readStringListOption(options, 'allow'), ...(context?.dictionary ?? [])].map((word) => word.toLowerCase()));
    const findings: Finding[] = [];
    let counts: Map<string, number> | undefined;
    // Only words of one capital and lowercase letters count as names.
    const nameCount = (word: string): number => (/^\p{Lu}\p{Ll}+$/u.test(word) ? ((counts ??= capitalizedCounts(document)).get(word) ?? 0) : 0);
    let dialect: 'en-US' | 'en-GB' | undefined | null = null;
    const words = document.wordTable.cache<TypoWord>(TYPO_WORDS);
    const slips = options.realWords === false ? undefined : realWordSlips(document, document.wordTable.cache<Confusable>(CONFUSABLE));
    for (const block of document.proseBlocks) {
      const found: Found[] = [];
      findInBlock(block, document.wordTable, allowed, nameCount, words, found);
      found.push(...realWordsIn(slips?.get(block) ?? [], allowed, found));
      for (let each of found) {
        // A correction in the other dialect's spelling is given in the article's own, or only offered.
        if (each.corrections.length === 1 && /^\p{Ll}+$/u.test(each.corrections[0]!)) {
          dialect = dialect === null ? articleDialect(document, context?.language) : dialect;
          if (dialect) each = inDialect(each, dialect);
        }
        const start = block.toSource(each.from);
        const end = block.toSource(each.to, true);
        const isExact = document.text.slice(start, end) === each.actual;
        const fix = isExact && each.corrections.length === 1 && !each.isUnsure ? { range: [start, end] as const, text: each.corrections[0]! } : undefined;
        findings.push({
          message: each.message,
          range: [start, end],
          actual: each.actual,
          ...(each.corrections.length === 1 && !each.isUnsure ? { expected: each.corrections[0]! } : {}),
          ...(fix ? { fix } : {}),
          ...(!fix && isExact ? { suggestions: each.corrections.map((text) => ({ message: `Replace with “${text}”`, fix: { range: [start, end] as const, text } })) } : {}),
        });
      }
    }
    return findings;
  },
};

export default rule;

