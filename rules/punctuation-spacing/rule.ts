// punctuation-spacing: a missing space after , ; : . ? ! between words, a space before them, doubled spaces.
// Cost: linear in the text: a few regular-expression scans of each block (and a dictionary look-up for each colon between lowercase words).
import type { Block, Document, Finding, Rule, RuleOptions } from '../../src/types';
import { GLUED_COLON_SOURCE, GLUED_STOP_SOURCE, colonSides, isCodeName, isLowercaseLabel, isSchemeAndName } from '../shared/glued-punctuation';
import { readBooleanOption } from '../shared/options';

interface Check {
  readonly pattern: RegExp;
  readonly describe: (match: RegExpExecArray) => string;
  /** The prose range of what the finding points at, and the edit: insert a space at `at`, or replace [from, to) with `text`. */
  readonly locate: (match: RegExpExecArray) => { start: number; end: number; from: number; to: number; text: string };
  /** A second look at a match that the pattern alone cannot rule out. */
  readonly isException?: (text: string, match: RegExpExecArray) => boolean;
  /** Whether the match may be meant as it is: then the edit is only offered, and the message says why (its tail). */
  readonly doubt?: (text: string, match: RegExpExecArray) => string | undefined;
}

const insertAfter = (m: RegExpExecArray, length = m[0].length) => ({ start: m.index, end: m.index + length + 1, from: m.index + length, to: m.index + length, text: ' ' });

/** "&amp;T", "&quot;Hello": an HTML entity in scraped text, not a semicolon. */
const isEntity = (text: string, m: RegExpExecArray): boolean => m[1] === ';' && /&#?[A-Za-z0-9]{1,12}$/.test(text.slice(Math.max(0, m.index - 14), m.index));

function colonToken(text: string, m: RegExpExecArray): string {
  const { left, right } = colonSides(text, m.index);
  return `${left}:${right}`;
}

/** Columns lined up with spaces (two wide runs or more on a line) and labels padded after a colon are layout, not slips. */
function isAlignment(text: string, m: RegExpExecArray): boolean {
  if (text[m.index - 1] === ':') return true;
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const lineEnd = text.indexOf('\n', m.index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return (line.match(/\S {3,}(?=\S)/g) ?? []).length >= 2;
}

/** How many straight double quotes the block holds before `end`, not counting inch marks (a `"` after a digit). */
function quotesBefore(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0 && at < end; at = text.indexOf('"', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (!(before >= 48 && before <= 57)) count++;
  }
  return count;
}

/**
 * Whether the straight quote at `at` opens a quotation: an even number of them before it, in a block that
 * pairs them all. With an odd total the pairing is unknown, and neither side is judged.
 */
function opensQuote(text: string, at: number): boolean | undefined {
  if (quotesBefore(text, text.length) % 2 === 1) return undefined;
  return quotesBefore(text, at) % 2 === 0;
}

// Each pattern starts with the punctuation itself and looks behind only after it, so a scan costs little.
const checks: readonly Check[] = [
  {
    // "unsuccessful,with", "Ukraine;the", "said,“We", "`npm test`,and", "5%,then": a comma or semicolon glued to the next word.
    pattern: /([,;])(?=[“‘]?\p{L})(?<=[\p{L}\d)\]”’"%\uFFFC][,;])/gu,
    describe: (m) => `Missing space after “${m[1]}”`,
    locate: (m) => insertAfter(m),
    isException: isEntity,
  },
  {
    // "Note:the": a colon between two words (not times, ratios, "::" or single letters).
    pattern: new RegExp(GLUED_COLON_SOURCE, 'gu'),
    describe: () => 'Missing space after “:”',
    locate: (m) => insertAfter(m),
    isException: (text, m) => isSchemeAndName(text, m.index),
    doubt: (text, m) => (isLowercaseLabel(text, m.index) ? `, unless “${colonToken(text, m)}” is a name` : undefined),
  },
  {
    // "assistance.Access", "in 2022.The", "(above).Then", "It rained.A new": a full stop glued to the next sentence.
    pattern: new RegExp(GLUED_STOP_SOURCE, 'gu'),
    describe: () => 'Missing space after “.”',
    locate: (m) => insertAfter(m),
    isException: (text, m) => isCodeName(text, m.index),
  },
  {
    // "Really?Yes", "now!The", "Is it?I".
    pattern: /([?!]+)(?=\p{Lu}\p{Ll}|[AI]\s)(?<=(?<![\p{L}\d])\p{L}*\p{Ll}\p{Ll}[?!]+)/gu,
    describe: (m) => `Missing space after “${m[1]}”`,
    locate: (m) => insertAfter(m),
  },
  {
    // "“Stop!”she", "“no,”then": a closing quote glued to the next word.
    pattern: /[,.!?]”(?=\p{L})/gu,
    describe: () => 'Missing space after “””',
    locate: (m) => insertAfter(m),
  },
  {
    // "backwards,"he said", "“Stop!"she": a closing straight quote glued to the next word.
    pattern: /[,.!?]"(?=\p{L})/gu,
    describe: () => 'Missing space after “"”',
    locate: (m) => insertAfter(m),
    isException: (text, m) => opensQuote(text, m.index + 1) !== false,
  },
  {
    // "she said,"Listen": a comma glued to the straight quote that opens a quotation.
    pattern: /,(?="\p{L})(?<=[\p{L}\d)\]%],)/gu,
    describe: () => 'Missing space after “,”',
    locate: (m) => ({ start: m.index, end: m.index + 2, from: m.index + 1, to: m.index + 1, text: ' ' }),
    isException: (text, m) => opensQuote(text, m.index + 1) !== true,
  },
  {
    // "word , next", "the end ." : white space before punctuation that closes a clause (not an ellipsis, a
    // decimal or a smiley).
    pattern: /([ \t]+)(?:([,.?!])(?![.\d])(?=[\s"”’)\]]|$)|([;:])(?=\s|$))(?<=[\p{L}\d)\]”’"][ \t]+[,.?!;:])/gu,
    describe: (m) => `Unexpected space before “${m[2] ?? m[3]}”`,
    locate: (m) => {
      const end = m.index + m[1]!.length;
      return { start: m.index, end: end + 1, from: m.index, to: end, text: '' };
    },
  },
  {
    // "The first ,the second", "She left .Then": the space on the wrong side of the mark.
    pattern: /([ \t]+)(?:([,;])(?=\p{L})|(\.)(?=\p{Lu}\p{Ll}))(?<=[\p{L}\d)\]”’"][ \t]+[,;.])/gu,
    describe: (m) => `Unexpected space before “${m[2] ?? m[3]}”, expected one after it`,
    locate: (m) => ({ start: m.index, end: m.index + m[0].length + 1, from: m.index, to: m.index + m[0].length, text: `${m[2] ?? m[3]} ` }),
  },
];

const DOUBLE_SPACE: Check = {
  pattern: / {2,}(?=\S)(?<=\S {2,})/g,
  describe: (m) => `Unexpected ${m[0].length} spaces, expected 1`,
  locate: (m) => ({ start: m.index, end: m.index + m[0].length, from: m.index, to: m.index + m[0].length, text: ' ' }),
  isException: isAlignment,
};

function checkBlock(document: Document, block: Block, active: readonly Check[], findings: Finding[]): void {
  const text = block.text;
  for (const check of active) {
    check.pattern.lastIndex = 0;
    for (let match = check.pattern.exec(text); match; match = check.pattern.exec(text)) {
      if (check.isException?.(text, match)) continue;
      const place = check.locate(match);
      const start = block.toSource(place.start);
      const end = block.toSource(place.end, true);
      const from = block.toSource(place.from);
      const to = block.toSource(place.to, true);
      // Fix only where the source says exactly what the prose says (no escape or entity in between).
      const isExact = document.text.slice(from, to) === text.slice(place.from, place.to) && end - start === place.end - place.start;
      const doubt = isExact ? check.doubt?.(text, match) : undefined;
      const fix = { range: [from, to] as const, text: place.text };
      findings.push({
        message: check.describe(match) + (doubt ?? ''),
        range: [start, end],
        actual: text.slice(place.start, place.end),
        ...(isExact ? (doubt === undefined ? { fix } : { suggestions: [{ message: place.text === ' ' ? 'Insert a space' : `Replace with “${place.text}”`, fix }] }) : {}),
      });
    }
  }
}

const rule: Rule = {
  id: 'punctuation-spacing',
  description: 'Spaces around punctuation: none missing after , ; : . ? ! between words, none before them, no doubled spaces',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    doubleSpaces: { type: 'boolean', description: 'Report runs of spaces between words (not columns lined up with spaces).', default: true },
  },
  check(document: Document, options: RuleOptions): Finding[] {
    const active = readBooleanOption(options, 'doubleSpaces', true) ? [...checks, DOUBLE_SPACE] : checks;
    const findings: Finding[] = [];
    for (const block of document.proseBlocks) checkBlock(document, block, active, findings);
    return findings;
  },
};

export default rule;
