// The boilerplate test article: page chrome, a repeated run and a cut-off ending, found by the three rules that read the page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import boilerplate from '../rules/boilerplate/rule';
import duplicateSection from '../rules/duplicate-section/rule';
import truncatedText from '../rules/truncated-text/rule';
import { lintText } from '../src/engine/linter';

describe('the boilerplate test article (fixtures), worded unlike the data file', () => {
  const read = (name: string): string => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
  const text = read('boilerplate-article.txt');
  const answers = JSON.parse(read('boilerplate-article.answers.json')) as {
    boilerplate: { text: string; occurrence: number; family: string }[];
    legitimate: { text: string; occurrence: number }[];
    duplicates: { text: string; occurrence: number }[];
    truncated: { text: string; occurrence: number };
  };
  const entries = [boilerplate, duplicateSection, truncatedText].map((rule) => ({ rule, severity: 'error' as const, options: {} }));
  const { messages } = lintText(text, { path: 'boilerplate-article.txt', rules: entries });
  const locate = (needle: string, occurrence: number): [number, number] => {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = text.indexOf(needle, index + 1);
    return [index, index + needle.length];
  };
  const found = (needle: string, occurrence: number, ruleId: string): boolean => {
    const [start, end] = locate(needle, occurrence);
    return messages.some((m) => m.ruleId === ruleId && m.range[0] < end && start < m.range[1] && m.range[0] <= start);
  };

  it('finds at least 55 of its 62 boilerplate lines, from at least 12 families', () => {
    const caught = answers.boilerplate.filter((line) => found(line.text, line.occurrence, 'boilerplate'));
    expect(answers.boilerplate.length).toBeGreaterThanOrEqual(50);
    expect(new Set(answers.boilerplate.map((line) => line.family)).size).toBeGreaterThanOrEqual(10);
    expect(caught.length).toBeGreaterThanOrEqual(55);
    expect(new Set(caught.map((line) => line.family)).size).toBeGreaterThanOrEqual(12);
  });

  it('leaves all of its legitimate short blocks alone', () => {
    expect(answers.legitimate.length).toBeGreaterThanOrEqual(30);
    for (const line of answers.legitimate) expect(found(line.text, line.occurrence, 'boilerplate'), line.text).toBe(false);
  });

  it('finds the repeated headline and the repeated run, and the cut-off ending past the trailing chrome', () => {
    for (const line of answers.duplicates) expect(found(line.text, line.occurrence, 'duplicate-section'), line.text).toBe(true);
    const [start, end] = locate(answers.truncated.text, answers.truncated.occurrence);
    expect(messages.some((m) => m.ruleId === 'truncated-text' && m.range[0] < end && start < m.range[1])).toBe(true);
  });

  it('fixes it into the clean article but for the few lines it missed, keeping one blank line between blocks', () => {
    const output = lintText(text, { path: 'boilerplate-article.txt', rules: entries, fix: true }).output!;
    const clean = read('boilerplate-article.clean.txt').trim().split('\n\n');
    const fixed = output.trim().split('\n\n');
    expect(output).not.toMatch(/\n\n\n/);
    // Every block of the clean article is there, in order; what else remains is boilerplate it missed.
    let cursor = 0;
    for (const block of clean) {
      const at = fixed.indexOf(block, cursor);
      expect(at, block).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
    }
    expect(fixed.length - clean.length).toBeLessThanOrEqual(7);
    expect(lintText(output, { path: 'boilerplate-article.txt', rules: entries, fix: true }).output).toBeUndefined();
  });

  it('finds nothing in an article of short blocks that are all news', () => {
    expect(lintText(read('short-blocks-clean.md'), { path: 'short-blocks-clean.md', rules: entries }).messages).toEqual([]);
  });
});
