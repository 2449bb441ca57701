// Scores the spelling rule's suggestions on real misspellings: the one-word entries of the common-misspellings
// list (dist/data/typos.tsv, built by `npm run build`) whose correction a dictionary knows. Entries are split in
// two by a hash of the misspelling, so that a change tuned on one half can be checked on the other.
import fs from 'node:fs';
import { suggestionsFor } from '../rules/spelling/rule';
import { isEnglishWord } from '../rules/typo/near-words';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sample = Number(args[args.indexOf('--sample') + 1]) || 4000;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Tally {
  total: number;
  found: number;
  first: number;
  top3: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { total: 0, found: 0, first: 0, top3: 0 }));
  return t;
};

const entries = fs
  .readFileSync('dist/data/typos.tsv', 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter(([word, corrections]) => word && corrections && /^[a-z]{4,}$/.test(word) && /^[a-z]+$/.test(corrections) && isEnglishWord(corrections));
// An even spread through the list, the same on every run.
const step = Math.max(1, Math.floor(entries.length / sample));
const started = performance.now();
for (let i = 0; i < entries.length; i += step) {
  const [word, correction] = entries[i] as [string, string];
  const half = hash(word) % 2 === 0 ? 'A' : 'B';
  const suggestions = suggestionsFor(word);
  for (const key of [half, 'all']) {
    const t = tally(key);
    t.total++;
    if (suggestions.length > 0) t.found++;
    if (suggestions[0] === correction) t.first++;
    if (suggestions.includes(correction)) t.top3++;
  }
  if (verbose && suggestions[0] !== correction) console.log(`${word} → ${correction}: ${suggestions.join(', ') || '(none)'}`);
}
const percent = (n: number, d: number): string => `${((100 * n) / d).toFixed(1)}%`;
console.log(`suggestions for ${tally('all').total} misspellings of the common-misspellings list (${((performance.now() - started) / 1000).toFixed(2)} s)`);
for (const key of ['A', 'B', 'all']) {
  const t = tally(key);
  console.log(`  ${key.padEnd(4)} ${String(t.total).padStart(5)}  any suggestion ${percent(t.found, t.total)}  right first ${percent(t.first, t.total)}  right in first three ${percent(t.top3, t.total)}`);
}
