// spelling: words no dictionary knows, with suggestions (retext-spell); names are spared, inconsistent spellings reported.
// Cost: linear in the words: a hash look-up a word; each distinct unknown word gets suggestions from a bounded
// set of candidates (its edits and sound-alikes), made once a thread and kept.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import data from './spelling.json';
import { loadMisspellings } from '../../src/language';
import { correctionsOf, isSlip, loadRetextSpell, retextSpellSuggestions, retextSuggestionsOf } from './corrections';
import { capitalizedSlips } from './capitalized-slips';
import { inconsistentNames, isInPhrase, isSpeciesName, misspelledNames } from './names';
import { isAccepted } from './known-words';
import { detectDialect, type Language, LANGUAGES, spellerFor } from './spellers';
import { classify, type Occurrence, type SpanInfo, SPELLING_WORDS } from './word-classes';

export { LANGUAGES, type Language } from './spellers';
export { suggestionsFor, wordFrequencies } from './corrections';

const extraWords = new Set(data.words);

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
    if (options.suggester === 'retext-spell') await loadRetextSpell();
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
        !(personal.has(word) || extraWords.has(word) || loadMisspellings().has(word.toLowerCase()) || isAccepted(speller, word, word)) &&
        // A name written in lower case ("kremlin") is the capitalization rule's to report.
        !speller.has(word[0]!.toUpperCase() + word.slice(1)) &&
        isSlip(speller, word, occurrences.length),
    );
    if (suggester === 'retext-spell' && reported.length > 0) retextSpellSuggestions(reported.map(([word]) => word), language ?? 'en-US');
    for (const [word, occurrences] of reported) {
      const suggestions =
        suggester === 'retext-spell' ? retextSuggestionsOf(word, language ?? 'en-US') : correctionsOf(speller, word).slice(0, 3).map((candidate) => candidate.word);
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
    const names = misspelledNames(document, capitalized, capitalCounts, personal, speller, reportedNames);
    for (const finding of names) reportedNames.add(finding.actual);
    findings.push(...inconsistent, ...names, ...capitalizedSlips(document, capitalized, capitalCounts, personal, speller, reportedNames));
    return findings;
  },
};

export default rule;
