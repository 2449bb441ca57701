// Links to copydesk's documentation, made from package.json's repository and homepage: the page of each built-in
// rule (rules/<id>/README.md on the main branch), or the page a plugin rule names as its `docs`.
import manifest from '../package.json';
import { builtinRules } from './registry';
import type { Rule } from './types';

/** `git+https://host/owner/name.git` as the address of the repository's pages: `https://host/owner/name`. */
export function repositoryPages(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** https://github.com/copydesk/copydesk */
export const REPOSITORY_URL = repositoryPages(manifest.repository.url);
/** copydesk's home page (the README), for SARIF's `informationUri`. */
export const HOMEPAGE_URL: string = manifest.homepage;

const BUILTIN_IDS: ReadonlySet<string> = new Set(builtinRules.map((rule) => rule.id));

/** The documentation page of a built-in rule, by id. */
export function builtinRuleDocs(id: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${encodeURIComponent(id)}/README.md`;
}

/**
 * A rule's documentation page: a built-in rule's in copydesk's repository (a plugin may not take a built-in id),
 * else the plugin rule's own `docs`, else none.
 */
export function ruleDocs(rule: Pick<Rule, 'id' | 'docs'>): string | undefined {
  return BUILTIN_IDS.has(rule.id) ? builtinRuleDocs(rule.id) : rule.docs;
}

/** The rule with its documentation page, when it has one, as `docs`: what reporters link to. */
export function withDocs<T extends Pick<Rule, 'id' | 'docs'>>(rule: T): T {
  const docs = ruleDocs(rule);
  return docs === undefined || docs === rule.docs ? rule : { ...rule, docs };
}
