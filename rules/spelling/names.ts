// Names: capitalized words spelled two ways or one slip from a known name, and the company that spares a word (a phrase, a species, a full name).
import type { Document, Finding } from '../../src/types';
import data from './spelling.json';
import { CONSISTENT, wordFrequencies } from './corrections';
import { scoreOf, weightedDistance } from './near-words';
import { isAccepted } from './known-words';
import type { Speller } from './spellers';
import type { Occurrence } from './word-classes';

const titles = new Set(data.titles);
const phraseWords = new Map<string, string[]>();
for (const phrase of data.phrases) for (const word of phrase.split(' ')) phraseWords.set(word, [...(phraseWords.get(word) ?? []), phrase]);

/** A word of a Latin or French phrase the article uses whole: "de facto", "carte blanche". */
export function isInPhrase(text: string, occurrence: Occurrence): boolean {
  for (const phrase of phraseWords.get(occurrence.word.toLowerCase()) ?? []) {
    const index = phrase.split(' ').indexOf(occurrence.word.toLowerCase());
    const before = phrase.split(' ').slice(0, index).join(' ');
    const start = occurrence.from - (before.length > 0 ? before.length + 1 : 0);
    if (start >= 0 && text.slice(start, start + phrase.length).toLowerCase().replace(/[’]/g, "'") === phrase) return true;
  }
  return false;
}

/** The second word of a species name after an unknown capitalized genus: "Carcharodon carcharias". */
export function isSpeciesName(text: string, occurrence: Occurrence, speller: Speller): boolean {
  const genus = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, occurrence.from - 40), occurrence.from))?.[1];
  return genus !== undefined && !isAccepted(speller, genus.toLowerCase(), genus);
}

/** Damerau–Levenshtein distance, stopping early once it passes 1. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How often a rival spelling must be written, at least, to count as the article's spelling. */
const RIVAL_USES = 3;

/** The word with each letter after the first left out in turn: two words one edit apart share one of these, or one is the other's. */
function deletionsOf(word: string): string[] {
  const deletions: string[] = [];
  for (let i = 1; i < word.length; i++) deletions.push(word.slice(0, i) + word.slice(i + 1));
  return deletions;
}

/**
 * The capitalized words the article writes three times or more, found by their shared deletions: the words
 * within one edit of a word, with the same first letter, are among those that share a deletion with it (or
 * are it, or one of its deletions), so each word is compared with a handful of candidates, not with every
 * capitalized word of its initial.
 */
function rivalIndex(counts: ReadonlyMap<string, number>): { readonly near: (word: string) => string[] } {
  const index = new Map<string, string[]>();
  const order = new Map<string, number>();
  const add = (key: string, word: string): void => {
    const list = index.get(key);
    if (list) list.push(word);
    else index.set(key, [word]);
  };
  for (const [word, count] of counts) {
    order.set(word, order.size);
    if (count < RIVAL_USES) continue;
    add(word, word);
    for (const deletion of new Set(deletionsOf(word))) add(deletion, word);
  }
  return {
    near: (word) => {
      const found = new Set<string>();
      for (const key of new Set([word, ...deletionsOf(word)])) for (const other of index.get(key) ?? []) if (other[0] === word[0]) found.add(other);
      // In the order the article first writes them, as a scan of its words would meet them.
      return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
}

/** A capitalized unknown word one edit away from another the article writes more often: "Zelensky" beside "Zelenskyy" ×5. */
export function inconsistentNames(
  document: Document,
  capitalized: ReadonlyMap<string, readonly Occurrence[]>,
  counts: ReadonlyMap<string, number>,
  personal: ReadonlySet<string>,
  speller: Speller,
): Finding[] {
  const rivals = rivalIndex(counts);
  const count = (word: string): number => counts.get(word) ?? 0;
  const findings: Finding[] = [];
  for (const [word, occurrences] of capitalized) {
    if (word.length < 6 || personal.has(word.toLowerCase())) continue;
    const rival = rivals.near(word).find(
      (other) =>
        count(other) > occurrences.length &&
        count(other) >= RIVAL_USES &&
        // A plural or a people's name is not a second spelling: "Russians" beside "Russian", "Kashmiri" beside "Kashmir".
        !/^(?:s|i|n|an|es)$/.test(other.startsWith(word) ? other.slice(word.length) : word.startsWith(other) ? word.slice(other.length) : '-') &&
        isOneEditApart(word, other),
    );
    if (!rival || isAccepted(speller, word.toLowerCase(), word)) continue;
    for (const occurrence of occurrences) {
      const block = document.proseBlocks[occurrence.block]!;
      const range = [block.toSource(occurrence.from), block.toSource(occurrence.to, true)] as const;
      findings.push({
        message: `Inconsistent spelling “${word}”: the article writes “${rival}” ${count(rival)} times`,
        range,
        actual: word,
        expected: rival,
        suggestions: [{ message: `Replace with “${rival}”`, fix: { range, text: rival } }],
      });
    }
  }
  return findings;
}

/**
 * A capitalized unknown word one edit from a known name or month ("Londno", "Janaury") is a slip of it, unless
 * the article shows it is a name of its own: it is used twice or more and the known name never, or it stands
 * after a title ("Mr") or beside another capitalized word that is no lower-case word (a first name or a surname).
 */
export function misspelledNames(
  document: Document,
  capitalized: ReadonlyMap<string, readonly Occurrence[]>,
  counts: ReadonlyMap<string, number>,
  personal: ReadonlySet<string>,
  speller: Speller,
  reported: ReadonlySet<string | undefined>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [word, occurrences] of capitalized) {
    if (word.length < 5 || reported.has(word) || personal.has(word.toLowerCase()) || isAccepted(speller, word.toLowerCase(), word)) continue;
    const names = nameCandidatesOf(speller, word);
    const name = names[0];
    if (!name) continue;
    if ((counts.get(word) ?? 0) >= CONSISTENT && !names.some((candidate) => counts.has(candidate))) continue;
    if (occurrences.some((occurrence) => isInFullName(document.proseBlocks[occurrence.block]!.text, occurrence, speller))) continue;
    findings.push(...offered(document, word, occurrences, names));
  }
  return findings;
}

/** A finding on each occurrence of an unknown word, offering its near words (never fixed: each is a guess). */
export function offered(document: Document, word: string, occurrences: readonly Occurrence[], suggestions: readonly string[]): Finding[] {
  return occurrences.map((occurrence) => {
    const block = document.proseBlocks[occurrence.block]!;
    const range = [block.toSource(occurrence.from), block.toSource(occurrence.to, true)] as const;
    return {
      message: `Unknown word “${word}”; did you mean ${suggestions.map((w) => `“${w}”`).join(', ')}?`,
      range,
      actual: word,
      suggestions: suggestions.map((text) => ({ message: `Replace with “${text}”`, fix: { range, text } })),
    };
  });
}

/** Known names the word is a slip of (see slipsOf), best first. */
function nameCandidatesOf(speller: Speller, word: string): readonly string[] {
  const frequencies = wordFrequencies();
  return frequencies
    .namesSlippedAs(word)
    .filter((name) => speller.has(name))
    .map((name) => ({ word: name, cost: weightedDistance(word, name, 1), rank: frequencies.rank(name) }))
    .sort((a, b) => scoreOf(a) - scoreOf(b))
    .slice(0, 3)
    .map((candidate) => candidate.word);
}

const WORD_BEFORE = /(\p{L}+)\.? $/u;
const WORD_AFTER = /^ (\p{L}+)/u;

/** Whether the occurrence stands after a title or beside a capitalized word that is no lower-case word: part of a full name. */
export function isInFullName(text: string, occurrence: Occurrence, speller: Speller): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, occurrence.from - 30), occurrence.from))?.[1];
  const after = WORD_AFTER.exec(text.slice(occurrence.to, occurrence.to + 30))?.[1];
  if (before !== undefined && titles.has(before)) return true;
  const isNamePart = (other: string | undefined): boolean => other !== undefined && /^\p{Lu}/u.test(other) && !titles.has(other) && !speller.has(other.toLowerCase());
  return isNamePart(before) || isNamePart(after);
}
