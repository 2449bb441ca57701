// Turns source text into a read-only Document: blocks from the Markdown or plain-text parser, prose parsed by retext-english.
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import type { Block, Document, Format, Range, Sentence, Token, TokenKind, WordSpan, WordSpans } from '../types';
import type { English } from './english';
import { loadMarkdownParser, parseMarkdown } from './markdown';
import { parsePlainText, type RawBlock } from './plain-text';
import { PLACEHOLDER, type Prose } from './prose';
import { scanSpans, sharedWordTable, spanObjects, type WordTable } from './word-spans';

export interface ParseOptions {
  readonly path?: string;
  readonly format?: Format;
  /** Markdown only: parse the whole file with remark-parse (no fast path). */
  readonly full?: boolean;
}

let english: English | undefined;

/**
 * Loads the parsers a document of this format needs (retext-english, and remark for Markdown; both when no
 * format is given), once per thread. `parseDocument` needs them loaded; the API loads them before it parses.
 */
export async function loadParsers(format?: Format): Promise<void> {
  if (!english) english = (await import('./english')).createEnglish();
  if (format !== 'text') await loadMarkdownParser();
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mkdn|mdx)$/i;

export function formatOf(path: string): Format {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

/** Why a document could not be parsed, for the documents that could not: the engine reports it as the file's failure. */
const failures = new WeakMap<Document, string>();

/** Why the document's text could not be parsed (it then has no blocks), or undefined. */
export function parseFailureOf(document: Document): string | undefined {
  return failures.get(document);
}

/**
 * Parses a text into a Document. Should the parsers fail on it, the Document has no blocks and
 * `parseFailureOf` says why: one article's failure is that article's, never the run's.
 */
export function parseDocument(text: string, options: ParseOptions = {}): Document {
  const path = options.path ?? '<text>';
  const format = options.format ?? formatOf(path);
  let parsed: { readonly blocks: readonly RawBlock[]; readonly comments: readonly Range[] };
  let failure: string | undefined;
  try {
    parsed = format === 'markdown' ? parseMarkdown(text, { full: options.full }) : { blocks: parsePlainText(text), comments: plainComments(text) };
  } catch (error) {
    parsed = { blocks: [], comments: [] };
    failure = error instanceof Error ? error.message || error.name : String(error);
  }
  const document = toDocument(text, path, format, parsed.blocks, parsed.comments);
  if (failure !== undefined) failures.set(document, failure);
  return document;
}

function toDocument(text: string, path: string, format: Format, raw: readonly RawBlock[], comments: readonly Range[]): Document {
  const words = sharedWordTable();
  const blocks = raw.map((each) => toBlock(each, words));
  const proseBlocks = blocks.filter((block) => block.text.length > 0);
  return {
    path,
    format,
    text,
    blocks,
    proseBlocks,
    comments,
    wordTable: words,
    *sentences() {
      for (const block of proseBlocks) yield* block.sentences;
    },
    *words() {
      for (const block of proseBlocks) for (const sentence of block.sentences) yield* sentence.words;
    },
  };
}

/**
 * In plain text every HTML comment may carry a directive: there is no code to hide one. Found as /<!--[\s\S]*?-->/g
 * finds them, without that pattern's reading to the end of the text from every "<!--" that is never closed.
 */
function plainComments(text: string): Range[] {
  const comments: Range[] = [];
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    comments.push([open, close + 3]);
    open = close + 3;
  }
  return comments;
}

function toBlock(raw: RawBlock, words: WordTable): Block {
  const prose = raw.prose;
  const text = prose?.text ?? '';
  // Sentences are parsed on first use, piece by piece: a rule that can rule a block out from its text alone
  // never pays for them, and one that looks at a few places of a huge block pays for those places only.
  const ranges = prose && /\S/.test(text) ? pieces(text) : [];
  const parsed: (readonly Sentence[] | undefined)[] = ranges.map(() => undefined);
  const piece = (index: number): readonly Sentence[] => (parsed[index] ??= parsePiece(prose!, ranges[index]!));
  let packed: WordSpans | undefined;
  let spans: readonly WordSpan[] | undefined;
  return {
    kind: raw.kind,
    range: raw.range,
    depth: raw.depth,
    text,
    toSource: (offset, isEnd) => (prose ? prose.toSource(offset, isEnd) : raw.range[0]),
    get sentences() {
      return ranges.flatMap((_, index) => piece(index));
    },
    sentencesIn(start, end) {
      return ranges.flatMap(([from, to], index) => (from < end && start < to ? piece(index) : []));
    },
    get wordSpans() {
      return (packed ??= scanSpans(text, words));
    },
    get spans() {
      return (spans ??= spanObjects(this.wordSpans, words));
    },
  };
}

/** retext-english slows down more than linearly on long texts: a huge block is parsed in pieces of about this size. */
const PIECE = 8000;

function parsePiece(prose: Prose, [start, end]: Range): Sentence[] {
  if (!english) throw new Error('the English parser is not loaded: await loadParsers() first');
  const sentences: Sentence[] = [];
  const tree = english.parse(prose.text.slice(start, end)) as NlcstRoot;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') sentences.push(toSentence(sentence, prose, start));
    }
  }
  return sentences;
}

/** Splits a long text at sentence ends (or, failing that, at white space) into pieces of about PIECE characters. */
function pieces(text: string): Range[] {
  if (text.length <= PIECE * 1.5) return [[0, text.length]];
  const ranges: Range[] = [];
  let start = 0;
  while (text.length - start > PIECE * 1.5) {
    const window = text.slice(start + PIECE, start + PIECE * 1.5);
    const sentenceEnd = /[.!?…]["”’)\]]*\s+(?=["“‘(]?\p{Lu})/u.exec(window);
    const space = sentenceEnd ?? /\s+/.exec(window);
    const cut = space ? start + PIECE + space.index + space[0].length : start + PIECE;
    ranges.push([start, cut]);
    start = cut;
  }
  ranges.push([start, text.length]);
  return ranges;
}

function toSentence(node: NlcstSentence, prose: Prose, base: number): Sentence {
  const tokens: Token[] = [];
  const words: Token[] = [];
  for (const child of node.children) {
    const token = toToken(child, prose, base);
    tokens.push(token);
    if (token.kind === 'word') words.push(token);
  }
  const start = base + (node.position?.start.offset ?? 0);
  const end = base + (node.position?.end.offset ?? 0);
  return { text: prose.text.slice(start, end), range: [prose.toSource(start), prose.toSource(end, true)], tokens, words };
}

/**
 * A token whose source range is worked out when a rule asks for it: an article has millions of tokens and rules
 * ask for the ranges of a few, so mapping each to the source up front cost a tenth of a run and a pair of
 * objects a token.
 */
class ProseToken implements Token {
  #range: Range | undefined;

  constructor(
    readonly kind: TokenKind,
    readonly text: string,
    private readonly prose: Prose,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): Range {
    return (this.#range ??= [this.prose.toSource(this.start), this.prose.toSource(this.end, true)]);
  }
}

function toToken(node: SentenceContent, prose: Prose, base: number): Token {
  const start = base + (node.position?.start.offset ?? 0);
  const end = base + (node.position?.end.offset ?? 0);
  const text = prose.text.slice(start, end);
  return new ProseToken(kindOf(node, text), text, prose, start, end);
}

function kindOf(node: SentenceContent, text: string): TokenKind {
  if (text.includes(PLACEHOLDER)) return 'placeholder';
  switch (node.type) {
    case 'WordNode':
      return 'word';
    case 'PunctuationNode':
      return 'punctuation';
    case 'WhiteSpaceNode':
      return 'whitespace';
    default:
      return 'symbol';
  }
}
