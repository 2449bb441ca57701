// The built-in rules, alphabetical.
import type { Rule } from '../src/types';
import boilerplate from './boilerplate';
import capitalization from './capitalization';
import duplicateSection from './duplicate-section';
import punctuationSpacing from './punctuation-spacing';
import repeatedWord from './repeated-word';
import spelling from './spelling';
import truncatedText from './truncated-text';
import typo from './typo';

export const builtinRules: readonly Rule[] = [boilerplate, capitalization, duplicateSection, punctuationSpacing, repeatedWord, spelling, truncatedText, typo];
