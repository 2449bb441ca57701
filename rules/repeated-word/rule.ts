// repeated-word: the same word twice or more in a row ("the the"); fixed by removing every copy after the first.
// Cost: linear in the words: each word compared with the one before it.
import type { Block, Document, Finding, Rule, RuleOptions, Sentence, Token, WordTable } from '../../src/types';
import data from './repeated-word.json';
import { readStringListOption } from '../shared/options';

const allowedByDefault = new Set(data.allowed);
const functionWords = new Set(data.functionWords);
const particleVerbs = new Map(
  Object.entries(data.particleVerbs)
    .filter(([particle]) => !particle.startsWith('_'))
    .map(([particle, verbs]) => [particle, new Set(verbs as string[])]),
);

/** The forms a verb may have been inflected from: "checked" → check, "logging" → log, "sets" → set. */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    forms.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
    if (stem.endsWith('i')) forms.push(`${stem.slice(0, -1)}y`);
  }
  return forms;
}

/** "checked in in March": a particle right after its verb, then the same word as a preposition. */
function isParticleAfterVerb(previous: Token | undefined, word: string): boolean {
  const verbs = particleVerbs.get(word);
  return verbs !== undefined && previous !== undefined && baseForms(previous.text.toLowerCase()).some((form) => verbs.has(form));
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAllowed(first: Token, second: Token, allowed: ReadonlySet<string>): boolean {
  const lower = second.text.toLowerCase();
  if (allowed.has(lower)) return true;
  // "Walla Walla", "Duran Duran": a name, unless the word is one that no name repeats.
  if (isCapitalized(first.text) && isCapitalized(second.text) && !functionWords.has(lower)) return true;
  return !/\p{L}/u.test(lower);
}

const rule: Rule = {
  id: 'repeated-word',
  description: 'The same word written twice in a row',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    allow: { type: 'string[]', description: 'More words that may stand twice in a row.', default: [] },
  },
  check(document: Document, options: RuleOptions): Finding[] {
    const extra = readStringListOption(options, 'allow').map((word) => word.toLowerCase());
    const allowed = extra.length > 0 ? new Set([...allowedByDefault, ...extra]) : allowedByDefault;
    const findings: Finding[] = [];
    for (const block of document.proseBlocks) {
      // Most blocks repeat no word at all: only the sentences where a word might repeat are parsed.
      const seen = new Set<Sentence>();
      for (const [start, end] of maybeRepeated(block, document.wordTable)) {
        for (const sentence of block.sentencesIn(start, end)) {
          if (seen.has(sentence)) continue;
          seen.add(sentence);
          checkSentence(document, sentence, allowed, findings);
        }
      }
    }
    return findings;
  },
};

/** Where two equal words stand with only white space between: a cheap scan of the block's spans, before any parsing. */
function* maybeRepeated(block: Block, table: WordTable): Generator<[number, number]> {
  const { text } = block;
  const { count, starts, ends, ids } = block.wordSpans;
  for (let i = 1; i < count; i++) {
    const firstEnd = ends[i - 1]!;
    const secondStart = starts[i]!;
    if (firstEnd - starts[i - 1]! !== ends[i]! - secondStart || !/^\s+$/.test(text.slice(firstEnd, secondStart))) continue;
    if (ids[i - 1] === ids[i] || table.text(ids[i - 1]!).toLowerCase() === table.text(ids[i]!).toLowerCase()) yield [starts[i - 1]!, ends[i]!];
  }
}

/** Where a run of one word repeated from `first` ends: the index of its last token (`first` + 2 for a pair). */
function runEnd(tokens: readonly Token[], first: number, word: string): number {
  const key = word.toLowerCase();
  let last = first + 2;
  while (tokens[last + 1]?.kind === 'whitespace' && tokens[last + 2]?.kind === 'word' && tokens[last + 2]!.text.toLowerCase() === key) last += 2;
  return last;
}

/** Whether the source says what the prose says from the end of the first word to each copy: white space, then the word. */
function isExactRun(document: Document, first: Token, copies: readonly Token[]): boolean {
  let previous = first;
  for (const word of copies) {
    if (!/^\s+$/.test(document.text.slice(previous.range[1], word.range[0])) || document.text.slice(...word.range) !== word.text) return false;
    previous = word;
  }
  return true;
}

/**
 * The word a token ends in, or starts with: the token itself, or for one the parser joined at punctuation
 * ("Note:the", "was.Then", "was." before a lowercase word) the word at that end of it, which is what stands
 * beside the neighbouring word.
 */
function edgeWord(token: Token, edge: 'start' | 'end'): Token {
  const part = edge === 'end' ? /[\p{L}\p{N}\p{M}'’]+$/u.exec(token.text) : /^[\p{L}\p{N}\p{M}'’]+/u.exec(token.text);
  if (!part || part[0].length === token.text.length) return token;
  const start = edge === 'end' ? token.range[1] - part[0].length : token.range[0];
  return { ...token, text: part[0], range: [start, start + part[0].length] };
}

/**
 * A run of one word ("the the the") is one finding, whose fix removes every copy after the first: one fix, so
 * that fixing once leaves one word however long the run (the fix loop's passes would each take only every
 * other copy of a run reported pair by pair). A copy joined to what follows it ("was was.Then") ends the run.
 */
function checkSentence(document: Document, sentence: Sentence, allowed: ReadonlySet<string>, findings: Finding[]): void {
  const { tokens } = sentence;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const gap = tokens[i + 1]!;
    if (tokens[i]!.kind !== 'word' || gap.kind !== 'whitespace' || tokens[i + 2]!.kind !== 'word') continue;
    const first = edgeWord(tokens[i]!, 'end');
    const second = edgeWord(tokens[i + 2]!, 'start');
    if (first.text.toLowerCase() !== second.text.toLowerCase() || isAllowed(first, second, allowed)) continue;
    if (tokens[i - 1]?.kind === 'whitespace' && isParticleAfterVerb(tokens[i - 2], first.text.toLowerCase())) continue;
    const last = second === tokens[i + 2] ? runEnd(tokens, i, first.text) : i + 2;
    const copies = [second, ...tokens.slice(i + 4, last + 1).filter((token) => token.kind === 'word')];
    const range = [first.range[1], copies[copies.length - 1]!.range[1]] as const;
    findings.push({
      message: copies.length === 1 ? `Unexpected repeated word “${second.text}”` : `Unexpected repeated word “${second.text}”, written ${copies.length + 1} times in a row`,
      range,
      actual: first.text + tokens.slice(i + 1, last).map((token) => token.text).join('') + copies[copies.length - 1]!.text,
      expected: first.text,
      ...(isExactRun(document, first, copies) ? { fix: { range, text: '' } } : {}),
    });
    i = last - 1;
  }
}

export default rule;
