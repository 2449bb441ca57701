// Reads a CMU Sphinx "Trie Language Model" binary (the en-us.lm.bin of Debian's pocketsphinx-en-us) into flat
// arrays of n-grams with log10 probabilities and back-off weights. Order 3 only: that is what the package ships.
//
// The layout, little-endian:
//   "Trie Language Model" (19 bytes) | uint8 order | uint32 counts[order] | int32 (unused)
//   float32[65536] × 3: the bins of quantized bigram probabilities, bigram back-offs and trigram probabilities
//   unigrams: (counts[0] + 1) × { float32 prob, float32 back-off, uint32 first child }   (log base 1.0001)
//   bigrams, bit-packed: (counts[1] + 1) × { word, back-off bin 16, prob bin 16, first child } + 8 bytes
//   trigrams, bit-packed: (counts[2] + 1) × { word, prob bin 16 } + 8 bytes
//   int32 length | the words, each ended by NUL, in word-number order
// The trie is keyed from the last word back: unigram w3 → bigram node w2 → trigram node w1 for "w1 w2 w3", and a
// bigram node holds P(w3 | w2) and the back-off weight of the context "w2 w3". A node's children are the entries
// from its first child to the next node's first child. The header may claim a few more bigrams than the trie
// holds (empty slots at the end); the counts used are the trie's own.
import fs from 'node:fs';

const MAGIC = 'Trie Language Model';
const BINS = 1 << 16;
/** Sphinx stores logarithms to base 1.0001. */
const TO_LOG10 = Math.log10(1.0001);

export interface NGrams {
  readonly words: readonly string[];
  readonly unigrams: { readonly prob: Float32Array; readonly backoff: Float32Array };
  readonly bigrams: { readonly w1: Uint32Array; readonly w2: Uint32Array; readonly prob: Float32Array; readonly backoff: Float32Array };
  readonly trigrams: { readonly w1: Uint32Array; readonly w2: Uint32Array; readonly w3: Uint32Array; readonly prob: Float32Array };
}

const bitsFor = (max: number): number => (max === 0 ? 0 : Math.floor(Math.log2(max)) + 1);

export function readSphinxTrie(file: string): NGrams {
  const buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${file} is not a Sphinx trie language model`);
  let at = MAGIC.length;
  const order = buf.readUInt8(at);
  if (order !== 3) throw new Error(`${file} is of order ${order}; only order 3 is read`);
  at += 1;
  const counts = [buf.readUInt32LE(at), buf.readUInt32LE(at + 4), buf.readUInt32LE(at + 8)] as const;
  at += 12 + 4;
  const bins = (index: number): Float32Array => {
    const out = new Float32Array(BINS);
    for (let i = 0; i < BINS; i++) out[i] = buf.readFloatLE(at + (index * BINS + i) * 4);
    return out;
  };
  const [bigramProbBins, bigramBackoffBins, trigramProbBins] = [bins(0), bins(1), bins(2)];
  at += 3 * BINS * 4;
  const vocabulary = counts[0];
  const uniProb = new Float32Array(vocabulary);
  const uniBackoff = new Float32Array(vocabulary);
  const uniNext = new Uint32Array(vocabulary + 1);
  for (let i = 0; i <= vocabulary; i++, at += 12) {
    if (i < vocabulary) {
      uniProb[i] = buf.readFloatLE(at) * TO_LOG10;
      uniBackoff[i] = buf.readFloatLE(at + 4) * TO_LOG10;
    }
    uniNext[i] = buf.readUInt32LE(at + 8);
  }
  const wordBits = bitsFor(vocabulary);
  const nextBits = bitsFor(counts[2]);
  const middleBits = wordBits + 32 + nextBits;
  const middleStart = at;
  at += Math.floor(((counts[1] + 1) * middleBits + 7) / 8) + 8;
  const longestBits = wordBits + 16;
  const longestStart = at;
  at += Math.floor(((counts[2] + 1) * longestBits + 7) / 8) + 8;
  const wordBytes = buf.readInt32LE(at);
  const words = buf.toString('utf8', at + 4, at + 4 + wordBytes).split('\0').slice(0, vocabulary);
  if (words.length !== vocabulary) throw new Error(`${file} names ${words.length} words, not ${vocabulary}`);

  // A field of at most 25 bits: a 32-bit load at its first byte, shifted by its bit within that byte.
  const field = (start: number, bit: number, width: number): number =>
    (buf.readUInt32LE(start + Math.floor(bit / 8)) >>> bit % 8) & ((1 << width) - 1);
  const middle = (i: number, offset: number, width: number): number => field(middleStart, i * middleBits + offset, width);

  const bigramCount = uniNext[vocabulary]! - uniNext[0]!;
  const trigramCount = middle(bigramCount, wordBits + 32, nextBits) - middle(0, wordBits + 32, nextBits);
  const bigrams = { w1: new Uint32Array(bigramCount), w2: new Uint32Array(bigramCount), prob: new Float32Array(bigramCount), backoff: new Float32Array(bigramCount) };
  const trigrams = { w1: new Uint32Array(trigramCount), w2: new Uint32Array(trigramCount), w3: new Uint32Array(trigramCount), prob: new Float32Array(trigramCount) };
  let b = 0;
  let t = 0;
  for (let last = 0; last < vocabulary; last++) {
    for (let node = uniNext[last]!; node < uniNext[last + 1]!; node++, b++) {
      const before = middle(node, 0, wordBits);
      bigrams.w1[b] = before;
      bigrams.w2[b] = last;
      bigrams.backoff[b] = bigramBackoffBins[middle(node, wordBits, 16)]! * TO_LOG10;
      bigrams.prob[b] = bigramProbBins[middle(node, wordBits + 16, 16)]! * TO_LOG10;
      const end = middle(node + 1, wordBits + 32, nextBits);
      for (let leaf = middle(node, wordBits + 32, nextBits); leaf < end; leaf++, t++) {
        trigrams.w1[t] = field(longestStart, leaf * longestBits, wordBits);
        trigrams.w2[t] = before;
        trigrams.w3[t] = last;
        trigrams.prob[t] = trigramProbBins[field(longestStart, leaf * longestBits + wordBits, 16)]! * TO_LOG10;
      }
    }
  }
  return { words, unigrams: { prob: uniProb, backoff: uniBackoff }, bigrams, trigrams };
}
