// A trigram model of English word sequences, cut down to what telling confusable words apart needs
// (scripts/language-model.ts makes it from CMU Sphinx's US English model). The table is read once, on first use,
// as typed-array views of one file: no word strings, no maps.
//
// Layout (little-endian): "CDLM0001" | uint32 words, bigrams, trigrams | 12 bytes unused |
//   uint32[words] the words' FNV-1a hashes, ascending: a word's number is its hash's place |
//   int16[2 × words] each word's log10 probability and back-off weight, × 1000 |
//   uint32[bigrams] keys (first × words + second), ascending | int16[2 × bigrams] probability and back-off |
//   uint32[trigrams] the first two words' key, uint16[trigrams] the third word, ascending by both | int16[trigrams] probability.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../io/package-root';
import { dataFilePath, DATA_FILES } from './data-files';

const MAGIC = 'CDLM0001';
/** log10 probability of a word the table does not hold: the same for every word a comparison weighs. */
const UNKNOWN = -7;
/** Number for a word the table does not hold. */
export const OUTSIDE = -1;

export interface LanguageModel {
  /** The model's number for a word (lower case, straight apostrophe), or OUTSIDE. */
  id(word: string): number;
  /** Numbers of the sentence's start and end marks. */
  readonly start: number;
  readonly end: number;
  /**
   * log10 P(third | first second), backing off to shorter contexts; any number may be OUTSIDE. Sets `order` to the
   * length of the n-gram the model held: 3, 2, or 1 when it had only the word itself to go on.
   */
  conditional(first: number, second: number, third: number): number;
  /** The length of the n-gram the last `conditional` found. */
  readonly order: number;
}

function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The place of `key` in an ascending array, or -1. */
function find(keys: Uint32Array, key: number, from = 0, to = keys.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = keys[mid]!;
    if (value < key) lo = mid + 1;
    else if (value > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The first place in an ascending array whose value is not below `key` (above it, with `after`). */
function bound(keys: Uint32Array, key: number, after = false): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key || (after && keys[mid] === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readLanguageModel(file: string): LanguageModel {
  let buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${file} is not a copydesk language model`);
  if (buf.byteOffset % 4 !== 0) buf = Buffer.from(buf);
  const V = buf.readUInt32LE(8);
  const nb = buf.readUInt32LE(12);
  const nt = buf.readUInt32LE(16);
  const { buffer } = buf;
  let at = buf.byteOffset + 32;
  const take = <T>(make: (offset: number) => T, bytes: number): T => {
    const view = make(at);
    at += bytes;
    return view;
  };
  const hashes = take((o) => new Uint32Array(buffer, o, V), V * 4);
  const unigrams = take((o) => new Int16Array(buffer, o, 2 * V), V * 4);
  const bigramKeys = take((o) => new Uint32Array(buffer, o, nb), nb * 4);
  const bigramValues = take((o) => new Int16Array(buffer, o, 2 * nb), nb * 4);
  const trigramContexts = take((o) => new Uint32Array(buffer, o, nt), nt * 4);
  const trigramLasts = take((o) => new Uint16Array(buffer, o, nt), nt * 2);
  const trigramValues = take((o) => new Int16Array(buffer, o, nt), nt * 2);

  const trigram = (context: number, last: number): number => {
    let lo = bound(trigramContexts, context);
    if (trigramContexts[lo] !== context) return -1;
    let hi = bound(trigramContexts, context, true);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const value = trigramLasts[mid]!;
      if (value === last) return mid;
      if (value < last) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  };

  const unigram = (word: number): number => (word === OUTSIDE ? UNKNOWN : unigrams[2 * word]! / 1000);
  const unigramBackoff = (word: number): number => (word === OUTSIDE ? 0 : unigrams[2 * word + 1]! / 1000);

  return {
    id: (word) => find(hashes, wordHash(word)),
    start: find(hashes, wordHash('<s>')),
    end: find(hashes, wordHash('</s>')),
    order: 1,
    conditional(first, second, third) {
      this.order = 1;
      if (third === OUTSIDE) return UNKNOWN;
      let backoff = 0;
      if (first !== OUTSIDE && second !== OUTSIDE) {
        const context = first * V + second;
        const t = trigram(context, third);
        if (t >= 0) {
          this.order = 3;
          return trigramValues[t]! / 1000;
        }
        const c = find(bigramKeys, context);
        if (c >= 0) backoff += bigramValues[2 * c + 1]! / 1000;
      }
      if (second !== OUTSIDE) {
        const b = find(bigramKeys, second * V + third);
        if (b >= 0) {
          this.order = 2;
          return backoff + bigramValues[2 * b]! / 1000;
        }
        backoff += unigramBackoff(second);
      }
      return backoff + unigram(third);
    },
  } as LanguageModel & { order: number };
}

let loaded: LanguageModel | undefined;

/** The model the build put in dist/data, read on first use. */
export function loadLanguageModel(): LanguageModel {
  if (loaded !== undefined) return loaded;
  const file = path.join(packageRoot(), dataFilePath(DATA_FILES.languageModel));
  if (!fs.existsSync(file)) throw new Error(`copydesk's data file ${dataFilePath(DATA_FILES.languageModel)} is missing: run \`npm run build\` in ${packageRoot()}`);
  loaded = readLanguageModel(file);
  return loaded;
}
