// Answers "is this a dictionary word?" from a Hunspell .dic/.aff pair by undoing affixes, without expanding every form.

interface Affix {
  readonly flag: string;
  /** What the rule strips from the stem, what it adds, and the condition the stem must meet. */
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
  readonly canCombine: boolean;
}

export interface Lexicon {
  /** Whether the exact word, or a form the affix rules derive from a listed stem, is in the dictionary. */
  has(word: string): boolean;
  /** Whether the exact word is a listed stem. */
  hasStem(word: string): boolean;
  /** Whether the stem index is sound: its stems in strictly increasing order. */
  isSorted(): boolean;
  /** Whether some stem, written with a capital, reads `word` in lower case. */
  hasCapitalizedStem(word: string): boolean;
}

const END = -1;

/**
 * The .dic file kept as one string and searched in place: a binary search over line offsets costs a few
 * milliseconds to set up, where a Map of 50,000 stems costs tens.
 */
class StemIndex {
  private readonly offsets: Int32Array;
  private readonly count: number;
  /** Lines out of code-unit order (a few, with apostrophes), kept aside so the rest stays sorted. */
  private readonly strays = new Map<string, string>();
  /** The lower-case forms of stems that start with a capital: one look-up tells most words have none. */
  readonly capitalized = new Set<string>();

  constructor(private readonly dic: string) {
    const offsets = new Int32Array(dic.length / 4 + 16);
    let count = 0;
    let start = dic.indexOf('\n') + 1;
    let apostrophe = dic.indexOf("'");
    while (start > 0 && start < dic.length) {
      const next = dic.indexOf('\n', start);
      const end = next < 0 ? dic.length : next;
      while (apostrophe >= 0 && apostrophe < start) apostrophe = dic.indexOf("'", start);
      if (end > start) {
        const first = dic.charCodeAt(start);
        if ((first >= 65 && first <= 90) || (first > 127 && dic[start] !== dic[start]!.toLowerCase())) {
          const slash = dic.indexOf('/', start);
          this.capitalized.add(dic.slice(start, slash >= 0 && slash < end ? slash : end).toLowerCase());
        }
        // Lines with an apostrophe sort out of code-unit order in Hunspell files; the rest is sorted (a test checks).
        if (apostrophe >= 0 && apostrophe < end) {
          const line = dic.slice(start, end);
          const slash = line.indexOf('/');
          this.strays.set(slash < 0 ? line : line.slice(0, slash), slash < 0 ? '' : line.slice(slash + 1));
        } else {
          offsets[count++] = start;
        }
      }
      start = end + 1;
    }
    this.offsets = offsets;
    this.count = count;
  }

  /** Whether the stems kept for binary search are in strictly increasing code-unit order. */
  isSorted(): boolean {
    for (let i = 1; i < this.count; i++) if (this.compareLines(this.offsets[i - 1]!, this.offsets[i]!) >= 0) return false;
    return true;
  }

  private codeAt(offset: number): number {
    const code = this.dic.charCodeAt(offset);
    return code === 47 || code === 10 || code === 13 || Number.isNaN(code) ? END : code;
  }

  private compareLines(a: number, b: number): number {
    for (let k = 0; ; k++) {
      const x = this.codeAt(a + k);
      const y = this.codeAt(b + k);
      if (x !== y || x === END) return x - y;
    }
  }

  private compareWord(word: string, offset: number): number {
    for (let k = 0; ; k++) {
      const x = k < word.length ? word.charCodeAt(k) : END;
      const y = this.codeAt(offset + k);
      if (x !== y || x === END) return x - y;
    }
  }

  /** The stem's flags ('' for none), or undefined when it is not listed. */
  flagsOf(word: string): string | undefined {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const offset = this.offsets[middle]!;
      const order = this.compareWord(word, offset);
      if (order === 0) {
        const after = offset + word.length;
        if (this.dic.charCodeAt(after) !== 47) return '';
        const end = this.dic.indexOf('\n', after);
        return this.dic.slice(after + 1, end < 0 ? this.dic.length : end).trim();
      }
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return this.strays.get(word);
  }
}

export function parseAffixes(aff: string): { prefixes: Affix[]; suffixes: Affix[] } {
  const prefixes: Affix[] = [];
  const suffixes: Affix[] = [];
  const combines = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag, third, fourth, fifth] = parts;
    if ((kind !== 'PFX' && kind !== 'SFX') || flag === undefined || third === undefined) continue;
    if (fifth === undefined) {
      // The header line: PFX flag Y|N count.
      combines.set(`${kind}${flag}`, third === 'Y');
      continue;
    }
    const strip = third === '0' ? '' : third;
    const add = (fourth ?? '0').split('/')[0] === '0' ? '' : (fourth ?? '').split('/')[0]!;
    const condition = fifth === '.' ? /(?:)/ : kind === 'SFX' ? new RegExp(`${fifth}$`) : new RegExp(`^${fifth}`);
    const affix: Affix = { flag, strip, add, condition, canCombine: combines.get(`${kind}${flag}`) ?? false };
    (kind === 'PFX' ? prefixes : suffixes).push(affix);
  }
  return { prefixes, suffixes };
}

export function createLexicon(aff: string, dic: string): Lexicon {
  const { prefixes, suffixes } = parseAffixes(aff);
  const index = new StemIndex(dic);
  const hasFlag = (stem: string, flag: string): boolean => index.flagsOf(stem)?.includes(flag) === true;

  /** Stems the suffix rules could have made `word` from, with the rule each needs. */
  const unsuffix = (word: string): [string, Affix][] => {
    const found: [string, Affix][] = [];
    for (const affix of suffixes) {
      if (!word.endsWith(affix.add) || word.length <= affix.add.length) continue;
      const stem = word.slice(0, word.length - affix.add.length) + affix.strip;
      if (affix.condition.test(stem)) found.push([stem, affix]);
    }
    return found;
  };

  const has = (word: string): boolean => {
    if (index.flagsOf(word) !== undefined) return true;
    for (const [stem, affix] of unsuffix(word)) if (hasFlag(stem, affix.flag)) return true;
    for (const prefix of prefixes) {
      if (!word.startsWith(prefix.add) || word.length <= prefix.add.length) continue;
      const rest = prefix.strip + word.slice(prefix.add.length);
      if (!prefix.condition.test(rest)) continue;
      if (hasFlag(rest, prefix.flag)) return true;
      if (!prefix.canCombine) continue;
      for (const [stem, affix] of unsuffix(rest)) if (affix.canCombine && hasFlag(stem, affix.flag) && hasFlag(stem, prefix.flag)) return true;
    }
    return false;
  };
  return {
    has,
    hasStem: (word) => index.flagsOf(word) !== undefined,
    isSorted: () => index.isSorted(),
    hasCapitalizedStem: (word) => index.capitalized.has(word),
  };
}

/** Every form a .dic/.aff pair spells out: each stem with every suffix and prefix its flags allow (for build time). */
export function expandForms(aff: string, dic: string): string[] {
  const { prefixes, suffixes } = parseAffixes(aff);
  const forms = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    forms.add(stem);
    const suffixed: [string, Affix][] = [];
    for (const affix of suffixes) {
      if (!flags.includes(affix.flag) || !stem.endsWith(affix.strip) || !affix.condition.test(stem)) continue;
      const form = stem.slice(0, stem.length - affix.strip.length) + affix.add;
      forms.add(form);
      suffixed.push([form, affix]);
    }
    for (const affix of prefixes) {
      if (!flags.includes(affix.flag) || !stem.startsWith(affix.strip) || !affix.condition.test(stem)) continue;
      forms.add(affix.add + stem.slice(affix.strip.length));
      if (!affix.canCombine) continue;
      for (const [form, suffix] of suffixed) if (suffix.canCombine) forms.add(affix.add + form.slice(affix.strip.length));
    }
  }
  return [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
