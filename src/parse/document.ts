// Turns source text into a read-only Document: blocks from the Markdown or plain-text parser, prose parsed by retext-english.
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { Block, Document, Format, Sentence, Token, TokenKind } from '../types';
import { parseMarkdown } from './markdown';
import { parsePlainText, type RawBlock } from './plain-text';
import { PLACEHOLDER, type Prose } from './prose';

export interface ParseOptions {
  readonly path?: string;
  readonly format?: Format;
  /** Markdown only: parse the whole file with remark-parse (no fast path). */
  readonly full?: boolean;
}

let english: ReturnType<typeof createEnglish> | undefined;
function createEnglish() {
  return unified().use(retextEnglish).freeze();
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mkdn|mdx)$/i;

export function formatOf(path: string): Format {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

export function parseDocument(text: string, options: ParseOptions = {}): Document {
  const path = options.path ?? '<text>';
  const format = options.format ?? formatOf(path);
  const raw = format === 'markdown' ? parseMarkdown(text, { full: options.full }) : parsePlainText(text);
  const blocks = raw.map(toBlock);
  const proseBlocks = blocks.filter((block) => block.text.length > 0);
  return {
    path,
    format,
    text,
    blocks,
    proseBlocks,
    *sentences() {
      for (const block of proseBlocks) yield* block.sentences;
    },
    *words() {
      for (const block of proseBlocks) for (const sentence of block.sentences) yield* sentence.words;
    },
  };
}

function toBlock(raw: RawBlock): Block {
  const prose = raw.prose;
  const text = prose?.text ?? '';
  let sentences: readonly Sentence[] | undefined;
  return {
    kind: raw.kind,
    range: raw.range,
    depth: raw.depth,
    text,
    toSource: (offset, isEnd) => (prose ? prose.toSource(offset, isEnd) : raw.range[0]),
    // Sentences are parsed on first use: a rule that can rule a block out from its text alone never pays for them.
    get sentences() {
      sentences ??= prose && /\S/.test(text) ? parseSentences(prose) : [];
      return sentences;
    },
  };
}

function parseSentences(prose: Prose): Sentence[] {
  english ??= createEnglish();
  const tree = english.parse(prose.text) as NlcstRoot;
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') sentences.push(toSentence(sentence, prose));
    }
  }
  return sentences;
}

function toSentence(node: NlcstSentence, prose: Prose): Sentence {
  const tokens: Token[] = [];
  const words: Token[] = [];
  for (const child of node.children) {
    const token = toToken(child, prose);
    tokens.push(token);
    if (token.kind === 'word') words.push(token);
  }
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  return { text: prose.text.slice(start, end), range: [prose.toSource(start), prose.toSource(end, true)], tokens, words };
}

function toToken(node: SentenceContent, prose: Prose): Token {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const text = prose.text.slice(start, end);
  return { kind: kindOf(node, text), text, range: [prose.toSource(start), prose.toSource(end, true)] };
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
