// boilerplate: web-page chrome left in the text (breadcrumbs, share prompts, comment forms, cookie notices…); fixed by removing the block.
// Cost: linear in the article. Each block of at most 50 words is matched against a fixed set of patterns once;
// longer blocks are passed over after counting their spaces.
import type { Document, Finding, Fix, Range, Rule, RuleContext, RuleOptions } from '../../src/types';
import { pageChrome, pageChromeOf } from '../shared/page-chrome';
import { lineStart, removeBlock } from '../shared/remove-block';

/**
 * Chrome comes in runs, and a run is removed whole: blocks whose removals touch or overlap are removed by one
 * edit, shared by each of their findings. Apart, the fixer would take every other line of a run, and what made
 * the rest chrome (the "More in Politics" above them) would be gone before the next pass.
 */
function removals(text: string, ranges: readonly Range[]): Fix[] {
  const fixes = ranges.map((range) => removeBlock(text, range));
  const order = ranges.map((_, index) => index).sort((a, b) => ranges[a]![0] - ranges[b]![0]);
  for (let i = 0; i < order.length; ) {
    let end = fixes[order[i]!]!.range[1];
    let j = i + 1;
    while (j < order.length && fixes[order[j]!]!.range[0] <= end) end = Math.max(end, fixes[order[j++]!]!.range[1]);
    if (j - i > 1) {
      const run = removeBlock(text, [ranges[order[i]!]![0], Math.max(...order.slice(i, j).map((k) => ranges[k]![1]))]);
      for (let k = i; k < j; k++) fixes[order[k]!] = run;
    }
    i = j;
  }
  return fixes;
}

/** Why the page-chrome analysis gives for a block the page model puts outside the article. */
const OUTSIDE_ARTICLE = 'outside the article on the page';

const rule: Rule = {
  id: 'boilerplate',
  description: 'Web-page chrome left in the text: breadcrumbs, share prompts, comment forms, ad-blocker and cookie notices, related links, sign-ups, credits, copyright lines',
  defaultSeverity: 'error',
  fixable: true,
  // Its options are the page-chrome analysis's: the rules that look past the chrome see what this one removes.
  configures: pageChrome,
  options: {
    bylines: { type: 'boolean', description: 'Also report bylines ("by Jane Doe, Staff Writer").', default: false },
    engagement: { type: 'boolean', description: 'Also report questions to the reader ("What are your thoughts…?").', default: false },
    scoring: { type: 'boolean', description: 'Score blocks no pattern names (short, calls to action, site words, at the edges).', default: true },
    threshold: { type: 'number', description: 'The score at which an unnamed block counts as chrome.', default: 4 },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const hits = pageChromeOf(document, context, options);
    const fixes = removals(document.text, hits.map(({ block }) => block.range));
    // A run of the page around the article (a menu, a footer) is one finding, on the whole run: its blocks share
    // one removal.
    const groups: Array<{ first: number; last: number }> = [];
    hits.forEach((hit, index) => {
      const group = groups.at(-1);
      const joins = group !== undefined && hit.why === OUTSIDE_ARTICLE && hits[group.last]!.why === OUTSIDE_ARTICLE && fixes[group.last] === fixes[index];
      if (joins) group.last = index;
      else groups.push({ first: index, last: index });
    });
    const findings = groups.map(({ first, last }): Finding => {
      const { block, family, why } = hits[first]!;
      const text = block.text.trim();
      const what = family === 'page chrome' ? `page chrome${last > first ? `, ${last - first + 1} blocks` : ''}` : `${family} boilerplate`;
      return {
        message: `Unexpected ${what}: “${text.slice(0, 60)}${text.length > 60 ? '…' : ''}” (${why})`,
        // The finding sits on the chrome itself; its fix may reach further, over the blank lines around it.
        range: [lineStart(document.text, block.range[0]), hits[last]!.block.range[1]],
        fix: fixes[first]!,
      };
    });
    return findings;
  },
};

export default rule;
