// Real words in the wrong place ("we drove form the coast", "could not bare the heat"): each word of a confusion
// set (real-words.json) is weighed against the words it is mistaken for, by how likely a trigram model of English
// finds the words around it with each. An alternative is reported when it is likelier by more than the set's
// margin, and fixed only when it is likelier by far more.
// Cost: linear in the words: a word's place in the sets is looked up once a thread; only words of a set are
// weighed, each against its few alternatives, by nine look-ups in the model's sorted tables.
import type { Block, Document, WordTable } from '../../src/types';
import { loadLanguageModel, OUTSIDE, type LanguageModel } from '../../src/language';
import data from './real-words.json';

const confusions = new Map<string, readonly string[]>(Object.entries(data.confusions));
const margins = data.margins as { readonly report: number; readonly known: number; readonly fix: number; readonly pairs: Readonly<Record<string, number>> };
/** The hand-written pairs ("form>from"): the likelier mistakes, with a margin of their own. */
const known = new Set(data.known);

/** A slip the model finds: the word, its place in the block's prose and the likelier word. */
export interface RealWordSlip {
  readonly from: number;
  readonly to: number;
  readonly actual: string;
  readonly expected: string;
  /** How much likelier the expected word makes the words around it, in powers of ten. */
  readonly gain: number;
  /** Whether the gain is far enough past the set's margin to fix the slip unattended. */
  readonly isSure: boolean;
}

/** What a word is to this check, worked out once a thread: its lower-case form and alternatives, or null. */
type Confusable = { readonly lower: string; readonly alternatives: readonly string[]; readonly numbers: readonly number[] } | null;
const CONFUSABLE = {};
/** This check's key for each word's number in the model, in a word table. */
const MODEL_NUMBERS = {};

function confusableOf(word: string): Confusable {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const alternatives = confusions.get(lower);
  if (alternatives === undefined) return null;
  // Only a word in lower case, or capitalized as a sentence may start it: "Will" or "WHERE" may be a name or a shout.
  if (word !== lower && word !== lower[0]!.toUpperCase() + lower.slice(1)) return null;
  const model = loadLanguageModel();
  return { lower, alternatives, numbers: alternatives.map((alternative) => model.id(alternative)) };
}

/** The margin, in powers of ten, by which `expected` must make the words around `actual` likelier to be reported. */
export function marginOf(actual: string, expected: string): number {
  const key = `${actual}>${expected}`;
  return margins.pairs[key] ?? (known.has(key) ? margins.known : margins.report);
}

const SENTENCE_END = /[.!?…,;:()"“”—–]/;

/**
 * The block's words as the model's numbers, with the marks of sentence starts and ends between them: the model
 * knows no punctuation, so a comma or a dash is passed over, and a word it does not hold (a name, a number) is
 * OUTSIDE, the same for every alternative weighed.
 */
function modelWords(block: Block, table: WordTable, model: LanguageModel, ids: Int32Array, places: Int32Array): number {
  const { text } = block;
  const numbers = table.cache<number>(MODEL_NUMBERS);
  const { count, starts, ends } = block.wordSpans;
  let n = 0;
  ids[n] = model.start;
  places[n++] = -1;
  let previousEnd = 0;
  for (let s = 0; s < count; s++) {
    const start = starts[s]!;
    const gap = text.slice(previousEnd, start);
    if (s > 0 && (SENTENCE_END.test(gap) || gap.includes('\n\n'))) {
      ids[n] = model.end;
      places[n++] = -1;
      ids[n] = model.start;
      places[n++] = -1;
    }
    const wordId = block.wordSpans.ids[s]!;
    let id = numbers[wordId];
    if (id === undefined) id = numbers[wordId] = numberOfWord(model, table.text(wordId));
    ids[n] = id;
    places[n++] = s;
    previousEnd = ends[s]!;
  }
  ids[n] = model.end;
  places[n++] = -1;
  return n;
}

/**
 * A word's number in the model, in lower case with a straight apostrophe; a possessive the model lacks is read as
 * its noun ("agency's" as "agency"); a word with a digit is OUTSIDE.
 */
function numberOfWord(model: LanguageModel, text: string): number {
  if (/\d/.test(text)) return OUTSIDE;
  const word = text.toLowerCase().replace(/’/g, "'");
  const id = model.id(word);
  return id === OUTSIDE && word.endsWith("'s") ? model.id(word.slice(0, -2)) : id;
}

/** log10 of how likely the model finds the words at `at` and the two after it, given the two before. */
function windowScore(model: LanguageModel, ids: Int32Array, n: number, at: number): number {
  let score = 0;
  for (let k = at; k <= at + 2 && k < n; k++) score += model.conditional(k >= 2 ? ids[k - 2]! : OUTSIDE, ids[k - 1]!, ids[k]!);
  return score;
}

/** A word joined to the one before or after into one unit ("well-known", "and/or", "form.io") is not weighed alone. */
const isJoined = (text: string, from: number, to: number): boolean =>
  /[\p{L}\p{N}\-/_@'’.]/u.test(text[from - 1] ?? '') || /^(?:[-/_@]|[.'’][\p{L}\p{N}])/u.test(text.slice(to, to + 2));

/** One weighing: word `s` of the block against one of its alternatives, and how much likelier that makes its neighbours. */
export type Weighing = (s: number, actual: string, alternative: string, gain: number) => void;

/**
 * Weighs each word of a confusion set in the block against each of its alternatives. A capitalized word inside a
 * sentence is a name or a title ("Will Smith", "The Long Road"), and a word joined to another is part of a unit:
 * neither is weighed.
 */
export function weighBlock(block: Block, table: WordTable, cache: (Confusable | undefined)[], visit: Weighing): void {
  const { count, ids: wordIds } = block.wordSpans;
  let any = false;
  for (let s = 0; s < count; s++) {
    const id = wordIds[s]!;
    let known = cache[id];
    if (known === undefined) known = cache[id] = confusableOf(table.text(id));
    any ||= known !== null;
  }
  if (!any) return;
  const model = loadLanguageModel();
  const ids = new Int32Array(2 * count + 2);
  const places = new Int32Array(2 * count + 2);
  const n = modelWords(block, table, model, ids, places);
  const { text } = block;
  for (let k = 1; k < n - 1; k++) {
    const s = places[k]!;
    const known = s < 0 ? null : cache[wordIds[s]!];
    if (!known) continue;
    const from = block.wordSpans.starts[s]!;
    const to = block.wordSpans.ends[s]!;
    if ((text.charCodeAt(from) < 97 && ids[k - 1] !== model.start) || isJoined(text, from, to)) continue;
    const own = ids[k]!;
    const base = windowScore(model, ids, n, k);
    for (let a = 0; a < known.alternatives.length; a++) {
      ids[k] = known.numbers[a]!;
      visit(s, known.lower, known.alternatives[a]!, windowScore(model, ids, n, k) - base);
    }
    ids[k] = own;
  }
}

/** log10 of how often a word must be rarer than for its use elsewhere in an article to count as meant: 1 in 3,000 words. */
const RARE = -3.5;
const isRare = (word: string): boolean => {
  const model = loadLanguageModel();
  return model.conditional(OUTSIDE, OUTSIDE, model.id(word)) < RARE;
};

/** A word of a set weighed in a document, with its likeliest alternative. */
export interface Weighed {
  readonly block: Block;
  /** The word's number among the block's words. */
  readonly s: number;
  readonly lower: string;
  expected: string;
  /** How much likelier the alternative makes the words around, in powers of ten. */
  gain: number;
}

/**
 * Weighs every word of the sets in the document, keeping for each its likeliest alternative. A word the article
 * also uses where it fits (no alternative likelier there) is taken as meant wherever it stands: a writer who
 * writes "theme" or "cloths" in several places means it. That holds for the rarer words only: "to" or "then"
 * fitting in one sentence says nothing of the next. The other way round, an alternative the article uses
 * elsewhere gains TOPIC.
 */
export function weighDocument(document: Document, cache: (Confusable | undefined)[]): Weighed[] {
  const weighed: Weighed[] = [];
  const fits = new Set<string>();
  let current: Weighed | undefined;
  const settle = (): void => {
    if (current === undefined) return;
    if (current.gain <= 0 && isRare(current.lower)) fits.add(current.lower);
    else weighed.push(current);
    current = undefined;
  };
  for (const block of document.proseBlocks) {
    weighBlock(block, document.wordTable, cache, (s, lower, alternative, gain) => {
      if (current?.block === block && current.s === s) {
        if (gain > current.gain) Object.assign(current, { expected: alternative, gain });
        return;
      }
      settle();
      current = { block, s, lower, expected: alternative, gain };
    });
    settle();
  }
  const kept = weighed.filter((each) => !fits.has(each.lower));
  const topical = kept.filter((each) => isRare(each.expected));
  if (topical.length > 0) {
    const model = loadLanguageModel();
    const present = numbersIn(document, model, new Set(topical.map((each) => model.id(each.expected))));
    for (const each of topical) if (present.has(model.id(each.expected))) each.gain += TOPIC;
  }
  return kept;
}

/**
 * What an alternative gains, in powers of ten, when the article uses it elsewhere and it is one of the rarer
 * words: a "trail" in an article about a "trial" is likelier a slip. Chosen on the tuning half.
 */
const TOPIC = 1;

/** Which of the `wanted` model numbers the document's prose holds. */
function numbersIn(document: Document, model: LanguageModel, wanted: ReadonlySet<number>): Set<number> {
  const found = new Set<number>();
  const table = document.wordTable;
  const numbers = table.cache<number>(MODEL_NUMBERS);
  for (const block of document.proseBlocks) {
    const { count, ids } = block.wordSpans;
    for (let s = 0; s < count; s++) {
      const wordId = ids[s]!;
      let id = numbers[wordId];
      if (id === undefined) id = numbers[wordId] = numberOfWord(model, table.text(wordId));
      if (wanted.has(id)) found.add(id);
    }
  }
  return found;
}

/** The slips into real words the model finds in the document, by block. */
export function realWordSlips(document: Document, cache: (Confusable | undefined)[]): Map<Block, RealWordSlip[]> {
  const slips = new Map<Block, RealWordSlip[]>();
  for (const { block, s, lower, expected, gain } of weighDocument(document, cache)) {
    const margin = marginOf(lower, expected);
    if (gain <= margin) continue;
    const from = block.wordSpans.starts[s]!;
    const to = block.wordSpans.ends[s]!;
    if (!slips.has(block)) slips.set(block, []);
    slips.get(block)!.push({ from, to, actual: block.text.slice(from, to), expected, gain, isSure: gain > margin + margins.fix });
  }
  return slips;
}

export { CONFUSABLE, type Confusable };
