// The built-in rules, alphabetical.
import type { Rule } from '../src/types';
import capitalization from './capitalization';
import punctuationSpacing from './punctuation-spacing';
import repeatedWord from './repeated-word';

export const builtinRules: readonly Rule[] = [capitalization, punctuationSpacing, repeatedWord];
