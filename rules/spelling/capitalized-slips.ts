// Capitalized slips of common words and of weekdays and months ("The Minstry said", "on Wendsday"): a capitalized unknown word the article gives no sign of being a name.
import type { Document, Finding } from '../../src/types';
import { loadGazetteer } from '../../src/language';
import data from './spelling.json';
import { CONSISTENT, correctionsOf } from './corrections';
import { isAccepted } from './known-words';
import { isInFullName, offered } from './names';
import { weightedDistance } from './near-words';
import type { Speller } from './spellers';
import type { Occurrence } from './word-classes';

/** The capitalized names of the calendar, which the dictionaries know only capitalized. */
const calendar = data.calendar;
/** Words before a common noun that a name rarely follows: "the", "a", "this", "its". */
const determiners = new Set(data.determiners);
const WORD_BEFORE = /(\p{L}+) $/u;
const CAPITAL_AFTER = /^ \p{Lu}/u;

/** A capitalized word this long at least: shorter names are too often one letter from a common word ("Modi", "Sunak"). */
const MIN_LENGTH = 6;
/** A slip of a lower-case word is one edit from it at most. */
const WORD_COST = 1;
/** Only a word this common (by frequency rank) is taken for what a capitalized unknown word meant. */
const WORD_RANK = 30000;
/** A weekday or month is long and like no other word: a word of eight letters or more may be two edits from one. */
const LONG_CALENDAR_LENGTH = 8;

/** Weekdays and months within reach of the word, best first. */
function calendarSlipsOf(word: string): string[] {
  const limit = word.length >= LONG_CALENDAR_LENGTH ? 2 * WORD_COST : WORD_COST;
  return calendar
    .map((name) => ({ name, cost: name[0] === word[0] ? weightedDistance(word, name, limit) : Infinity }))
    .filter((candidate) => candidate.cost <= limit)
    .sort((a, b) => a.cost - b.cost)
    .map((candidate) => candidate.name);
}

/** Common lower-case words the word (capitalized) is one edit from, capitalized as the word is, best first. */
/**
 * Whether the occurrence stands after a determiner, as a common noun does ("the Minstry"), and not before a
 * capitalized word, as the first word of a longer name does ("the Mullard Space Science Laboratory").
 */
function isCommonNounUse(text: string, occurrence: Occurrence): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, occurrence.from - 20), occurrence.from))?.[1];
  return before !== undefined && determiners.has(before.toLowerCase()) && !CAPITAL_AFTER.test(text.slice(occurrence.to, occurrence.to + 2));
}

function wordSlipsOf(speller: Speller, word: string): string[] {
  const candidates = correctionsOf(speller, word.toLowerCase());
  const best = candidates[0];
  if (!best || best.cost > WORD_COST || best.rank > WORD_RANK) return [];
  return candidates
    .filter((candidate) => candidate.cost <= WORD_COST)
    .slice(0, 3)
    .map((candidate) => candidate.word[0]!.toUpperCase() + candidate.word.slice(1));
}

/**
 * A capitalized unknown word of six letters or more that is a weekday or month with a slip ("on Wendsday" →
 * "Wednesday"), or that stands after a determiner and before no capitalized word with a common lower-case word
 * one edit away ("The Minstry said" → "Ministry"), unless the article shows it is a name: it writes it more
 * than once, it stands after a title or beside a capitalized word that is no lower-case word, or the gazetteer
 * or a word list knows it. `reported` holds the words already reported as names.
 */
export function capitalizedSlips(
  document: Document,
  capitalized: ReadonlyMap<string, readonly Occurrence[]>,
  counts: ReadonlyMap<string, number>,
  personal: ReadonlySet<string>,
  speller: Speller,
  reported: ReadonlySet<string | undefined>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [word, occurrences] of capitalized) {
    const key = word.toLowerCase();
    if (word.length < MIN_LENGTH || reported.has(word) || personal.has(key) || (counts.get(word) ?? 0) >= CONSISTENT) continue;
    if (loadGazetteer().words.has(key) || isAccepted(speller, key, word)) continue;
    const textOf = (occurrence: Occurrence): string => document.proseBlocks[occurrence.block]!.text;
    let suggestions = calendarSlipsOf(word);
    // A capitalized common noun names an institution ("the Ministry"): only after a determiner is a slip of one told from a name.
    if (suggestions.length === 0 && occurrences.every((occurrence) => isCommonNounUse(textOf(occurrence), occurrence))) suggestions = wordSlipsOf(speller, word);
    if (suggestions.length === 0 || occurrences.some((occurrence) => isInFullName(textOf(occurrence), occurrence, speller))) continue;
    findings.push(...offered(document, word, occurrences, suggestions));
  }
  return findings;
}
