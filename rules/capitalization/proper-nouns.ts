// Proper nouns of one word written lowercase: the name the config, the article, the dictionary or the gazetteer knows, and the place it names.
import type { Block } from '../../src/types';
import data from './capitalization.json';
import { loadGazetteer } from '../../src/language';
import { type Check, report } from './check';
import { isEvidenceBlock } from './evidence';
import { identifiersOf, tokenAround } from './identifiers';
import { type Entry, type Word, capitalize, isJoinedBySpace } from './word-forms';
import { connectors, determiners, nameFollowers, nameLeadIns, smallWords, titleWords } from './word-lists';

const nationalityHeads = new Set(data.nationalityHeads);
const placeLeadIns = new Set(data.placeLeadIns);
const reportingVerbs = new Set(data.reportingVerbs);
const placeHeadsBefore = data.placeHeadsBefore;
const placeHeadsAfter = new Set(data.placeHeadsAfter);
const lowercaseAllowed = new Set<string>(data.lowercaseAllowed);
const alwaysProper = new Map<string, string>(data.alwaysProper.map((word) => [word.toLowerCase(), word]));
const hyphenPrefixes = new Set(data.hyphenPrefixes);

/** The proper form of a lowercase word, by the config, then the article, then the dictionary; worked out once a key. */
function properFormOf(check: Check, entry: Entry): string | undefined {
  if (entry.properForm === undefined) entry.properForm = findProperForm(check, entry) ?? null;
  return entry.properForm ?? undefined;
}

/** Whether a lowercase word is a proper noun on its own ("mexico"): a name it stands in is a name whatever the other words' case. */
export function isProperOnItsOwn(check: Check, word: Word): boolean {
  return word.isLowercase && properFormOf(check, word.entry) !== undefined;
}

/** How often the article must lowercase a dictionary name, and never capitalize it, for that to be its style. */
const CONSISTENT_LOWERCASE = 3;

function findProperForm(check: Check, entry: Entry): string | undefined {
  const { key } = entry;
  const configured = check.configured.get(key);
  if (configured !== undefined) return configured === key ? undefined : configured;
  if (lowercaseAllowed.has(key)) return undefined;
  const always = alwaysProper.get(key);
  if (always) return always;
  const forms = entry.capitalized;
  const capitalizedCount = entry.capitalizedCount;
  // A word the dictionary does not know in lower case, capitalized inside sentences at least as often as not: a name.
  if (forms && !check.casing.isLowercaseWord(key) && capitalizedCount >= entry.lowercaseCount && !check.casing.isLowercaseWordInAnyDialect(key)) {
    return mostUsed(forms)[0];
  }
  if (capitalizedCount === 0) return listedUnlessConsistent(check, entry);
  // The dictionary or the gazetteer knows it only as a name and the article capitalizes it too: its lowercase copies are slips, however many.
  return key.length < 4 ? undefined : listedForm(check, entry);
}

/** The dictionary's or the gazetteer's name for a key, kept on the form that first had the key (it is the same for all). */
function listedForm(check: Check, entry: Entry): string | undefined {
  const { form } = entry;
  form.listed ??= check.casing.properForm(entry.key) ?? gazetteerForm(check, entry.key) ?? null;
  return form.listed ?? undefined;
}

/** The gazetteer's name for a word no dictionary knows in lower case ("kyrgyz", "tigrinya"). */
function gazetteerForm(check: Check, key: string): string | undefined {
  const form = loadGazetteer().words.get(key);
  return form !== undefined && !check.casing.isLowercaseWordInAnyDialect(key) ? form : undefined;
}

/** The dictionary's name for a word, unless the article consistently writes it in lower case. Short dictionary names ("Al", "Del", "UN") are too often particles, fragments or foreign words. */
function listedUnlessConsistent(check: Check, entry: Entry): string | undefined {
  if (entry.key.length < 4) return undefined;
  const listed = listedForm(check, entry);
  return listed !== undefined && entry.lowercaseCount < CONSISTENT_LOWERCASE ? listed : undefined;
}

/** A lowercase part of a hyphenated name ("Hoi-kwan", "al-Assad") or a short prefix ("eco-"): not a word of its own. */
export function isNamePart(text: string, word: Word): boolean {
  if (text[word.start - 1] === '-' && /\p{Lu}\p{L}*-$/u.test(text.slice(Math.max(0, word.start - 30), word.start))) return true;
  return text[word.end] === '-' && word.end - word.start <= 3;
}

/** Whether a word is a function word, an auxiliary or a reporting verb: none of them is what a nationality word describes. */
function isFunctionWord(key: string): boolean {
  return nameLeadIns.has(key) || smallWords.has(key) || nameFollowers.has(key) || determiners.has(key) || connectors.has(key);
}

/**
 * The name for a gazetteer word the dictionary also knows in lower case ("danish" pastry, "panama" hat),
 * where the context makes it the name: a demonym or language before the kind of noun nationalities describe
 * ("the danish government"), or before any noun when the article capitalizes the word elsewhere; a place
 * after "in", "from" or "to" with no noun after it ("flew to panama.").
 */
function contextualGazetteerForm(check: Check, block: Block, words: readonly Word[], index: number): string | undefined {
  const word = words[index]!;
  const { entry } = word;
  if (word.text !== entry.key) return undefined;
  const gazetteer = loadGazetteer();
  entry.gazetteerForm ??= lowercaseAllowed.has(entry.key) ? null : (gazetteer.words.get(entry.key) ?? null);
  const form = entry.gazetteerForm;
  if (form === null) return undefined;
  const next = words[index + 1];
  const nextWord = next !== undefined && isJoinedBySpace(block.text, word, next) ? next : undefined;
  if (gazetteer.isAdjective(word.key)) {
    if (!nextWord?.isLowercase || isFunctionWord(nextWord.key) || nextWord.key.endsWith('ly')) return undefined;
    return nationalityHeads.has(nextWord.key) || check.evidence.capitalized.has(word.key) ? form : undefined;
  }
  const previous = words[index - 1];
  if (previous === undefined || !isJoinedBySpace(block.text, previous, word) || !placeLeadIns.has(previous.key)) return undefined;
  return nextWord === undefined || isFunctionWord(nextWord.key) ? form : undefined;
}

/** How often the article must capitalize a word inside sentences to outweigh the dictionary's lowercase sense. */
const STRONG_EVIDENCE = 3;

/**
 * The article's name for a word the dictionary also knows in lower case ("Baker", "baker"): when the article
 * capitalizes it inside sentences three times or more, lowercases it once only, and that once stands where a
 * name stands, not after a determiner or another word that takes a noun ("the baker"), and before a full stop,
 * comma or reporting verb ("…, baker said."). Office words ("President Biden", "the president") are house style.
 */
function strongEvidenceForm(check: Check, block: Block, words: readonly Word[], index: number): string | undefined {
  const word = words[index]!;
  const { entry } = word;
  entry.strongForm ??= strongForm(check, entry) ?? null;
  const form = entry.strongForm;
  if (form === null || !isEvidenceBlock(block)) return undefined;
  const previous = words[index - 1];
  if (previous && isJoinedBySpace(block.text, previous, word) && !previous.isCapitalized && !(nameLeadIns.has(previous.key) && !determiners.has(previous.key) && previous.key !== 'to')) return undefined;
  const next = words[index + 1];
  if (next && isJoinedBySpace(block.text, word, next) && !reportingVerbs.has(next.key)) return undefined;
  return form;
}

/** The form the article capitalizes a word in often enough to outweigh the dictionary, wherever the word stands. */
function strongForm(check: Check, entry: Entry): string | undefined {
  const { key, capitalized } = entry;
  if (!capitalized || key.length < 4 || titleWords.has(key) || isFunctionWord(key) || lowercaseAllowed.has(key) || !check.casing.isLowercaseWord(key)) return undefined;
  const [form, count] = mostUsed(capitalized);
  return count >= STRONG_EVIDENCE && entry.lowercaseCount <= 1 ? form : undefined;
}

/** The form used most often; the first of those when several are. */
function mostUsed(forms: ReadonlyMap<string, number>): [string, number] {
  let best: [string, number] = ['', -1];
  for (const [form, count] of forms) if (count > best[1]) best = [form, count];
  return best;
}

/** The article's other capitalized spellings of a word, used as often as `form`: readings as good as it ("DeepMind", "Deepmind"). */
function rivalForms(entry: Entry, form: string): string[] {
  const forms = entry.capitalized;
  const count = forms?.get(form);
  if (!forms || count === undefined) return [];
  return [...forms].filter(([other, uses]) => other !== form && uses === count).map(([other]) => other);
}

/**
 * Whether a word is a part of an identifier or compound, not a word of its own: joined by "_", ":", "/" or "."
 * ("node:crypto", "src/russia"), or after a hyphen and a lowercase word that is neither a prefix nor a name
 * ("retext-english", "double-metaphone"; but "anti-russian", "franco-german").
 */
function isIdentifierPart(check: Check, block: Block, words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const { text } = block;
  const span = tokenAround(text, word.start, word.end);
  if (span.to - span.from === word.end - word.start) return false;
  if (/[_:/.\p{N}]/u.test(text.slice(span.from, span.to))) return true;
  if (text[word.start - 1] !== '-') return false;
  const previous = words[index - 1];
  if (!previous || previous.end !== word.start - 1 || !previous.isLowercase) return /\p{Ll}-$/u.test(text.slice(span.from, word.start));
  return !hyphenPrefixes.has(previous.key) && properFormOf(check, previous.entry) === undefined && !loadGazetteer().words.has(previous.key);
}

export function checkProperNouns(check: Check, block: Block, words: readonly Word[]): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const form = properFormOf(check, word.entry) ?? contextualGazetteerForm(check, block, words, index) ?? strongEvidenceForm(check, block, words, index);
    if (!form || isNamePart(block.text, word) || isIdentifierPart(check, block, words, index)) continue;
    const ending = word.text.slice(word.key.length);
    const expected = form + ending;
    if (reportPlaceName(check, block, words, index, expected)) continue;
    const message = `Unexpected lowercase “${word.text}”, expected the proper noun “${expected}”`;
    // A name the article spells two ways as often, or a word it also writes in code, has more than one reading.
    const rivals = rivalForms(word.entry, form).map((other) => other + ending);
    if (rivals.length > 0) report(check, block, word.start, word.end, expected, `${message} or “${rivals.join('” or “')}”`, [expected, ...rivals]);
    else if (identifiersOf(check).inCode.has(word.text)) report(check, block, word.start, word.end, expected, `${message} unless it is the “${word.text}” the article writes in code`, [expected]);
    else report(check, block, word.start, word.end, expected, message);
  }
}

/** Whether the words from `from` are lowercase, joined by single spaces and spell `keys`. */
function spells(block: Block, words: readonly Word[], from: number, keys: readonly string[]): boolean {
  if (from < 0 || from + keys.length > words.length) return false;
  for (let k = 0; k < keys.length; k++) {
    const word = words[from + k]!;
    if (!word.isLowercase || word.key !== keys[k] || (k > 0 && !isJoinedBySpace(block.text, words[from + k - 1]!, word))) return false;
  }
  return true;
}

/**
 * Reports a lowercased place with the lowercased generic word of its name ("the colorado river", "university
 * of arizona", "lake geneva"); says whether it did. After a place, only under "the": "a texas river" is a
 * description. Words of a name glued by a space only.
 */
function reportPlaceName(check: Check, block: Block, words: readonly Word[], index: number, placeForm: string): boolean {
  const word = words[index]!;
  let from = index;
  let to = index;
  for (const head of placeHeadsBefore) {
    const keys = head.split(' ');
    if (spells(block, words, index - keys.length, [...keys, word.key])) from = index - keys.length;
  }
  const next = words[index + 1];
  const previous = words[index - 1];
  if (from === index && next && placeHeadsAfter.has(next.key) && spells(block, words, index, [word.key, next.key]) && previous?.key === 'the' && isJoinedBySpace(block.text, previous, word)) to = index + 1;
  if (from === index && to === index) return false;
  let expected = '';
  for (let k = from; k <= to; k++) {
    const part = words[k]!;
    const text = k === index ? placeForm : connectors.has(part.key) ? part.text : capitalize(part.text);
    expected += (k > from ? block.text.slice(words[k - 1]!.end, part.start) : '') + text;
  }
  const actual = block.text.slice(words[from]!.start, words[to]!.end);
  return report(check, block, words[from]!.start, words[to]!.end, expected, `Unexpected “${actual}”, expected the name “${expected}”`) !== undefined;
}
