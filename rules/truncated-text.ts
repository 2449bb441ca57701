// truncated-text: the article ends in the middle of a sentence (past any trailing boilerplate). A warning; nothing to fix.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import { readBoilerplateOptions } from './boilerplate';
import { detectBoilerplate } from './util/boilerplate-detect';

const COMPLETE = /[.!?…:;"”’)\]*_\uFFFC]$/u;
/** Words a complete sentence does not end on. */
const DANGLING = /\b(and|or|but|the|a|an|of|to|in|on|at|for|with|from|by|as|that|which|who|is|are|was|were)$/i;

const rule: Rule = {
  id: 'truncated-text',
  description: 'The article ends in the middle of a sentence',
  defaultSeverity: 'warn',
  fixable: false,
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const chrome = new Set(detectBoilerplate(document, readBoilerplateOptions(options, context)).map((hit) => hit.block));
    const body = document.proseBlocks.filter((block) => !chrome.has(block) && block.kind !== 'table-row' && block.kind !== 'heading');
    const last = body[body.length - 1];
    if (!last) return [];
    // A later code block, table or heading means the prose did not simply stop.
    if (document.blocks.some((block) => block.range[0] > last.range[1] && (block.kind === 'code' || block.kind === 'table-row'))) return [];
    const text = last.text.trim();
    const endsOpen = /[,;–—-]$/.test(text) || DANGLING.test(text);
    const isFragmentList = last.kind === 'list-item' && !endsOpen;
    if (COMPLETE.test(text) || isFragmentList) return [];
    return [{ message: `The article ends mid-sentence: “…${text.slice(-40)}”`, range: [last.toSource(Math.max(0, last.text.trimEnd().length - 1)), last.range[1]] }];
  },
};

export default rule;
