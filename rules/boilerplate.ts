// boilerplate: web-page chrome left in the text (breadcrumbs, share prompts, comment forms, cookie notices…); fixed by removing the block.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../src/types';
import { detectBoilerplate, type BoilerplateOptions } from './util/boilerplate-detect';
import { readBooleanOption } from './util/options';
import { removeBlock, spanning } from './util/remove-block';

export function readBoilerplateOptions(options: RuleOptions, context?: RuleContext): BoilerplateOptions {
  const threshold = options.threshold ?? 4;
  if (typeof threshold !== 'number') throw new TypeError('option "threshold" must be a number');
  return {
    bylines: readBooleanOption(options, 'bylines', false),
    engagement: readBooleanOption(options, 'engagement', false),
    scoring: readBooleanOption(options, 'scoring', true),
    threshold,
    extra: context?.boilerplate ?? [],
  };
}

const rule: Rule = {
  id: 'boilerplate',
  description: 'Web-page chrome left in the text: breadcrumbs, share prompts, comment forms, ad-blocker and cookie notices, related links, sign-ups, credits, copyright lines',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    bylines: { type: 'boolean', description: 'Also report bylines ("by Jane Doe, Staff Writer").', default: false },
    engagement: { type: 'boolean', description: 'Also report questions to the reader ("What are your thoughts…?").', default: false },
    scoring: { type: 'boolean', description: 'Score blocks no pattern names (short, calls to action, site words, at the edges).', default: true },
    threshold: { type: 'number', description: 'The score at which an unnamed block counts as chrome.', default: 4 },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    return detectBoilerplate(document, readBoilerplateOptions(options, context)).map(({ block, family, why }) => {
      const fix = removeBlock(document.text, block.range);
      return {
        message: `Unexpected ${family === 'page chrome' ? 'page chrome' : `${family} boilerplate`}: “${block.text.trim().slice(0, 60)}${block.text.trim().length > 60 ? '…' : ''}” (${why})`,
        range: spanning(block.range, fix.range),
        fix,
      };
    });
  },
};

export default rule;
