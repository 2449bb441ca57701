// capitalization: sentences, headings and list items starting lowercase; lowercased proper nouns and partly lowercased names.
// Cost: linear in the words: two passes (what the article itself capitalizes, then each word judged); a word's
// form is read by its number, its key's entry found once a distinct word an article, the lexicon asked once a thread.
import type { Document, Finding, Rule, RuleContext, RuleOptions } from '../../src/types';
import { loadCasing } from '../../src/language';
import { distinctBlocks } from '../shared/distinct-blocks';
import { readBooleanOption } from '../shared/options';
import type { Check } from './check';
import { gatherEvidence } from './evidence';
import { checkGivenNames } from './given-names';
import { checkNames, nameTable } from './names';
import { checkProperNouns } from './proper-nouns';
import { checkPronounI } from './pronoun-i';
import { blocksAfterCode, checkStarts, continuedLines, siblingsOf } from './starts';
import { checkTitleCase } from './title-case';
import { FORMS, type Form, type Lexicon, wordsOf } from './word-forms';

const rule: Rule = {
  id: 'capitalization',
  description: 'Sentences, headings and list items starting lowercase; lowercased proper nouns and partly lowercased names',
  defaultSeverity: 'error',
  fixable: true,
  options: {
    sentenceStarts: { type: 'boolean', description: 'Report sentences, headings and list items starting lowercase.', default: true },
    properNouns: { type: 'boolean', description: 'Report lowercased proper nouns and partly lowercased names.', default: true },
    titleCase: { type: 'boolean', description: 'Report a Title Case heading or label with one ordinary word left lowercase.', default: false },
  },
  check(document: Document, options: RuleOptions, context?: RuleContext): Finding[] {
    const wantsNames = readBooleanOption(options, 'properNouns', true);
    const wantsStarts = readBooleanOption(options, 'sentenceStarts', true);
    const wantsTitleCase = readBooleanOption(options, 'titleCase', false);
    const lexicon: Lexicon = { entries: new Map() };
    const forms = document.wordTable.cache<Form | null>(FORMS);
    const blocks = document.proseBlocks.map((block) => ({ block, words: wordsOf(block, document.wordTable, forms, lexicon) }));
    const casing = loadCasing();
    const evidence = gatherEvidence(distinctBlocks(blocks, ({ block }) => block.text), casing);
    const configured = new Map<string, string>();
    for (const noun of context?.properNouns ?? []) if (!/\s/.test(noun.trim())) configured.set(noun.trim().toLowerCase(), noun.trim());
    const check: Check = { document, blocks, casing, evidence, configured, findings: new Map(), copyCounts: new Map() };
    const names = nameTable(context, evidence);
    const siblings = siblingsOf(document.proseBlocks);
    const afterCode = blocksAfterCode(document.blocks);
    const continued = continuedLines(check);
    for (const { block, words } of blocks) {
      if (wantsNames) checkNames(check, block, words, names);
      if (wantsNames) checkGivenNames(check, block, words);
      if (wantsStarts) checkStarts(check, block, words, siblings.get(block), afterCode.has(block), continued.has(block));
      if (wantsNames) checkPronounI(check, block, words);
      if (wantsNames) checkProperNouns(check, block, words);
      if (wantsTitleCase) checkTitleCase(check, block, words);
    }
    return [...new Set(check.findings.values())].sort((a, b) => a.range[0] - b.range[0]);
  },
};

export default rule;
