// The public API: lint and fix files or text, the rule tester, and the types a plugin author needs.
export { lint, fix, lintFiles, lintText, CopydeskError } from './api';
export type { LintOptions, LintRun, LintTextOptions } from './api';
export { loadParsers, parseDocument } from './parse/document';
export { builtinRules } from './registry';
export { defineRule } from './define-rule';
export { RuleTester } from './testing/rule-tester';
export { loadMarkdownParser } from './parse/markdown';
export type * from './types';

import { loadParsers } from './parse/document';

// Library users may call parseDocument or the rule tester at once.
await loadParsers();
