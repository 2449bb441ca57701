// repeated-word: the same word twice or more in a row ("the the"); fixed by removing every copy after the first.
// Cost: linear in the words: each word compared with the one before it; a double's clause is read once.
import type { Block, Document, Finding, Rule, RuleOptions, Sentence, Token, WordTable } from '../../src/types';
import { loadWordClasses } from '../../src/language';
import data from './repeated-word.json';
import { isGrammaticalDouble, isHaveSlip, type Neighbours } from './context';
import { readStringListOption } from '../shared/options';

const classes = loadWordClasses();
const allowedByDefault = new Set(
  Object.entries(data.reduplicated)
    .filter(([group]) => !group.startsWith('_'))
    .flatMap(([, words]) => words as string[]),
);

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAllowed(first: Token, second: Token, allowed: ReadonlySet<string>): boolean {
  const lower = second.text.toLowerCase();
  if (allowed.has(lower)) return true;
  // "Walla Walla", "Duran Duran": a name, unless the word is one that no name repeats.
  if (isCapitalized(first.text) && isCapitalized(second.text) && !classes.isFunctionWord(lower)) return true;
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

/** The words of the clause around a run of one word, from the first copy at `first` to the last at `last`. */
function neighboursOf(tokens: readonly Token[], first: number, last: number, word: string): Neighbours {
  const normal = (text: string): string => text.toLowerCase().replace(/’/g, "'");
  const before: string[] = [];
  for (let at = first - 1; at >= 0 && before.length < 6; at--) {
    const token = tokens[at]!;
    if (token.kind === 'word') before.push(normal(token.text));
    else if (token.kind !== 'whitespace') break;
  }
  const after: string[] = [];
  let stop: Token | undefined;
  for (let at = last + 1; at < tokens.length && after.length < 3; at++) {
    const token = tokens[at]!;
    if (token.kind === 'word') after.push(normal(token.text));
    else if (token.kind !== 'whitespace') {
      stop = token;
      break;
    }
  }
  const endsSentence = after.length === 0 && (stop === undefined || /^[.!?…]+$/.test(stop.text));
  return { word: normal(word), before, after, endsSentence };
}

/**
 * A run of one word ("the the the") is one finding, whose fix removes every copy after the first: one fix, so
 * that fixing once leaves one word however long the run (the fix loop's passes would each take only every
 * other copy of a run reported pair by pair). A double that is grammatical where it stands ("she had had
 * enough") is left alone, and a longer run of its word keeps two copies ("I had had had enough" becomes "I had
 * had enough"). A copy joined to what follows it ("was was.Then") ends the run.
 */
function checkSentence(document: Document, sentence: Sentence, allowed: ReadonlySet<string>, findings: Finding[]): void {
  const { tokens } = sentence;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const gap = tokens[i + 1]!;
    if (tokens[i]!.kind !== 'word' || gap.kind !== 'whitespace' || tokens[i + 2]!.kind !== 'word') continue;
    const first = edgeWord(tokens[i]!, 'end');
    const second = edgeWord(tokens[i + 2]!, 'start');
    if (first.text.toLowerCase() !== second.text.toLowerCase() || isAllowed(first, second, allowed)) continue;
    const last = second === tokens[i + 2] ? runEnd(tokens, i, first.text) : i + 2;
    const neighbours = neighboursOf(tokens, i, last, first.text);
    if (isGrammaticalDouble(neighbours)) {
      if (last > i + 2) report(document, tokens, i + 2, last, [tokens[i + 2]!, tokens[i + 4]!], findings);
    } else if (last === i + 2 && isHaveSlip(neighbours)) {
      findings.push(haveSlip(document, first, second));
    } else {
      report(document, tokens, i, last, [first, second], findings);
    }
    i = last - 1;
  }
}

/**
 * "would had had", "to had had": reported, but not fixed, as removing a copy leaves "would had"; what was meant
 * is most likely "would have had", offered as a suggestion beside the removal.
 */
function haveSlip(document: Document, first: Token, second: Token): Finding {
  const range = [first.range[1], second.range[1]] as const;
  const isExact = document.text.slice(...first.range) === first.text && document.text.slice(...second.range) === second.text;
  return {
    message: `Unexpected repeated word “${second.text}”, expected “have ${second.text}”`,
    range,
    actual: `${first.text} ${second.text}`,
    expected: `have ${second.text}`,
    ...(isExact
      ? { suggestions: [{ message: `Replace with “have ${second.text}”`, fix: { range: first.range, text: 'have' } }, { message: `Remove the repeated “${second.text}”`, fix: { range, text: '' } }] }
      : {}),
  };
}

/**
 * Reports the copies of a run after the word at `at` (`kept`, followed by `second`), through the token at
 * `last`, with one fix that removes them all.
 */
function report(document: Document, tokens: readonly Token[], at: number, last: number, [kept, second]: readonly [Token, Token], findings: Finding[]): void {
  const copies = [second, ...tokens.slice(at + 4, last + 1).filter((token) => token.kind === 'word')];
  const written = copies.length + (at >= 2 && tokens[at - 2]!.text.toLowerCase() === kept.text.toLowerCase() ? 2 : 1);
  const range = [kept.range[1], copies[copies.length - 1]!.range[1]] as const;
  findings.push({
    message: written === 2 ? `Unexpected repeated word “${second.text}”` : `Unexpected repeated word “${second.text}”, written ${written} times in a row`,
    range,
    actual: kept.text + tokens.slice(at + 1, last).map((token) => token.text).join('') + copies[copies.length - 1]!.text,
    expected: kept.text,
    ...(isExactRun(document, kept, copies) ? { fix: { range, text: '' } } : {}),
  });
}

export default rule;
