// Writes the part of a trigram model that telling confusable words apart needs, in the form
// src/language/language-model.ts reads: every n-gram holding one of the words, the bigrams a kept trigram backs off
// through, and the unigrams of every word in them. Any other part of the model is the same for each word of a set
// and drops out of the comparison. An n-gram whose probability is within its words' pruning margin (log10) of what
// backing off would give anyway is left out too: it changes no comparison by more than that.
import type { NGrams } from './sphinx-trie';

export const MAGIC = 'CDLM0001';
const HEADER = 32;

/** FNV-1a over UTF-16 code units: the table keeps a word's hash, never the word. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const fixed = (value: number): number => Math.max(-32767, Math.min(32767, Math.round(value * 1000)));

export interface TableStats {
  readonly vocabulary: number;
  readonly bigrams: number;
  readonly trigrams: number;
  readonly bytes: number;
}

/** `focus`: each word the table is for, with its pruning margin. */
export function writeTable(model: NGrams, focus: ReadonlyMap<string, number>): { bytes: Buffer; stats: TableStats } {
  const { words, unigrams, bigrams, trigrams } = model;
  const isFocus = new Uint8Array(words.length);
  const margin = new Float32Array(words.length).fill(Infinity);
  words.forEach((word, id) => {
    const prune = focus.get(word);
    if (prune === undefined) return;
    isFocus[id] = 1;
    margin[id] = prune;
  });
  const prune = (...ids: number[]): number => Math.min(...ids.map((id) => margin[id]!));
  const span = 2 ** 17;
  const bigramAt = new Map<number, number>();
  for (let i = 0; i < bigrams.w1.length; i++) bigramAt.set(bigrams.w1[i]! * span + bigrams.w2[i]!, i);
  const backedOff = (a: number, b: number): number => {
    const at = bigramAt.get(a * span + b);
    return at === undefined ? unigrams.backoff[a]! + unigrams.prob[b]! : bigrams.prob[at]!;
  };
  const keepBigram = new Uint8Array(bigrams.w1.length);
  const keepTrigram = new Uint8Array(trigrams.w1.length);
  for (let i = 0; i < bigrams.w1.length; i++) {
    const [a, b] = [bigrams.w1[i]!, bigrams.w2[i]!];
    if (!isFocus[a] && !isFocus[b]) continue;
    if (Math.abs(bigrams.prob[i]! - (unigrams.backoff[a]! + unigrams.prob[b]!)) < prune(a, b) && bigrams.backoff[i] === 0) continue;
    keepBigram[i] = 1;
  }
  for (let i = 0; i < trigrams.w1.length; i++) {
    const [a, b, c] = [trigrams.w1[i]!, trigrams.w2[i]!, trigrams.w3[i]!];
    if (!isFocus[a] && !isFocus[b] && !isFocus[c]) continue;
    const context = bigramAt.get(a * span + b);
    const estimate = (context === undefined ? 0 : bigrams.backoff[context]!) + backedOff(b, c);
    if (Math.abs(trigrams.prob[i]! - estimate) < prune(a, b, c)) continue;
    keepTrigram[i] = 1;
    // The trigram's context carries the back-off weight used when another word of the set takes the third place,
    // and its last two words are where a trigram starting with another word of the set backs off to.
    if (context !== undefined) keepBigram[context] = 1;
    const tail = bigramAt.get(b * span + c);
    if (tail !== undefined) keepBigram[tail] = 1;
  }
  const inTable = new Uint8Array(words.length);
  words.forEach((word, id) => { if (isFocus[id] || word === '<s>' || word === '</s>') inTable[id] = 1; });
  for (let i = 0; i < bigrams.w1.length; i++) if (keepBigram[i]) inTable[bigrams.w1[i]!] = inTable[bigrams.w2[i]!] = 1;
  for (let i = 0; i < trigrams.w1.length; i++) if (keepTrigram[i]) inTable[trigrams.w1[i]!] = inTable[trigrams.w2[i]!] = inTable[trigrams.w3[i]!] = 1;

  // Word numbers in the table are the order of the words' hashes, so a hash's place is its number.
  const kept = words.map((_, id) => id).filter((id) => inTable[id]);
  kept.sort((x, y) => wordHash(words[x]!) - wordHash(words[y]!));
  for (let i = 1; i < kept.length; i++) {
    if (wordHash(words[kept[i]!]!) === wordHash(words[kept[i - 1]!]!)) throw new Error(`"${words[kept[i]!]}" and "${words[kept[i - 1]!]}" have one hash`);
  }
  const V = kept.length;
  if (V > 65535) throw new Error(`${V} words: a bigram key holds at most 65,535`);
  const number = new Int32Array(words.length).fill(-1);
  kept.forEach((id, n) => { number[id] = n; });

  const bigramRows: Array<[number, number, number]> = [];
  for (let i = 0; i < bigrams.w1.length; i++) {
    if (keepBigram[i]) bigramRows.push([number[bigrams.w1[i]!]! * V + number[bigrams.w2[i]!]!, fixed(bigrams.prob[i]!), fixed(bigrams.backoff[i]!)]);
  }
  bigramRows.sort((x, y) => x[0] - y[0]);
  const trigramRows: Array<[number, number, number]> = [];
  for (let i = 0; i < trigrams.w1.length; i++) {
    if (keepTrigram[i]) trigramRows.push([number[trigrams.w1[i]!]! * V + number[trigrams.w2[i]!]!, number[trigrams.w3[i]!]!, fixed(trigrams.prob[i]!)]);
  }
  trigramRows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  const nb = bigramRows.length;
  const nt = trigramRows.length;
  const size = HEADER + V * 4 + V * 4 + nb * 4 + nb * 4 + nt * 4 + nt * 2 + nt * 2;
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(V, 8);
  out.writeUInt32LE(nb, 12);
  out.writeUInt32LE(nt, 16);
  let at = HEADER;
  kept.forEach((id) => { out.writeUInt32LE(wordHash(words[id]!), at); at += 4; });
  kept.forEach((id) => {
    out.writeInt16LE(fixed(unigrams.prob[id]!), at);
    out.writeInt16LE(fixed(unigrams.backoff[id]!), at + 2);
    at += 4;
  });
  for (const [key] of bigramRows) { out.writeUInt32LE(key, at); at += 4; }
  for (const [, prob, backoff] of bigramRows) { out.writeInt16LE(prob, at); out.writeInt16LE(backoff, at + 2); at += 4; }
  for (const [context] of trigramRows) { out.writeUInt32LE(context, at); at += 4; }
  for (const [, last] of trigramRows) { out.writeUInt16LE(last, at); at += 2; }
  for (const [, , prob] of trigramRows) { out.writeInt16LE(prob, at); at += 2; }
  return { bytes: out, stats: { vocabulary: V, bigrams: nb, trigrams: nt, bytes: size } };
}
