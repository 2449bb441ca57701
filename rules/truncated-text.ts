// truncated-text: the article ends in the middle of a sentence (past any trailing boilerplate). A warning; nothing to fix.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import { readBoilerplateOptions } from './boilerplate';
import { detectBoilerplate } from './util/boilerplate-detect';

const COMPLETE = /[.!?…:;"”’)\]*_\uFFFC]$/u;
/** How many blocks from the end are looked at, and how many words make a block more than a stray line. */
const LOOK_BACK = 8;
const SHORT = 12;
/** Words a complete sentence does not end on. */
const DANGLING = /\b(and|or|but|the|a|an|of|to|in|on|at|for|with|from|by|as|that|which|who|is|are|was|were)$/i;

const rule: Rule = {
  id: 'truncated-text',
  description: 'The article ends in the middle of a sentence',
  defaultSeverity: 'warn',
  fixable: false,
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const chrome = new Set(detectBoilerplate(document, readBoilerplateOptions(context?.ruleOptions?.boilerplate ?? {}, context)).map((hit) => hit.block));
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
      const words = text.split(/\s+/).length;
      const endsOpen = /[,;–—-]$/.test(text) || DANGLING.test(text) || (!COMPLETE.test(text) && block.kind === 'paragraph' && words >= 8);
      if (endsOpen && block.kind !== 'heading') {
        return [{ message: `The article ends mid-sentence: “…${text.slice(-40)}”`, range: [block.toSource(Math.max(0, block.text.trimEnd().length - 1)), block.range[1]] }];
      }
      if (words > SHORT && COMPLETE.test(text)) return [];
    }
    return [];
  },
};

export default rule;
