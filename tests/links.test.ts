// Tests the links to copydesk's documentation: made from package.json, to pages of the repository, never to files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json';
import { builtinRules } from '../src/registry';
import { HOMEPAGE_URL, REPOSITORY_URL, repositoryPages, ruleDocs, withDocs } from '../src/links';

const ROOT = path.join(import.meta.dirname, '..');

describe('links', () => {
  it('come from package.json’s repository and homepage', () => {
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/copydesk/copydesk.git' });
    expect(REPOSITORY_URL).toBe('https://github.com/copydesk/copydesk');
    expect(HOMEPAGE_URL).toBe('https://github.com/copydesk/copydesk#readme');
    expect(repositoryPages('git+https://example.org/team/tool.git')).toBe('https://example.org/team/tool');
    expect(repositoryPages('https://example.org/team/tool/')).toBe('https://example.org/team/tool');
  });

  it('give each built-in rule its README in the repository, a page that exists', () => {
    for (const rule of builtinRules) {
      expect(ruleDocs(rule)).toBe(`https://github.com/copydesk/copydesk/blob/main/rules/${rule.id}/README.md`);
      expect(fs.existsSync(path.join(ROOT, 'rules', rule.id, 'README.md'))).toBe(true);
    }
  });

  it('give a plugin rule the page it names, or none', () => {
    expect(ruleDocs({ id: 'house-style', docs: 'https://example.org/style#rule' })).toBe('https://example.org/style#rule');
    expect(ruleDocs({ id: 'house-style' })).toBeUndefined();
    const rule = { id: 'typo', description: 'x' };
    expect(withDocs(rule)).toEqual({ id: 'typo', description: 'x', docs: 'https://github.com/copydesk/copydesk/blob/main/rules/typo/README.md' });
    expect(withDocs({ id: 'house-style' })).toEqual({ id: 'house-style' });
  });
});
