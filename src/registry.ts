// The built-in rules as the engine reaches them: the one place src/ imports from rules/ (their registry, rules/index.ts).
export { builtinRules } from '../rules/index';
