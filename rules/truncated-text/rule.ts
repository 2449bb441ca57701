// truncated-text: the article ends in the middle of a sentence (past any trailing boilerplate). A warning; nothing to fix.
// Cost: linear in the blocks (the page chrome, worked out once a document and shared), then a look at the last sentence.
import type { Block, Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import { pageChromeOf } from '../shared/page-chrome';

const COMPLETE = /[.!?…:;"”’)\]*_\uFFFC]$/u;
/** How many blocks from the end are looked at, and how many words make a block more than a stray line. */
const LOOK_BACK = 8;
const SHORT = 12;
/** Words a complete sentence does not end on. */
const DANGLING = /\b(and|or|but|the|a|an|of|to|in|on|at|for|with|from|by|as|that|which|who|whose|is|are|was|were|would|could|should|will|has|have|had|been|into|than|whether|because|their|its|our)$/i;
/** A sentence end inside a block: a full stop, question or exclamation mark followed by a space. */
const SENTENCE_END = /[.!?…]["”’)]?\s/u;
/** "Tags: Budget, interest rates, Lagarde": a label over a list of short items, not a sentence. */
const LABELLED_LIST = /^\p{Lu}[\p{L} ]{0,24}:\s+[^\s,]+(?:\s+[^\s,]+){0,3}(?:,\s*[^\s,]+(?:\s+[^\s,]+){0,3})+$/u;
/** "…, born 14 March 1938; died 2 October 2024", "Reporting by Ana Ruiz, 2024": a line closing on a year. */
const ENDS_ON_YEAR = /\b(?:1[5-9]|20)\d\d$/;

/** A line that starts with a capital or a digit (after an opening quote or bracket). */
const STARTS_LINE = /^["“‘(]?[\p{Lu}\p{N}]/u;

const wordCount = (text: string): number => text.split(/\s+/).length;

/** A short line with no sentence mark anywhere: a headline, a label or a link, or a sentence broken off. */
function isBareLine(line: string | undefined): boolean {
  if (line === undefined) return false;
  const text = line.trim();
  const words = wordCount(text);
  return words >= 4 && words <= SHORT && STARTS_LINE.test(text) && !COMPLETE.test(text) && !SENTENCE_END.test(text);
}

/** The block's lines (a plain-text paragraph keeps its line breaks); none for a heading. */
const linesOf = (block: Block | undefined): string[] => (block && block.kind !== 'heading' ? block.text.trim().split('\n') : []);

/**
 * Whether a block that ends without a mark is still complete: its last line is one of a run of bare lines
 * (a list of headlines, "More in Politics" links), a labelled list, or a sign-off line closing on a year.
 */
function isCompleteLine(body: readonly Block[], index: number): boolean {
  const lines = linesOf(body[index]);
  const last = lines[lines.length - 1]!.trim();
  // A line of a hard-wrapped paragraph goes on in lower case; a headline or sign-off line starts anew.
  if (SENTENCE_END.test(last) || !STARTS_LINE.test(last)) return false;
  if (LABELLED_LIST.test(last) && wordCount(last) <= 2 * SHORT) return true;
  if (ENDS_ON_YEAR.test(last) && wordCount(last) <= 20) return true;
  const before = lines.length > 1 ? lines[lines.length - 2] : linesOf(body[index - 1]).at(-1);
  return isBareLine(last) && (isBareLine(before) || isBareLine(linesOf(body[index + 1])[0]));
}

/** Words no headline ends on, though a sentence broken off can. */
const NEVER_LAST = /\b(?:and|or|but|the|a|an|of|to|from|with|that|which|whose|were)$/i;

/**
 * Plain text calls a one-line paragraph without a closing mark a heading; one of eight words or more that
 * ends on a comma or on "of", "which", "the" is a sentence broken off ("…, many of which"). A heading marked
 * up in Markdown ("## …", or underlined) is a heading.
 */
function isBrokenOffLine(document: Document, block: Block, text: string, words: number): boolean {
  if (block.kind !== 'heading' || words < 8) return false;
  const source = document.text.slice(block.range[0], block.range[1]);
  return !source.startsWith('#') && !source.includes('\n') && (/,$/.test(text) || NEVER_LAST.test(text));
}

const rule: Rule = {
  id: 'truncated-text',
  description: 'The article ends in the middle of a sentence',
  defaultSeverity: 'warn',
  fixable: false,
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const chrome = new Set(pageChromeOf(document, context).map((hit) => hit.block));
    const body = document.proseBlocks.filter((block) => !chrome.has(block) && block.kind !== 'table-row');
    const lastBody = body[body.length - 1];
    if (!lastBody) return [];
    // A later code block or table means the prose did not simply stop.
    if (document.blocks.some((block) => block.range[0] > lastBody.range[1] && (block.kind === 'code' || block.kind === 'table-row'))) return [];
    // Walk back from the end over short, complete lines (a stray link or caption the chrome search missed) to
    // the last block that either ends open, or is a full paragraph that ends properly.
    for (let index = body.length - 1; index >= Math.max(0, body.length - LOOK_BACK); index--) {
      const block = body[index]!;
      const text = block.text.trim();
      const words = wordCount(text);
      const endsOpen = /[,;–—-]$/.test(text) || DANGLING.test(text) || (!COMPLETE.test(text) && block.kind === 'paragraph' && words >= 8 && !isCompleteLine(body, index));
      if ((endsOpen && block.kind !== 'heading') || isBrokenOffLine(document, block, text, words)) {
        return [{ message: `The article ends mid-sentence: “…${text.slice(-40)}”`, range: [block.toSource(Math.max(0, block.text.trimEnd().length - 1)), block.range[1]] }];
      }
      if (words > SHORT && COMPLETE.test(text)) return [];
    }
    return [];
  },
};

export default rule;
