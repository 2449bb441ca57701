// The core types every part of copydesk shares: ranges, documents, rules, findings, results.

/** Half-open [start, end) in UTF-16 code units of the original text: the only coordinate system. */
export type Range = readonly [start: number, end: number];

export type Severity = 'off' | 'warn' | 'error';
/** Numeric severities as reported (ESLint-compatible): 1 warn, 2 error. */
export type SeverityLevel = 1 | 2;

export type Format = 'markdown' | 'text';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'table-row'
  | 'code'
  | 'html'
  | 'front-matter'
  | 'thematic-break';

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'placeholder';

/** One token of prose: a word, a punctuation mark, a symbol, white space, or a placeholder for non-prose (code, URL, e-mail). */
export interface Token {
  readonly kind: TokenKind;
  /** The token as prose: decoded (an escaped `\*` reads `*`, `&amp;` reads `&`). */
  readonly text: string;
  readonly range: Range;
}

export interface Sentence {
  readonly text: string;
  readonly range: Range;
  readonly tokens: readonly Token[];
  /** The word tokens of `tokens`, in order. */
  readonly words: readonly Token[];
}

/** A run of letters and digits (with apostrophes inside, as in "don’t") in a block's prose, found without parsing sentences. */
export interface WordSpan {
  /** Offsets in the block's prose text. */
  readonly start: number;
  readonly end: number;
  /** One string for every use of the word in the document. */
  readonly text: string;
  /**
   * The word's number in its document's `wordTable`: spans of one text share it, other texts have others. A
   * rule keeps what it works out about each word in `document.wordTable.cache(key)`, by this number.
   */
  readonly id: number;
}

/**
 * A block's word spans packed into arrays: word i runs from `starts[i]` to `ends[i]` of the block's prose text,
 * and its text is word `ids[i]` of the document's word table (`document.wordTable.text(id)`).
 */
export interface WordSpans {
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly ids: readonly number[];
}

/**
 * Distinct words, numbered from 0 in the order first seen (src/parse/word-spans.ts): the documents a thread
 * parses share one table, so a rule keeps what it works out about a word by its number, once for every article.
 */
export interface WordTable {
  /** How many distinct words the table holds. */
  readonly size: number;
  /**
   * The array a rule keeps its answers in by word number, one for each `key` (any object the rule owns); it
   * holds a slot for every word numbered so far, `undefined` until the rule fills it.
   */
  cache<T>(key: object): (T | undefined)[];
  /** The word numbered `id`. */
  text(id: number): string;
  /** The number of the word `text.slice(start, end)`, numbering it when it is new. */
  idOf(text: string, start: number, end: number): number;
}

export interface Block {
  readonly kind: BlockKind;
  /** The whole block in the source, markup included. */
  readonly range: Range;
  /** Heading level (1–6), list nesting (1 = top level), quote nesting; 0 otherwise. */
  readonly depth: number;
  /** The block's prose as one string: markup dropped, escapes and entities decoded, code, URLs and e-mails replaced by U+FFFC. Empty for code, html, front matter. */
  readonly text: string;
  /** Maps offsets of `text` to source offsets: `toSource(i)` for a start, `toSource(i, true)` for an end. */
  toSource(offset: number, isEnd?: boolean): number;
  /** Parsed by retext-english on first use; a rule that can decide from `text` alone should, and skip this. */
  readonly sentences: readonly Sentence[];
  /** The sentences around the prose range [start, end): parses only that part of a long block. */
  sentencesIn(start: number, end: number): readonly Sentence[];
  /** The block's words by a fast scan, made once and shared by every rule that needs no sentences. */
  readonly spans: readonly WordSpan[];
  /** The same words packed into arrays, with no object a word: what a rule that reads every word should use. */
  readonly wordSpans: WordSpans;
}

/** A parsed article, read-only: rules look, never touch. */
export interface Document {
  readonly path: string;
  readonly format: Format;
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Blocks that carry prose (headings, paragraphs, list items, quotes, table rows). */
  readonly proseBlocks: readonly Block[];
  /** HTML comments outside code and inline code: where inline directives may stand. */
  readonly comments: readonly Range[];
  /** The table the word spans are numbered in, shared with the other documents this thread parses. */
  readonly wordTable: WordTable;
  sentences(): Iterable<Sentence>;
  words(): Iterable<Token>;
}

export interface Fix {
  readonly range: Range;
  readonly text: string;
}

export interface Suggestion {
  readonly message: string;
  readonly fix: Fix;
}

/** What a rule reports. */
export interface Finding {
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  /** The text found and the text expected, for reporters and tests. */
  readonly actual?: string;
  readonly expected?: string;
}

export type RuleOptions = Readonly<Record<string, unknown>>;

export interface RuleContext {
  /** The config's settings that any rule may read: accepted words, proper nouns, extra page-chrome patterns. */
  readonly dictionary: readonly string[];
  readonly properNouns: readonly string[];
  readonly boilerplate: readonly string[];
  /** The article's English (en-US, en-GB, en-CA, en-AU), when the config sets it. */
  readonly language?: string;
  /**
   * The options each document analysis runs with, by analysis id: those the config gives the rule that
   * configures it (see `Rule.configures`), whether that rule is on or off.
   */
  readonly analysisOptions?: Readonly<Record<string, RuleOptions>>;
  /**
   * This document's result of an analysis several rules must agree on, worked out once per document by the
   * engine and shared: with the options given, else with `analysisOptions[analysis.id]`, else with none.
   */
  readonly analyze?: <T>(analysis: DocumentAnalysis<T>, options?: RuleOptions) => T;
}

/**
 * What several rules must agree on about a document (which blocks are page chrome, say): a pure function of
 * the document, its options and the config's settings, which the engine works out once per document.
 */
export interface DocumentAnalysis<T> {
  readonly id: string;
  analyze(document: Document, options: RuleOptions, context: RuleContext): T;
}

/** What a rule option is; the engine checks config values against it before any file is read. */
export interface RuleOptionSpec {
  readonly type: 'boolean' | 'number' | 'string' | 'string[]';
  readonly description: string;
  readonly default?: unknown;
}

/** A rule module's default export. */
export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /**
   * The address of the rule's documentation page (an absolute URL), which reports and the language server link
   * to. A built-in rule needs none: its page is `rules/<id>/README.md` in copydesk's repository.
   */
  readonly docs?: string;
  /** The options the rule reads; when given, an unknown option or a value of the wrong type is a config error. */
  readonly options?: Readonly<Record<string, RuleOptionSpec>>;
  /** The document analysis this rule's options also configure (the page chrome, for boilerplate): see `RuleContext.analysisOptions`. */
  readonly configures?: DocumentAnalysis<unknown>;
  /**
   * Loads what `check` needs and cannot load synchronously (a dictionary, an optional library), given the
   * options it runs with: awaited once for each config the rule is on in, before any document is checked.
   */
  prepare?(options: RuleOptions): Promise<void>;
  check(document: Document, options: RuleOptions, context?: RuleContext): readonly Finding[];
}

/** A finding after the engine has checked it and given it a rule id and severity. */
export interface Message {
  readonly ruleId: string | null;
  readonly severity: SeverityLevel;
  readonly message: string;
  readonly range: Range;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  readonly actual?: string;
  readonly expected?: string;
  /** Not a finding about the text but a failure to check it (unreadable file, rule that threw): exit code 2. */
  readonly fatal?: boolean;
}

export interface RuleSetting {
  readonly severity: Severity;
  readonly options: RuleOptions;
}

export interface Config {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly dictionary: readonly string[];
  readonly properNouns: readonly string[];
  readonly boilerplate: readonly string[];
  readonly plugins: readonly string[];
  readonly ignore: readonly string[];
  /** en-US, en-GB, en-CA or en-AU; unset, the spelling rule detects it from each article. */
  readonly language?: string;
  /** How long, in seconds, a plugin rule may take on one file before it is stopped; 5 when unset. */
  readonly ruleTimeLimit?: number;
  /** The config file this came from, or null for defaults. */
  readonly source: string | null;
}

export interface LintResult {
  readonly filePath: string;
  /** The file's text as read, BOM removed; null when the file could not be read. */
  readonly source: string | null;
  /** The remaining messages; their ranges refer to `output` when it is set, else to `source`. */
  readonly messages: readonly Message[];
  /** The fixed text, when fixes were applied (or asked for) and something changed. */
  readonly output?: string;
}
