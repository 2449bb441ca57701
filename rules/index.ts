// The built-in rules, alphabetical.
import type { Rule } from '../src/types';
import capitalization from './capitalization';
import punctuationSpacing from './punctuation-spacing';
import repeatedWord from './repeated-word';
import spelling from './spelling';
import typo from './typo';

export const builtinRules: readonly Rule[] = [capitalization, punctuationSpacing, repeatedWord, spelling, typo];
