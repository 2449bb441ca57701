// repeated-word: whether a double of a function word is grammatical where it stands ("she had had enough", "the
// can can stay"), read from the classes of the words before and after it.
// Cost: a few set look-ups on the words of the double's clause.
import { loadWordClasses, type WordClass } from '../../src/language';
import data from './repeated-word.json';

/** A double and the words of its clause around it, in lower case, with typographic apostrophes made straight. */
export interface Neighbours {
  readonly word: string;
  /** The words before the first copy, nearest first, up to a punctuation mark or the sentence's start. */
  readonly before: readonly string[];
  /** The words after the last copy, nearest first, up to a punctuation mark; empty when one follows at once. */
  readonly after: readonly string[];
  /** Whether the sentence ends right after the last copy (a full stop, question or exclamation mark, or nothing). */
  readonly endsSentence: boolean;
}

const classes = loadWordClasses();
const is = (word: string | undefined, wordClass: WordClass): boolean => word !== undefined && classes.is(word, wordClass);
/** A word of open meaning (a noun, verb or adjective as far as the classes tell): no function word. */
const isOpen = (word: string | undefined): boolean => word !== undefined && /\p{L}/u.test(word) && !classes.isFunctionWord(word);
/** A determiner, a possessive, or a noun's possessive ("the old man's"). */
const isDeterminer = (word: string | undefined): boolean => is(word, 'determiner') || is(word, 'possessive') || (/.'s$/.test(word ?? '') && isOpen(headOf(word)));

const listsByWord = (lists: Record<string, unknown>): Map<string, Set<string>> =>
  new Map(Object.entries(lists).filter(([key]) => !key.startsWith('_')).map(([key, words]) => [key, new Set(words as string[])]));
const particleVerbs = listsByWord(data.particleVerbs);
const prepositionalVerbs = listsByWord(data.prepositionalVerbs);
const catenatives = new Set(data.catenatives.verbs);
const copulas = new Set(data.copulas.words);
const modalNouns = new Set(data.modalNouns.words);
const hadHadNotAfter = new Set(data.hadHad.notAfter);
const hadHadNotBefore = new Set(data.hadHad.notBefore);
const thatThatNotBefore = new Set(data.thatThat.notBefore);

/** The forms a verb may have been inflected from: "checked" → check, "logging" → log, "sets" → set. */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    forms.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
    if (stem.endsWith('i')) forms.push(`${stem.slice(0, -1)}y`);
  }
  return forms;
}

const isVerbIn = (word: string | undefined, verbs: ReadonlySet<string> | undefined): boolean => word !== undefined && verbs !== undefined && baseForms(word).some((form) => verbs.has(form));

/** "we've" → "we", "she's" → "she": the word a contraction is written on, or the word itself. */
const headOf = (word: string | undefined): string | undefined => word?.replace(/'(?:ve|d|s|re|ll|m)$/, '');
/** A contraction that ends in an auxiliary of its own: "we've", "I'd", "she's", "they'll". */
const endsInAuxiliary = (word: string): boolean => /.'(?:ve|d|s|ll)$/.test(word);

/** The index of the first word of `words` from `from` that is not an adverb ("already", "never", "quickly"). */
function skipAdverbs(words: readonly string[], from: number): number {
  let at = from;
  while (at < words.length && (is(words[at], 'adverb') || /..ly$/.test(words[at]!))) at++;
  return at;
}

/** "had had" as the past perfect of have: the tense made once, by the first copy, with a subject before it. */
function isPastPerfectOfHave({ before, after }: Neighbours): boolean {
  const previous = before[skipAdverbs(before, 0)];
  if (previous === undefined || is(previous, 'have') || is(previous, 'modal') || hadHadNotAfter.has(previous) || endsInAuxiliary(previous)) return false;
  return after[0] === undefined || !hadHadNotBefore.has(after[0]);
}

/** "would had had", "to had had": the first copy stands where "have" belongs, so the slip is a word, not a copy. */
export function isHaveSlip({ word, before }: Neighbours): boolean {
  const previous = before[skipAdverbs(before, 0)];
  return word === 'had' && (is(previous, 'modal') || hadHadNotAfter.has(previous ?? ''));
}

/** "that that": a conjunction or relative word before a demonstrative, unless nothing a demonstrative can be follows. */
function isConjunctionThenDemonstrative({ after, endsSentence }: Neighbours): boolean {
  return !endsSentence && (after[0] === undefined || !thatThatNotBefore.has(after[0]));
}

/** "What it is is", "the way it was was", "whatever the reason is is": the first copy closes a clause that is the subject of the second. */
function closesSubjectClause({ before }: Neighbours): boolean {
  const [nearest, second, third] = before;
  if (is(nearest, 'subjectPronoun')) return is(second, 'wh') || second === 'all' || (isOpen(second) && isDeterminer(third));
  return isOpen(nearest) && isDeterminer(second) && is(third, 'wh');
}

/** "handed her her coat": an object after a verb, then a possessive before a noun or adjective. */
function isObjectThenPossessive({ before, after }: Neighbours): boolean {
  return isOpen(before[0]) && isOpen(after[0]);
}

/**
 * "if we have to to finish", "the forms you have to to sign": the first "to" closes a verb whose own verb is
 * left out, in a subordinate clause or one with a gap, and the second opens a new phrase.
 */
function closesCatenative({ before, after }: Neighbours): boolean {
  if (after[0] === undefined || !isVerbIn(before[0], catenatives)) return false;
  let at = 1;
  while (at < before.length && (is(before[at], 'adverb') || is(before[at], 'do') || is(before[at], 'modal') || is(before[at], 'be') || is(before[at], 'have'))) at++;
  if (!is(headOf(before[at]), 'subjectPronoun')) return false;
  return opensClauseWithGapOrSubordinate(before, at + 1);
}

/** Whether the words from `at` open a subordinate clause ("if", "than") or one with a gap ("the forms", "what", "all"). */
function opensClauseWithGapOrSubordinate(before: readonly string[], at: number): boolean {
  const word = before[at];
  return is(word, 'conjunction') || is(word, 'wh') || word === 'all' || (isOpen(word) && isDeterminer(before[at + 1]));
}

/** "the can can stay", "her will will be read", "a tin can can hold": a noun after a determiner, then the modal before a verb. */
function isNounThenModal({ before, after }: Neighbours): boolean {
  if (after[0] === undefined || is(after[0], 'determiner') || is(after[0], 'preposition') || is(after[0], 'possessive')) return false;
  return isDeterminer(before[0]) || (isOpen(before[0]) && isDeterminer(before[1]));
}

/**
 * A particle, then the same word as a preposition: "checked in in March", "checked them in in the lobby",
 * "checked the guests in in the lobby"; or a preposition whose object stands before its verb, then the same
 * preposition: "the city she lived in in 2010", "the bill was voted on on Tuesday".
 */
function isParticleOrStrandedPreposition(neighbours: Neighbours): boolean {
  const { word, before, after } = neighbours;
  if (after[0] === undefined) return false;
  const phrasal = particleVerbs.get(word);
  if (isVerbIn(before[0], phrasal)) return true;
  if (phrasal && is(before[0], 'objectPronoun') && isOpen(before[1])) return true;
  if (isOpen(before[0]) && isDeterminer(before[1]) && isVerbIn(before[2], phrasal)) return true;
  if (isOpen(before[0]) && isOpen(before[1]) && isDeterminer(before[2]) && isVerbIn(before[3], phrasal)) return true;
  if (is(before[1], 'be') && isVerbIn(before[0], prepositionalVerbs.get(word))) return true;
  return isStrandedInRelativeClause(before);
}

/** "the city she lived in", "the journal it was published in": a verb after a pronoun subject that follows a noun, so the preposition's object is that noun. */
function isStrandedInRelativeClause(before: readonly string[]): boolean {
  if (!isOpen(before[0])) return false;
  const subject = is(before[1], 'be') ? 2 : 1;
  if (!is(headOf(before[subject]), 'subjectPronoun')) return false;
  const head = before[subject + 1];
  return head === 'that' || head === 'which' || head === 'whom' || (isOpen(head) && isDeterminer(before[subject + 2]));
}

/** Whether each copy of the double has a part of its own in the sentence, as far as the words around it show. */
export function isGrammaticalDouble(neighbours: Neighbours): boolean {
  const { word } = neighbours;
  if (word === 'had') return isPastPerfectOfHave(neighbours);
  if (word === 'that') return isConjunctionThenDemonstrative(neighbours);
  if (copulas.has(word)) return closesSubjectClause(neighbours);
  if (word === 'her' && isObjectThenPossessive(neighbours)) return true;
  if (word === 'to' && closesCatenative(neighbours)) return true;
  if (modalNouns.has(word) && isNounThenModal(neighbours)) return true;
  return is(word, 'preposition') && isParticleOrStrandedPreposition(neighbours);
}
