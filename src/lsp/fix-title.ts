// Names a quick fix by what it does, read from the fix itself (what text it replaces, by what): "Capitalize “Putin”",
// "Insert a space after “,”", "Remove the repeated “the”", "Replace with “with”". Only the removal of whole lines,
// which the text cannot tell apart, is named by the rule that offers it ("Remove this page chrome").
import type { Fix } from '../types';

/** What the removal of whole lines is, by the rule that removes them. */
const REMOVED_LINES: Readonly<Record<string, string>> = {
  boilerplate: 'this page chrome',
  'duplicate-section': 'the repeated section',
};

/** Quoted text in a title, on one line and at most this many characters. */
const MAX_QUOTED = 40;

/** Text in quotes, on one line; past MAX_QUOTED characters, cut after a whole word where there is one. */
function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= MAX_QUOTED) return `“${oneLine}”`;
  const cut = oneLine.slice(0, MAX_QUOTED - 1);
  const space = oneLine[MAX_QUOTED - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `“${(space > MAX_QUOTED / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

const isSpace = (text: string): boolean => /^\s+$/.test(text);

/** The word or the mark just before `at` (`after` false) or just from `at` on, as a title names a place by it. */
function neighbour(text: string, at: number, after: boolean): string | undefined {
  const near = after ? text.slice(at, at + 60) : text.slice(Math.max(0, at - 60), at);
  const word = (after ? /^[\p{L}\p{N}’'-]+/u : /[\p{L}\p{N}’'-]+$/u).exec(near)?.[0];
  if (word) return word;
  const mark = after ? near.codePointAt(0) : near.codePointAt(near.length - 1);
  if (mark === undefined || isSpace(String.fromCodePoint(mark))) return undefined;
  // The code point before `at` may be the second half of a pair: take the whole character.
  return after ? String.fromCodePoint(mark) : Array.from(near).at(-1);
}

/** "Insert a space after “,”", "Insert a line break before “(”", or "Insert “—”". */
function insertion(text: string, at: number, inserted: string): string {
  if (!isSpace(inserted)) return `Insert ${quote(inserted)}`;
  const what = inserted.includes('\n') ? 'a line break' : inserted.length === 1 ? 'a space' : 'spaces';
  const before = neighbour(text, at, false);
  if (before !== undefined && !/^[\p{L}\p{N}]/u.test(before)) return `Insert ${what} after ${quote(before)}`;
  const next = neighbour(text, at, true);
  if (next !== undefined && !/^[\p{L}\p{N}]/u.test(next)) return `Insert ${what} before ${quote(next)}`;
  if (before !== undefined) return `Insert ${what} after ${quote(before)}`;
  return next !== undefined ? `Insert ${what} before ${quote(next)}` : `Insert ${what}`;
}

/** Whether [start, end) is whole lines of the text, line breaks and all. */
function isWholeLines(text: string, start: number, end: number): boolean {
  const startsLine = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  const endsLine = end === text.length || text[end - 1] === '\n' || text[end] === '\n' || text[end] === '\r';
  return startsLine && endsLine && /\S/.test(text.slice(start, end));
}

/** Whether every word removed repeats the word beside the removed stretch ("the" from "the the"). */
function repeatedWord(text: string, start: number, end: number): string | undefined {
  const removed = text.slice(start, end);
  const words = removed.trim().split(/\s+/);
  const beside = /^\s/.test(removed) ? neighbour(text, start, false) : /\s$/.test(removed) ? neighbour(text, end, true) : undefined;
  if (beside === undefined || words.some((word) => word.toLowerCase() !== beside.toLowerCase())) return undefined;
  return words[0];
}

/** "Remove this page chrome", "Remove the repeated “the”", "Remove the space before “,”", "Remove “[1]”". */
function removal(text: string, start: number, end: number, ruleId: string | null | undefined): string {
  const removed = text.slice(start, end);
  if (isWholeLines(text, start, end)) {
    const lines = removed.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
    return `Remove ${(ruleId && REMOVED_LINES[ruleId]) ?? (lines === 1 ? 'this line' : `these ${lines} lines`)}`;
  }
  if (isSpace(removed)) {
    const what = removed.length === 1 ? 'the space' : 'the spaces';
    const next = neighbour(text, end, true);
    if (next !== undefined) return `Remove ${what} before ${quote(next)}`;
    const before = neighbour(text, start, false);
    return before !== undefined ? `Remove ${what} after ${quote(before)}` : `Remove ${what}`;
  }
  const repeated = repeatedWord(text, start, end);
  return repeated !== undefined ? `Remove the repeated ${quote(repeated)}` : `Remove ${quote(removed)}`;
}

/** "Capitalize “Putin”" when letters only go up, "Lowercase “may”" when they only go down, else "Change to “iPhone”". */
function caseChange(old: string, replacement: string): string {
  let up = false;
  let down = false;
  for (let i = 0; i < old.length; i++) {
    if (old[i] === replacement[i]) continue;
    if (old[i] === replacement[i]!.toLowerCase()) up = true;
    else down = true;
  }
  return `${up && !down ? 'Capitalize' : down && !up ? 'Lowercase' : 'Change to'} ${quote(replacement)}`;
}

/** White space for other white space: "Replace the spaces with one", or a plain space for an odd one. */
function spaceChange(old: string, replacement: string): string {
  if (replacement !== ' ') return replacement.includes('\n') ? 'Replace with a line break' : 'Replace the white space';
  return old.length > 1 ? 'Replace the spaces with one' : 'Replace with a plain space';
}

/** The title of the quick fix that applies `fix` to `text`, where `ruleId`'s finding offered it. */
export function fixTitle(text: string, fix: Fix, ruleId?: string | null): string {
  const [start, end] = fix.range;
  const old = text.slice(start, end);
  const replacement = fix.text;
  if (old === replacement) return 'Apply the fix';
  if (old === '') return insertion(text, start, replacement);
  if (replacement === '') return removal(text, start, end, ruleId);
  if (isSpace(old) && isSpace(replacement)) return spaceChange(old, replacement);
  if (old.length === replacement.length && old.toLowerCase() === replacement.toLowerCase()) return caseChange(old, replacement);
  return `Replace with ${quote(replacement)}`;
}
