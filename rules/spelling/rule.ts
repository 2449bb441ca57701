// spelling: words no dictionary knows, with suggestions (retext-spell); names are spared, inconsistent spellings reported.
// Cost: linear in the words: a hash look-up a word; each distinct unknown word gets suggestions from a bounded
// set of candidates (its edits and sound-alikes), made once a thread and kept.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import data from './spelling.json';
import { AMERICAN, BRITISH, dialectOf, type Frequencies, isAsciiLowercase, type Lexicon, loadFrequencies, loadLexicon, loadMisspellings, loadWordSet, soundKeysOf } from '../../src/language';
import { type Candidate, nearWords, scoreOf, weightedDistance } from './near-words';
import type { SpellChecker } from './retext-spell-checker';

export const LANGUAGES = ['en-US', 'en-GB', 'en-CA', 'en-AU'] as const;
export type Language = (typeof LANGUAGES)[number];

const PACKAGES: Readonly<Record<Language, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-CA': 'dictionary-en-ca',
  'en-AU': 'dictionary-en-au',
};

const POSSESSIVE = /['’]s$/u;
/** A lower-case word the article uses this often is its own term, not a slip. */
const CONSISTENT = 2;
const prefixes = data.prefixes;
const suffixes = data.suffixes;
const particles = new Set(data.particles);
const extraWords = new Set(data.words);
const titles = new Set(data.titles);
const phraseWords = new Map<string, string[]>();
for (const phrase of data.phrases) for (const word of phrase.split(' ')) phraseWords.set(word, [...(phraseWords.get(word) ?? []), phrase]);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Spelling that tells an American article from a British one. */

interface Occurrence {
  readonly block: number;
  readonly from: number;
  readonly to: number;
  readonly word: string;
}

/** The dictionaries a word is checked against: one dialect's, or any English one's when the dialect is open. */
interface Speller {
  readonly name: string;
  /** Whether one of the dictionaries spells the exact form out. */
  readonly has: (word: string) => boolean;
}

function createSpeller(name: string, languages: readonly Language[]): Speller {
  // The build spells every form out into a sorted file (one binary search a word); without it, affixes are undone.
  const checks = languages.map((language) => {
    const set = loadWordSet(PACKAGES[language]);
    if (set) return (word: string) => set.has(word);
    const lexicon = lexiconOf(language);
    return (word: string) => lexicon.has(word);
  });
  return { name, has: (word) => checks.some((check) => check(word)) };
}

/** Answers per speller and word, for the whole process: each distinct word is looked up once. */
const known = new Map<string, boolean>();

function isKnown(speller: Speller, key: string, word: string): boolean {
  const cacheKey = `${speller.name}\0${word}`;
  let answer = known.get(cacheKey);
  if (answer === undefined) {
    answer = isWord(speller, key, word) || isOtherDialectWord(speller, key, word) || isDerived(speller, key);
    known.set(cacheKey, answer);
  }
  return answer;
}

function isWord(speller: Speller, key: string, word: string): boolean {
  if (speller.has(key) || (word !== key && speller.has(word))) return true;
  // Plurals the word lists leave out: "intolerances", "militaries", "scribblings".
  const has = (stem: string): boolean => stem.length >= 4 && speller.has(stem);
  return (key.endsWith('ies') && has(`${key.slice(0, -3)}y`)) || (key.endsWith('es') && has(key.slice(0, -2))) || (key.endsWith('s') && !key.endsWith('ss') && has(key.slice(0, -1)));
}

/**
 * Built from words the lists know: a prefix and a word (unaired), a word and a suffix (caringly), or two words
 * (hardline). Each word must have four letters or more, so that a slip does not pass as two short words
 * ("persoon" is not "per" and "soon"), and a dialect spelling is judged as such ("colour" is not "co" and "lour").
 */
function isDerived(speller: Speller, key: string): boolean {
  if (AMERICAN.test(key) || BRITISH.test(key)) return false;
  const has = (part: string): boolean => part.length >= 4 && speller.has(part);
  for (const prefix of prefixes) if (key.startsWith(prefix) && has(key.slice(prefix.length))) return true;
  for (const suffix of suffixes) if (key.endsWith(suffix) && has(key.slice(0, -suffix.length))) return true;
  for (let cut = 4; cut <= key.length - 4; cut++) if (has(key.slice(0, cut)) && has(key.slice(cut))) return true;
  return false;
}

const neighbours = new Map<string, readonly string[]>();

/**
 * Dictionary words one edit (a letter dropped, added, changed or two swapped) from the word. A slip of the
 * keyboard or a common misspelling has one; a rare word the lists lack ("zooxanthellae", "upwelling") does not,
 * and is left alone rather than reported as an error.
 */
function neighboursOf(speller: Speller, word: string): readonly string[] {
  const cacheKey = `${speller.name}\0${word}`;
  let found = neighbours.get(cacheKey);
  if (found) return found;
  const result = new Set<string>();
  const consider = (candidate: string): void => {
    if (candidate.length > 1 && !result.has(candidate) && speller.has(candidate)) result.add(candidate);
  };
  for (let i = 0; i < word.length && result.size < 6; i++) {
    consider(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      if (letter !== word[i]) consider(word.slice(0, i) + letter + word.slice(i + 1));
      consider(word.slice(0, i) + letter + word.slice(i));
    }
  }
  for (const letter of LETTERS) consider(word + letter);
  found = [...result];
  neighbours.set(cacheKey, found);
  return found;
}

/**
 * A word another English dictionary knows ("amidst" is not in the American list) is a word, unless its ending
 * marks the other dialect's spelling ("colour" in an American article).
 */
function isOtherDialectWord(speller: Speller, key: string, word: string): boolean {
  if (speller.name === 'any') return false;
  const marker = speller.name === 'en-US' ? BRITISH : AMERICAN;
  return !marker.test(key) && isWord(anyDialect(), key, word);
}

let any: Speller | undefined;
function anyDialect(): Speller {
  return (any ??= createSpeller('any', ['en-US', 'en-GB']));
}

/** Two-edit corrections come from the most frequent words only: a slip of a rare word is itself likely a rare word. */
const TWO_EDIT_LIMIT = 30000;
/**
 * The most two edits may cost: a doubled letter and any other edit, or two of the cheaper slips (a swap, a
 * vowel, a neighbouring key). A vowel and a plain edit (1.6) is where rare real words start: "predation"
 * is that far from "probation".
 */
const TWO_EDIT_COST = 1.5;
/**
 * A long word ("exsperence") has room for two plain edits and still resembles one word only: it is a slip of a
 * very common word up to this cost.
 */
const LONG_WORD_COST = 2;
const LONG_WORD_LENGTH = 8;
const LONG_WORD_LIMIT = 10000;
/** A slip rarely changes a word's first letter: a candidate that does costs this much more. */
const FIRST_LETTER_COST = 0.4;
/**
 * A word that sounds like a dictionary word (the same Double Metaphone key: "adequit" and "adequate",
 * "judgmnet" and "judgment") is a slip of it up to this cost, whatever the word's rank.
 */
const SOUND_ALIKE_COST = 2.5;
/** A shorter sound key ("TK" for both "tikka" and "take") is shared by too many words to be evidence. */
const SOUND_KEY_LENGTH = 4;
/** A word the article repeats is still a slip when a word this common is one cheap edit away. */
const COMMON_LIMIT = 3000;
/** Shorter repeated words are too often terms of their own one letter from a common word ("coli", "pled"). */
const REPEATED_LENGTH = 5;

const corrections = new Map<string, readonly Candidate[]>();

/** How often English uses each word the English dictionaries know (see word-frequency). */
export function wordFrequencies(): Frequencies {
  return loadFrequencies();
}

/**
 * The dictionary words the word could be a slip of, best first (weighted edit cost, then frequency): every
 * word one edit away; when there is none, common words two cheap edits away (two plain edits for a long word)
 * and words that sound the same.
 */
function correctionsOf(speller: Speller, word: string): readonly Candidate[] {
  const cacheKey = `${speller.name}\0${word}`;
  let found = corrections.get(cacheKey);
  if (found) return found;
  const frequencies = wordFrequencies();
  const near = neighboursOf(speller, word).map((candidate) => ({
    word: candidate,
    cost: weightedDistance(word, candidate, 1) + (candidate[0] === word[0] ? 0 : FIRST_LETTER_COST),
    rank: frequencies.rank(candidate),
  }));
  if (near.length === 0 && word.length >= 5 && !isCompound(speller, word)) {
    near.push(...nearWords(frequencies, word, TWO_EDIT_COST, TWO_EDIT_LIMIT).filter((candidate) => speller.has(candidate.word)));
    if (near.length === 0 && word.length >= LONG_WORD_LENGTH) {
      near.push(...nearWords(frequencies, word, LONG_WORD_COST, LONG_WORD_LIMIT).filter((candidate) => speller.has(candidate.word)));
    }
    const keys = soundKeysOf(word);
    if (keys[0]!.length >= SOUND_KEY_LENGTH) {
      const seen = new Set(near.map((candidate) => candidate.word));
      for (const other of frequencies.soundingLike(keys)) {
        if (seen.has(other) || !speller.has(other)) continue;
        const cost = weightedDistance(word, other, SOUND_ALIKE_COST) + (other[0] === word[0] ? 0 : FIRST_LETTER_COST);
        if (cost <= SOUND_ALIKE_COST) near.push({ word: other, cost, rank: frequencies.rank(other) });
      }
    }
  }
  found = near.sort((a, b) => scoreOf(a) - scoreOf(b));
  corrections.set(cacheKey, found);
  return found;
}

/** Two words run together, the second of three letters or more ("darknet"): not a slip two edits from another word. */
function isCompound(speller: Speller, word: string): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) if (speller.has(word.slice(0, cut)) && speller.has(word.slice(cut))) return true;
  return false;
}

/** Whether a lower-case unknown word looks like a slip: used once and near a word, or near a common word at one cheap edit. */
function isSlip(speller: Speller, word: string, uses: number): boolean {
  const candidates = correctionsOf(speller, word);
  if (uses < CONSISTENT) return candidates.length > 0;
  return word.length >= REPEATED_LENGTH && candidates.some((candidate) => candidate.cost <= 1 && candidate.rank <= COMMON_LIMIT);
}

/**
 * The words the rule would suggest for a lower-case unknown word, best first, in the given dialect (any English
 * when undefined): the same candidates and order as its findings with the default suggester.
 */
export function suggestionsFor(word: string, language?: Language, limit = 3): string[] {
  return correctionsOf(spellerFor(language), word).slice(0, limit).map((candidate) => candidate.word);
}

function lexiconOf(language: Language): Lexicon {
  return loadLexicon(PACKAGES[language]);
}

/** American and British lists between them cover Canadian and Australian spelling too; those load only when asked for. */
const spellers = new Map<Language, Speller>();

function spellerFor(language: Language | undefined): Speller {
  if (!language) return anyDialect();
  let speller = spellers.get(language);
  if (!speller) {
    speller = createSpeller(language, [language]);
    spellers.set(language, speller);
  }
  return speller;
}

/** The article's dialect from its own spellings, when they all point one way; undefined when mixed or silent. */
function detectDialect(keys: Iterable<string>): Language | undefined {
  const american = spellerFor('en-US');
  const british = spellerFor('en-GB');
  return dialectOf(keys, american.has, british.has);
}

/** Damerau–Levenshtein distance, stopping early once it passes 1. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const spellCheckers = new Map<Language, SpellChecker>();
const retextSuggestions = new Map<string, readonly string[]>();
/** retext-spell and what it runs on, loaded by `prepare` when the option asks for it. */
let retext: typeof import('./retext-spell-checker') | undefined;

/**
 * Suggestions from retext-spell (nspell over the dialect's dictionary), for the `suggester: "retext-spell"`
 * option: better ranked, but building nspell takes about 300 ms, so only words already reported are asked
 * about, at most three suggestions each, each word once per run.
 */
function retextSpellSuggestions(words: readonly string[], language: Language): void {
  const missing = words.filter((word) => !retextSuggestions.has(`${language}\0${word}`));
  if (missing.length === 0) return;
  if (!retext) throw new Error('retext-spell is not loaded: the rule was not prepared');
  let checker = spellCheckers.get(language);
  if (!checker) {
    checker = retext.createSpellChecker(PACKAGES[language]);
    spellCheckers.set(language, checker);
  }
  for (const [word, expected] of checker.suggest(missing)) retextSuggestions.set(`${language}\0${word}`, expected.slice(0, 3));
  for (const word of missing) if (!retextSuggestions.has(`${language}\0${word}`)) retextSuggestions.set(`${language}\0${word}`, []);
}

function readLanguage(options: RuleOptions, context: RuleContext | undefined): Language | undefined {
  const value = options.language ?? context?.language;
  if (value === undefined || value === null) return undefined;
  if (!LANGUAGES.includes(value as Language)) throw new TypeError(`language must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}`);
  return value as Language;
}

const rule: Rule = {
  id: 'spelling',
  description: 'Words no dictionary knows (names and the article’s own terms spared), and names spelled two ways, with suggestions',
  defaultSeverity: 'warn',
  fixable: false,
  options: {
    language: { type: 'string', description: 'en-US, en-GB, en-CA or en-AU; by default the top-level `language`, or detected from the article.' },
    suggester: {
      type: 'string',
      description: '"nearby" (default: dictionary words one edit away, instant) or "retext-spell" (nspell’s ranking; about 300 ms to load).',
      default: 'nearby',
    },
  },
  async prepare(options: RuleOptions): Promise<void> {
    if (options.suggester === 'retext-spell') retext ??= await import('./retext-spell-checker');
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const personal = new Set([...(context?.dictionary ?? []), ...(context?.properNouns ?? [])].map((word) => word.toLowerCase()));
    // Each distinct word is judged once (and remembered for the run); only words that might be reported keep
    // their occurrences. A word any English dictionary knows, with no dialect ending, passes at once.
    const lowercase = new Map<string, Occurrence[]>();
    const capitalized = new Map<string, Occurrence[]>();
    const capitalCounts = new Map<string, number>();
    const dialectWords = new Set<string>();
    const infos = document.wordTable.cache<SpanInfo | null>(SPELLING_WORDS);
    document.proseBlocks.forEach((block, index) => {
      const { text } = block;
      const { count, starts, ends, ids } = block.wordSpans;
      for (let s = 0; s < count; s++) {
        const id = ids[s]!;
        let info = infos[id];
        if (info === undefined) info = infos[id] = classify(document.wordTable.text(id));
        if (!info) continue;
        const start = starts[s]!;
        const end = ends[s]!;
        const { word, isLower } = info;
        if (!isLower) capitalCounts.set(word, (capitalCounts.get(word) ?? 0) + 1);
        if (info.isPlain) continue;
        if (info.isDialect) dialectWords.add(word);
        // Hyphenated words and parts of addresses or file names are never checked.
        const before = text[start - 1];
        const after = text[end];
        if ((before !== undefined && '-.@/_\\’\''.includes(before)) || (after !== undefined && '-@/_\\'.includes(after))) continue;
        if (after === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
        const table = isLower ? lowercase : capitalized;
        const occurrence = { block: index, from: start, to: start + word.length, word };
        const list = table.get(word);
        if (list) list.push(occurrence);
        else table.set(word, [occurrence]);
      }
    });
    const configured = readLanguage(options, context);
    const language = configured ?? detectDialect(dialectWords);
    const speller = spellerFor(language);
    const findings: Finding[] = [];
    const suggester = options.suggester ?? 'nearby';
    if (suggester !== 'nearby' && suggester !== 'retext-spell') throw new TypeError(`suggester must be "nearby" or "retext-spell", not ${JSON.stringify(suggester)}`);
    const reported = [...lowercase].filter(
      ([word, occurrences]) =>
        !(personal.has(word) || extraWords.has(word) || isKnown(speller, word, word) || loadMisspellings().has(word.toLowerCase())) &&
        // A name written in lower case ("kremlin") is the capitalization rule's to report.
        !speller.has(word[0]!.toUpperCase() + word.slice(1)) &&
        isSlip(speller, word, occurrences.length),
    );
    if (suggester === 'retext-spell' && reported.length > 0) retextSpellSuggestions(reported.map(([word]) => word), language ?? 'en-US');
    for (const [word, occurrences] of reported) {
      const suggestions =
        suggester === 'retext-spell' ? (retextSuggestions.get(`${language ?? 'en-US'}\0${word}`) ?? []) : correctionsOf(speller, word).slice(0, 3).map((candidate) => candidate.word);
      for (const occurrence of occurrences) {
        const block = document.proseBlocks[occurrence.block]!;
        if (isInPhrase(block.text, occurrence) || isSpeciesName(block.text, occurrence, speller) || /[[\]]/.test(block.text[occurrence.from - 1] ?? '')) continue;
        const range = [block.toSource(occurrence.from), block.toSource(occurrence.to, true)] as const;
        findings.push({
          message: suggestions.length > 0 ? `Unknown word “${word}”; did you mean ${suggestions.map((w) => `“${w}”`).join(', ')}?` : `Unknown word “${word}”`,
          range,
          actual: word,
          suggestions: suggestions.map((text) => ({ message: `Replace with “${text}”`, fix: { range, text } })),
        });
      }
    }
    const inconsistent = inconsistentNames(document, capitalized, capitalCounts, personal, speller);
    const reportedNames = new Set(inconsistent.map((finding) => finding.actual));
    findings.push(...inconsistent, ...misspelledNames(document, capitalized, capitalCounts, personal, speller, reportedNames));
    return findings;
  },
};

interface SpanInfo {
  /** The word to check: the span without a possessive ending. */
  readonly word: string;
  readonly isLower: boolean;
  /** Spelled like one dialect and not the other ("colour", "organize"): judged once the article's dialect is known. */
  readonly isDialect: boolean;
  /** Known to American or British English with no dialect ending: fine whatever the article's dialect. */
  readonly isPlain: boolean;
}

/** This rule's key for its answers in a word table: what each word is (see classify), worked out once a thread. */
const SPELLING_WORDS = {};

/** What a span's text is to this rule; null for words never checked. */
function classify(raw: string): SpanInfo | null {
  let info: SpanInfo | null = null;
  let word = raw;
  const isSimple = isAsciiLowercase(raw);
  if (!isSimple) {
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    else if (/['’]/.test(word)) word = '';
  }
  // Words with digits, acronyms, inner capitals (iPhone), letters English does not use (złoty, crèche), short
  // words and name particles are never checked.
  const isChecked =
    word.length >= 3 &&
    word.charCodeAt(0) >= 65 &&
    (isSimple || !(/\p{N}/u.test(word) || word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1)) || /[^\p{ASCII}]/u.test(word))) &&
    !particles.has(word);
  if (isChecked) {
    const isLower = word.charCodeAt(0) >= 97;
    const isDialect = isLower && (AMERICAN.test(word) || BRITISH.test(word));
    info = { word, isLower, isDialect, isPlain: !isDialect && isPlainEnglish(word, isLower) };
  }
  return info;
}

const plainEnglish = new Map<string, boolean>();

/** Known to American or British English and free of dialect endings: fine whatever the article's dialect. */
function isPlainEnglish(word: string, isLower: boolean): boolean {
  let answer = plainEnglish.get(word);
  if (answer === undefined) {
    const key = isLower ? word : word.toLowerCase();
    answer = isWord(anyDialect(), key, word);
    plainEnglish.set(word, answer);
  }
  return answer;
}

/** A word of a Latin or French phrase the article uses whole: "de facto", "carte blanche". */
function isInPhrase(text: string, occurrence: Occurrence): boolean {
  for (const phrase of phraseWords.get(occurrence.word.toLowerCase()) ?? []) {
    const index = phrase.split(' ').indexOf(occurrence.word.toLowerCase());
    const before = phrase.split(' ').slice(0, index).join(' ');
    const start = occurrence.from - (before.length > 0 ? before.length + 1 : 0);
    if (start >= 0 && text.slice(start, start + phrase.length).toLowerCase().replace(/[’]/g, "'") === phrase) return true;
  }
  return false;
}

/** The second word of a species name after an unknown capitalized genus: "Carcharodon carcharias". */
function isSpeciesName(text: string, occurrence: Occurrence, speller: Speller): boolean {
  const genus = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, occurrence.from - 40), occurrence.from))?.[1];
  return genus !== undefined && !isKnown(speller, genus.toLowerCase(), genus);
}

/** A capitalized unknown word one edit away from another the article writes more often: "Zelensky" beside "Zelenskyy" ×5. */
function inconsistentNames(
  document: Document,
  capitalized: ReadonlyMap<string, readonly Occurrence[]>,
  counts: ReadonlyMap<string, number>,
  personal: ReadonlySet<string>,
  speller: Speller,
): Finding[] {
  const byInitial = new Map<string, string[]>();
  for (const word of counts.keys()) {
    const list = byInitial.get(word[0]!) ?? [];
    list.push(word);
    byInitial.set(word[0]!, list);
  }
  const count = (word: string): number => counts.get(word) ?? 0;
  const findings: Finding[] = [];
  for (const [word, occurrences] of capitalized) {
    if (word.length < 6 || personal.has(word.toLowerCase())) continue;
    const rival = (byInitial.get(word[0]!) ?? []).find(
      (other) =>
        count(other) > occurrences.length &&
        count(other) >= 3 &&
        // A plural or a people's name is not a second spelling: "Russians" beside "Russian", "Kashmiri" beside "Kashmir".
        !/^(?:s|i|n|an|es)$/.test(other.startsWith(word) ? other.slice(word.length) : word.startsWith(other) ? word.slice(other.length) : '-') &&
        isOneEditApart(word, other),
    );
    if (!rival || isKnown(speller, word.toLowerCase(), word)) continue;
    for (const occurrence of occurrences) {
      const block = document.proseBlocks[occurrence.block]!;
      const range = [block.toSource(occurrence.from), block.toSource(occurrence.to, true)] as const;
      findings.push({
        message: `Inconsistent spelling “${word}”: the article writes “${rival}” ${count(rival)} times`,
        range,
        actual: word,
        expected: rival,
        suggestions: [{ message: `Replace with “${rival}”`, fix: { range, text: rival } }],
      });
    }
  }
  return findings;
}


/**
 * A capitalized unknown word one edit from a known name or month ("Londno", "Janaury") is a slip of it, unless
 * the article shows it is a name of its own: it is used twice or more and the known name never, or it stands
 * after a title ("Mr") or beside another capitalized word that is no lower-case word (a first name or a surname).
 */
function misspelledNames(
  document: Document,
  capitalized: ReadonlyMap<string, readonly Occurrence[]>,
  counts: ReadonlyMap<string, number>,
  personal: ReadonlySet<string>,
  speller: Speller,
  reported: ReadonlySet<string | undefined>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [word, occurrences] of capitalized) {
    if (word.length < 5 || reported.has(word) || personal.has(word.toLowerCase()) || isKnown(speller, word.toLowerCase(), word)) continue;
    const names = nameCandidatesOf(speller, word);
    const name = names[0];
    if (!name) continue;
    if ((counts.get(word) ?? 0) >= CONSISTENT && !names.some((candidate) => counts.has(candidate))) continue;
    if (occurrences.some((occurrence) => isInFullName(document.proseBlocks[occurrence.block]!.text, occurrence, speller))) continue;
    for (const occurrence of occurrences) {
      const block = document.proseBlocks[occurrence.block]!;
      const range = [block.toSource(occurrence.from), block.toSource(occurrence.to, true)] as const;
      findings.push({
        message: `Unknown word “${word}”; did you mean ${names.map((w) => `“${w}”`).join(', ')}?`,
        range,
        actual: word,
        suggestions: names.map((text) => ({ message: `Replace with “${text}”`, fix: { range, text } })),
      });
    }
  }
  return findings;
}

/** Known names the word is a slip of (see slipsOf), best first. */
function nameCandidatesOf(speller: Speller, word: string): readonly string[] {
  const frequencies = wordFrequencies();
  return frequencies
    .namesSlippedAs(word)
    .filter((name) => speller.has(name))
    .map((name) => ({ word: name, cost: weightedDistance(word, name, 1), rank: frequencies.rank(name) }))
    .sort((a, b) => scoreOf(a) - scoreOf(b))
    .slice(0, 3)
    .map((candidate) => candidate.word);
}

const WORD_BEFORE = /(\p{L}+)\.? $/u;
const WORD_AFTER = /^ (\p{L}+)/u;

/** Whether the occurrence stands after a title or beside a capitalized word that is no lower-case word: part of a full name. */
function isInFullName(text: string, occurrence: Occurrence, speller: Speller): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, occurrence.from - 30), occurrence.from))?.[1];
  const after = WORD_AFTER.exec(text.slice(occurrence.to, occurrence.to + 30))?.[1];
  if (before !== undefined && titles.has(before)) return true;
  const isNamePart = (other: string | undefined): boolean => other !== undefined && /^\p{Lu}/u.test(other) && !titles.has(other) && !speller.has(other.toLowerCase());
  return isNamePart(before) || isNamePart(after);
}

export default rule;
