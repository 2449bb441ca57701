// A full stop glued to the next sentence ("assistance.Access", "in 2022.The", "(above).Then"), told apart from a
// name in code ("Console.WriteLine", "System.Text.Json"); a colon glued to the next word ("Note:the"), told apart
// from a scheme and a name ("node:crypto"). punctuation-spacing fixes such a stop or colon, and capitalization
// reads the words either side as words of prose, not parts of one identifier: the two rules agree.
import { loadWordSet } from '../../src/language';

/** A stop after a lowercase word, a year or a closer, before a capitalized word or "A"/"I" and a space (a code name aside). */
export const GLUED_STOP_SOURCE = String.raw`\.(?=\p{Lu}\p{Ll}|[AI]\s)(?<=(?:(?<![\p{L}\d.])\p{L}*\p{Ll}\p{Ll}|(?<![\p{L}\d.])\d{4}|[)\]”’"])\.)`;

const STICKY = new RegExp(GLUED_STOP_SOURCE, 'uy');

/** Whether the full stop at `at` is glued to a next sentence. */
export function isGluedStop(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  STICKY.lastIndex = at;
  return STICKY.test(text) && !isCodeName(text, at);
}

/** "Console.WriteLine", "DateTime.Now", "System.Text.Json", "ends.Then(": names in code, not two sentences. */
export function isCodeName(text: string, at: number): boolean {
  const left = /[\p{L}\d]*$/u.exec(text.slice(Math.max(0, at - 40), at))![0];
  const right = /^[\p{L}\d]*/u.exec(text.slice(at + 1, at + 41))![0];
  const after = text[at + 1 + right.length];
  return /\p{Ll}\p{Lu}/u.test(left) || /\p{Ll}\p{Lu}/u.test(right) || after === '(' || (after === '.' && /\p{L}/u.test(text[at + 2 + right.length] ?? ''));
}

/** A colon between two words of two letters or more (not times, ratios, "::" or single letters). */
export const GLUED_COLON_SOURCE = String.raw`:(?=\p{L}{2})(?<=(?<![\p{L}\d:])\p{L}{2,}:)`;

const COLON_STICKY = new RegExp(GLUED_COLON_SOURCE, 'uy');

/** The words either side of a colon: "node" and "crypto" in "node:crypto", the right one with what joins it ("worker_threads", "image/png"). */
export function colonSides(text: string, at: number): { left: string; right: string } {
  const left = /\p{L}+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  let right = /^[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*/u.exec(text.slice(at + 1, at + 81))?.[0] ?? '';
  // A stop glued to the next sentence ends the name: "Note:the.Then" is "the", then a sentence.
  for (let dot = right.indexOf('.'); dot >= 0; dot = right.indexOf('.', dot + 1)) {
    if (isGluedStop(text, at + 1 + dot)) {
      right = right.slice(0, dot);
      break;
    }
  }
  return { left, right };
}

let english: { has(word: string): boolean } | null | undefined;

function isEnglishWord(word: string): boolean {
  english ??= loadWordSet('dictionary-en');
  return english === null || english.has(word);
}

/** Whether a colon joins two lowercase words: a label and its text ("note:the") or a scheme and a name ("node:path"). */
export function isLowercaseLabel(text: string, at: number): boolean {
  const { left } = colonSides(text, at);
  return left === left.toLowerCase();
}

/**
 * "node:crypto", "npm:lodash", "std:string", "node:worker_threads", "data:image/png": a lowercase scheme or
 * namespace and a name, an identifier written in prose. Told by the name's shape (joined by _ . / or holding
 * a digit) or by a side no English dictionary knows. A chain of them ("urn:isbn:x", "a:b:c") is one identifier:
 * no colon in it is a slip, the first no more than the others.
 */
export function isSchemeAndName(text: string, at: number): boolean {
  const { left, right } = colonSides(text, at);
  if (text[at + 1 + right.length] === ':') return true;
  if (left !== left.toLowerCase() || right !== right.toLowerCase()) return false;
  return /[_./\p{N}]/u.test(right) || !isEnglishWord(left) || !isEnglishWord(right.split('-')[0]!);
}

/** Whether the colon at `at` is glued to the next word and sure to be a slip ("Note:the"; not "note:the", which may be a name). */
export function isGluedColon(text: string, at: number): boolean {
  if (text[at] !== ':') return false;
  COLON_STICKY.lastIndex = at;
  return COLON_STICKY.test(text) && !isSchemeAndName(text, at) && !isLowercaseLabel(text, at);
}
