// The built-in rules, alphabetical.
import type { Rule } from '../src/types';
import boilerplate from './boilerplate/rule';
import capitalization from './capitalization/rule';
import duplicateSection from './duplicate-section/rule';
import punctuationSpacing from './punctuation-spacing/rule';
import repeatedWord from './repeated-word/rule';
import spelling from './spelling/rule';
import truncatedText from './truncated-text/rule';
import typo from './typo/rule';

export const builtinRules: readonly Rule[] = [boilerplate, capitalization, duplicateSection, punctuationSpacing, repeatedWord, spelling, truncatedText, typo];
