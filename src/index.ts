// The public API: lint and fix files or text, the rule tester, and the types a plugin author needs.
export { lintFiles, lintText, CopydeskError } from './api';
export type { LintOptions, LintRun, LintTextOptions } from './api';
export { parseDocument } from './parse/document';
export { builtinRules } from '../rules/index';
export { defineRule } from './define-rule';
export { RuleTester } from './testing/rule-tester';
export type * from './types';
