// Helps plugin authors write a rule with its types checked; returns the rule unchanged.
import type { Rule } from './types';

export function defineRule(rule: Rule): Rule {
  return rule;
}
