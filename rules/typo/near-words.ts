// How near two spellings are, weighing the slips people make: a swapped pair or a doubled letter costs half.
import { loadWordSet } from '../../src/language';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Weighted Damerau–Levenshtein distance: a transposition, or a letter doubled or undoubled, costs 0.5. */
export function slipDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = a[i - 1] === b[j - 1];
      // Dropping a letter that doubles its neighbour ("occurred" → "occured") is the cheap kind of slip.
      const deletion = a[i - 1] === a[i - 2] || a[i - 1] === a[i] ? 0.5 : 1;
      const insertion = b[j - 1] === b[j - 2] || b[j - 1] === b[j] ? 0.5 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + deletion, d[i * cols + j - 1]! + insertion, d[(i - 1) * cols + j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 0.5);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** Every spelling one edit from a lowercase word: deletions, swaps, replacements, insertions. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) out.add(head + letter + tail.slice(1));
      out.add(head + letter + tail);
    }
  }
  out.delete(word);
  return out;
}

/** Whether American or British English spells the word out (the built word sets; false when unbuilt). */
export function isEnglishWord(word: string): boolean {
  return ['dictionary-en', 'dictionary-en-gb'].some((name) => loadWordSet(name)?.has(word) === true);
}

/**
 * Dictionary words at least as near to a misspelling as its listed correction: when there are any, the
 * correction is a guess ("dangerus": "dangerous" or "dangers"), to be offered, not applied.
 */
export function rivalsOf(misspelling: string, correction: string): string[] {
  const limit = slipDistance(misspelling, correction);
  const rivals: string[] = [];
  for (const candidate of oneEditAway(misspelling)) {
    if (candidate === correction || candidate.length < 3 || !isEnglishWord(candidate)) continue;
    if (slipDistance(misspelling, candidate) <= limit) rivals.push(candidate);
  }
  return rivals.sort((a, b) => slipDistance(misspelling, a) - slipDistance(misspelling, b) || a.localeCompare(b));
}
