// Which earlier paragraphs hold each word trigram: where near copies are looked for, never among all pairs.

/** A trigram found in more paragraphs than this no longer points to candidates; at most this many are aligned. */
const COMMON_SHINGLE = 32;
export const MAX_CANDIDATES = 4;

/**
 * Which earlier paragraphs hold each trigram: open addressing over the 30-bit trigrams, one table kept from
 * article to article and emptied after each (a map of its own for every article was a tenth of the rule's
 * allocations). A trigram in one paragraph points to it by index; in more, to a list of them.
 */
class Postings {
  /** Each slot's trigram plus one, 0 when free; its paragraph, or -1 - n for the n-th list. */
  #slots = new Int32Array(SMALL_TABLE);
  #values = new Int32Array(SMALL_TABLE);
  readonly #lists: number[][] = [];
  readonly #filled: number[] = [];

  /**
   * Records that paragraph `index` holds the trigram, and counts it in `counts` for each earlier paragraph that
   * holds it too (`touched` gets each paragraph counted for the first time), unless the trigram is common.
   */
  add(trigram: number, index: number, counts: Int32Array, touched: number[]): void {
    const slot = this.#slotOf(trigram);
    if (this.#slots[slot] === 0) {
      this.#slots[slot] = trigram + 1;
      this.#values[slot] = index;
      this.#filled.push(slot);
      if (this.#filled.length * 2 > this.#slots.length) this.#grow();
      return;
    }
    const value = this.#values[slot]!;
    if (value >= 0) {
      if (counts[value]!++ === 0) touched.push(value);
      this.#values[slot] = -1 - this.#lists.length;
      this.#lists.push([value, index]);
      return;
    }
    const list = this.#lists[-1 - value]!;
    // A trigram in many paragraphs is the article's formula ("of the day the"), not a sign of a copy.
    if (list.length > COMMON_SHINGLE) return;
    for (const earlier of list) if (counts[earlier]!++ === 0) touched.push(earlier);
    list.push(index);
  }

  /** Empties the table for the next article; a table grown large for a long one is let go. */
  clear(): void {
    if (this.#slots.length > SMALL_TABLE * 16) {
      this.#slots = new Int32Array(SMALL_TABLE);
      this.#values = new Int32Array(SMALL_TABLE);
    } else {
      for (const slot of this.#filled) this.#slots[slot] = 0;
    }
    this.#filled.length = 0;
    this.#lists.length = 0;
  }

  #slotOf(trigram: number): number {
    const mask = this.#slots.length - 1;
    let slot = (Math.imul(trigram, 0x9e3779b1) >>> 0) & mask;
    while (this.#slots[slot] !== 0 && this.#slots[slot] !== trigram + 1) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const slots = this.#slots;
    const values = this.#values;
    const filled = [...this.#filled];
    this.#slots = new Int32Array(slots.length * 2);
    this.#values = new Int32Array(slots.length * 2);
    this.#filled.length = 0;
    for (const old of filled) {
      const slot = this.#slotOf(slots[old]! - 1);
      this.#slots[slot] = slots[old]!;
      this.#values[slot] = values[old]!;
      this.#filled.push(slot);
    }
  }
}

const SMALL_TABLE = 1 << 12;
export const postings = new Postings();
