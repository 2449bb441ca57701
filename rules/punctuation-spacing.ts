// punctuation-spacing: a missing space after , ; : . ? ! between words, a space before them, doubled spaces.
import type { Block, Document, Finding, Rule, RuleOptions } from '../src/types';
import { readBooleanOption } from './util/options';

interface Check {
  readonly pattern: RegExp;
  readonly describe: (match: RegExpExecArray) => string;
  /** The prose range of what the finding points at, and the edit: insert a space at `at`, or replace [from, to) with `text`. */
  readonly locate: (match: RegExpExecArray) => { start: number; end: number; from: number; to: number; text: string };
}

// Each pattern starts with the punctuation itself and looks behind only after it, so a scan costs little.
const checks: readonly Check[] = [
  {
    // "unsuccessful,with", "Ukraine;the", "said,“We": a comma or semicolon glued to the next word.
    pattern: /([,;])(?=[“‘]?\p{L})(?<=[\p{L}\d)\]”’"][,;])/gu,
    describe: (m) => `Missing space after “${m[1]}”`,
    locate: (m) => ({ start: m.index, end: m.index + 2, from: m.index + 1, to: m.index + 1, text: ' ' }),
  },
  {
    // "Note:the": a colon between two words (not times, ratios, "::" or single letters).
    pattern: /:(?=\p{L}{2})(?<=(?<![\p{L}\d:])\p{L}{2,}:)/gu,
    describe: () => 'Missing space after “:”',
    locate: (m) => ({ start: m.index, end: m.index + 2, from: m.index + 1, to: m.index + 1, text: ' ' }),
  },
  {
    // "assistance.Access", "in 2022.The", "(above).Then": a full stop glued to the next sentence.
    pattern: /\.(?=\p{Lu}\p{Ll})(?<=(?:(?<![\p{L}\d.])\p{L}*\p{Ll}\p{Ll}|(?<![\p{L}\d.])\d{4}|[)\]”’"])\.)/gu,
    describe: () => 'Missing space after “.”',
    locate: (m) => ({ start: m.index, end: m.index + 2, from: m.index + 1, to: m.index + 1, text: ' ' }),
  },
  {
    // "Really?Yes", "now!The".
    pattern: /([?!]+)(?=\p{Lu}\p{Ll})(?<=(?<![\p{L}\d])\p{L}*\p{Ll}\p{Ll}[?!]+)/gu,
    describe: (m) => `Missing space after “${m[1]}”`,
    locate: (m) => {
      const after = m.index + m[0].length;
      return { start: m.index, end: after + 1, from: after, to: after, text: ' ' };
    },
  },
  {
    // "word , next", "the end ." : white space before punctuation that closes a clause (not an ellipsis or a decimal).
    pattern: /([ \t]+)([,;:.?!])(?![.\d])(?=[\s"”’)\]]|$)(?<=[\p{L}\d)\]”’"][ \t]+[,;:.?!])/gu,
    describe: (m) => `Unexpected space before “${m[2]}”`,
    locate: (m) => {
      const end = m.index + m[1]!.length;
      return { start: m.index, end: end + 1, from: m.index, to: end, text: '' };
    },
  },
];

const DOUBLE_SPACE: Check = {
  pattern: / {2,}(?=[^\s\uFFFC])(?<=\S {2,})/g,
  describe: (m) => `Unexpected ${m[0].length} spaces, expected 1`,
  locate: (m) => ({ start: m.index, end: m.index + m[0].length, from: m.index, to: m.index + m[0].length, text: ' ' }),
};

function checkBlock(document: Document, block: Block, active: readonly Check[], findings: Finding[]): void {
  const text = block.text;
  for (const check of active) {
    check.pattern.lastIndex = 0;
    for (let match = check.pattern.exec(text); match; match = check.pattern.exec(text)) {
      const place = check.locate(match);
      const start = block.toSource(place.start);
      const end = block.toSource(place.end, true);
      const from = block.toSource(place.from);
      const to = block.toSource(place.to, true);
      // Fix only where the source says exactly what the prose says (no escape or entity in between).
      const isExact = document.text.slice(from, to) === text.slice(place.from, place.to) && end - start === place.end - place.start;
      findings.push({
        message: check.describe(match),
        range: [start, end],
        actual: text.slice(place.start, place.end),
        ...(isExact ? { fix: { range: [from, to] as const, text: place.text } } : {}),
      });
    }
  }
}

const rule: Rule = {
  id: 'punctuation-spacing',
  description: 'Spaces around punctuation: none missing after , ; : . ? ! between words, none before them, no doubled spaces',
  defaultSeverity: 'error',
  fixable: true,
  check(document: Document, options: RuleOptions): Finding[] {
    const active = readBooleanOption(options, 'doubleSpaces', true) ? [...checks, DOUBLE_SPACE] : checks;
    const findings: Finding[] = [];
    for (const block of document.proseBlocks) checkBlock(document, block, active, findings);
    return findings;
  },
};

export default rule;
