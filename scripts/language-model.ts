// Makes the typo rule's language model and its confusion sets (npm run data:language-model):
//
//   src/language/data/language-model.bin   what of the trigram model the sets need (see scripts/language-model/table.ts)
//   rules/typo/real-words.json             the confusion sets: each word with the real words it is mistaken for
//
// Source: the US English trigram model and the CMU pronouncing dictionary of Debian's pocketsphinx-en-us
// 0.8+5prealpha+1-15 (CMU Sphinx; BSD-2-Clause, see src/language/data/NOTICE). The installed package is read when
// present; otherwise the package is fetched with `apt-get download` and unpacked with `dpkg-deb -x`.
//
// The sets are (1) the hand-written pairs of scripts/language-model/confusables.txt, (2) words the pronouncing
// dictionary spells differently and says alike ("their", "there", "they're"), and (3) one-letter slips between
// common words ("form"/"from", "trail"/"trial": one letter left out, added, changed or two swapped). A pair of
// (2) or (3) is left out when it is one word's inflection ("add"/"adds"), the other dialect's spelling
// ("color"/"colour"), or when either word is among the most frequent: those touch most of the model, so they come
// only from the hand-written pairs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSphinxTrie, type NGrams } from './language-model/sphinx-trie';
import { writeTable } from './language-model/table';

const PACKAGE = 'pocketsphinx-en-us';
const VERSION = '0.8+5prealpha+1-15';
const MODEL = 'usr/share/pocketsphinx/model/en-us/en-us.lm.bin';
const MODEL_SHA256 = 'db21d0642286677699e6dbc859d2e5395570222361999387ce60f6e1d01995d6';
const DICTIONARY = 'usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict';

/** Homophones: both words among this many of the model's most probable. */
const HOMOPHONE_RANK = 10000;
/** One-letter slips: of a word among this many, into a word among `SLIP_INTO_RANK`. */
const SLIP_FROM_RANK = 1000;
const SLIP_INTO_RANK = 5000;
const SLIP_MIN_LENGTH = 4;
/** Automatic pairs leave out the most frequent words (the hand-written pairs may hold them). */
const FREQUENT_RANK = 100;
/** An n-gram within this much (log10) of its back-off estimate is left out of the table; more for the frequent words. */
const PRUNE = 0.5;
const PRUNE_FREQUENT = 1.5;

function sourceRoot(): string {
  if (fs.existsSync(path.join('/', MODEL))) return '/';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lm-'));
  execFileSync('apt-get', ['download', `${PACKAGE}=${VERSION}`], { cwd: dir, stdio: 'inherit' });
  const deb = fs.readdirSync(dir).find((name) => name.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download ${PACKAGE} gave no package`);
  execFileSync('dpkg-deb', ['-x', deb, 'root'], { cwd: dir });
  return path.join(dir, 'root');
}

const isWord = (word: string): boolean => /^[a-z](?:[a-z']*[a-z])?$/.test(word) && !word.includes("''");

/** The words a form may be inflected from: "dies" → die, "tried" → try, "stopped" → stop. */
function stems(word: string): string[] {
  const out = [word];
  for (const suffix of ["'s", "s'", 'ies', 'ied', 'ing', 'est', 'es', 'ed', 'er', 'ly', 's', 'd', 'r', 'y', 'n']) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem, `${stem}e`);
    if (suffix.startsWith('i')) out.push(`${stem}y`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** Two forms of one word ("add"/"adds", "dies"/"died"): a slip between them is grammar, not a word mistaken. */
function isInflection(a: string, b: string): boolean {
  const fromA = new Set(stems(a));
  return stems(b).some((stem) => fromA.has(stem));
}

function isDialectPair(a: string, b: string): boolean {
  const pairs: Array<[RegExp, string]> = [[/our/, 'or'], [/re$/, 'er'], [/ise/, 'ize'], [/yse/, 'yze'], [/ll/, 'l'], [/ogue$/, 'og'], [/ae/, 'e'], [/oe/, 'e']];
  return pairs.some(([pattern, other]) => a.replace(pattern, other) === b || b.replace(pattern, other) === a);
}

function oneEdits(word: string): Set<string> {
  const out = new Set<string>();
  const letters = "abcdefghijklmnopqrstuvwxyz'";
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of letters) {
      out.add(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  out.delete(word);
  return out;
}

function confusionPairs(model: NGrams, root: string): { pairs: Map<string, Set<string>>; counts: Record<'handWritten' | 'homophones' | 'slips', number>; known: string[] } {
  const ranked = model.words.map((word, id) => ({ word, prob: model.unigrams.prob[id]! })).filter(({ word }) => isWord(word)).sort((x, y) => y.prob - x.prob).map(({ word }) => word);
  const rank = new Map(ranked.map((word, i) => [word, i]));
  const pairs = new Map<string, Set<string>>();
  const counts: Record<'handWritten' | 'homophones' | 'slips', number> = { handWritten: 0, homophones: 0, slips: 0 };
  const known: string[] = [];
  const add = (a: string, b: string, kind: keyof typeof counts): void => {
    if (a === b || pairs.get(a)?.has(b)) return;
    if (kind === 'handWritten') known.push(`${a}>${b}`, `${b}>${a}`);
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (!pairs.has(x)) pairs.set(x, new Set());
      pairs.get(x)!.add(y);
    }
    counts[kind]++;
  };
  const automatic = (a: string, b: string): boolean =>
    (rank.get(a) ?? Infinity) >= FREQUENT_RANK && (rank.get(b) ?? Infinity) >= FREQUENT_RANK && !isInflection(a, b) && !isDialectPair(a, b);

  const handWritten = fs.readFileSync(new URL('./language-model/confusables.txt', import.meta.url), 'utf8');
  for (const line of handWritten.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (line.startsWith('#') || words.length !== 2) continue;
    const [a, b] = words as [string, string];
    if (!rank.has(a) || !rank.has(b)) throw new Error(`confusables.txt: "${line}" holds a word the model does not know`);
    add(a, b, 'handWritten');
  }
  const bySound = new Map<string, Set<string>>();
  for (const line of fs.readFileSync(path.join(root, DICTIONARY), 'utf8').split('\n')) {
    const match = /^(\S+?)(?:\(\d+\))? (.+)$/.exec(line);
    if (!match || !((rank.get(match[1]!) ?? Infinity) < HOMOPHONE_RANK) || match[1]!.length < 3) continue;
    if (!bySound.has(match[2]!)) bySound.set(match[2]!, new Set());
    bySound.get(match[2]!)!.add(match[1]!);
  }
  for (const group of bySound.values()) {
    const words = [...group];
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) if (automatic(words[i]!, words[j]!)) add(words[i]!, words[j]!, 'homophones');
  }
  for (const word of ranked.slice(0, SLIP_FROM_RANK)) {
    if (word.length < SLIP_MIN_LENGTH) continue;
    for (const slip of oneEdits(word)) {
      if (slip.length >= SLIP_MIN_LENGTH && (rank.get(slip) ?? Infinity) < SLIP_INTO_RANK && automatic(word, slip)) add(word, slip, 'slips');
    }
  }
  return { pairs, counts, known: known.sort() };
}

function main(): void {
  const root = sourceRoot();
  const modelFile = path.join(root, MODEL);
  const digest = createHash('sha256').update(fs.readFileSync(modelFile)).digest('hex');
  if (digest !== MODEL_SHA256) throw new Error(`${modelFile} is not the model this script was written for (sha256 ${digest})`);
  const model = readSphinxTrie(modelFile);
  const { pairs, counts, known } = confusionPairs(model, root);
  const rank = new Map(model.words.map((word, id) => [word, model.unigrams.prob[id]!] as const).sort((x, y) => y[1] - x[1]).map(([word], i) => [word, i]));
  const focus = new Map([...pairs.keys()].map((word) => [word, rank.get(word)! < FREQUENT_RANK ? PRUNE_FREQUENT : PRUNE]));
  const { bytes, stats } = writeTable(model, focus);
  fs.writeFileSync(new URL('../src/language/data/language-model.bin', import.meta.url), bytes);
  const sets = Object.fromEntries([...pairs.keys()].sort().map((word) => [word, [...pairs.get(word)!].sort()]));
  const output = new URL('../rules/typo/real-words.json', import.meta.url);
  // The margins are calibrated on their own (scripts/calibrate-real-words.ts) and kept.
  const margins = fs.existsSync(output) ? (JSON.parse(fs.readFileSync(output, 'utf8')) as { margins?: unknown }).margins : undefined;
  const data = {
    description: `Generated by scripts/language-model.ts (npm run data:language-model) from ${PACKAGE} ${VERSION} (CMU Sphinx, BSD-2-Clause; see src/language/data/NOTICE): each word with the real words it is mistaken for. ${counts.handWritten} hand-written pairs, ${counts.homophones} pairs of homophones, ${counts.slips} pairs of one-letter slips.`,
    margins: margins ?? { report: 2, known: 2, fix: 1, pairs: {} },
    known,
    confusions: sets,
  };
  // One line a word: the file is read by people as well as bundled.
  const json = JSON.stringify(data, null, 1).replace(/\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g, (_, list: string) => `[${list.replace(/,\n\s+/g, ', ')}]`);
  fs.writeFileSync(output, `${json}\n`);
  const pairCount = counts.handWritten + counts.homophones + counts.slips;
  console.log(`${pairs.size} words in ${pairCount} confusion pairs (${JSON.stringify(counts)}); table: ${stats.vocabulary} words, ${stats.bigrams} bigrams, ${stats.trigrams} trigrams, ${(stats.bytes / 1e6).toFixed(2)} MB`);
}

main();
