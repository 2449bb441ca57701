import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/linter';
import { parseDocument } from '../src/parse/document';
import { builtinRules } from '../rules/index';

interface Defect {
  readonly class: string;
  readonly required?: boolean;
  readonly text: string;
  readonly occurrence: number;
  readonly fix?: string | null;
}

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');
const entries = builtinRules.map((rule) => ({ rule, severity: rule.defaultSeverity === 'warn' ? ('warn' as const) : ('error' as const), options: {} }));
const implemented = new Set(builtinRules.map((rule) => rule.id));
const fixable = new Set(builtinRules.filter((rule) => rule.fixable).map((rule) => rule.id));

function locate(text: string, needle: string, occurrence: number): number {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`defect not found: ${needle} #${occurrence}`);
  }
  return index;
}

/** The article with every defect of the implemented rules corrected, as the defects file says. */
function corrected(text: string, defects: readonly Defect[]): string {
  const edits = defects
    .filter((defect) => fixable.has(defect.class) && typeof defect.fix === 'string')
    .map((defect) => ({ start: locate(text, defect.text, defect.occurrence), defect }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const { start, defect } of edits) result = result.slice(0, start) + defect.fix + result.slice(start + defect.text.length);
  return result;
}

describe('fixture articles', () => {
  for (const name of ['clean-article.md', 'names-clean.md', 'capitalization-clean.md']) {
    it(`finds nothing in ${name}`, () => {
      expect(lintText(read(name), { path: name, rules: entries }).messages).toEqual([]);
    });
  }

  for (const name of ['messy-article.txt', 'escapes.md', 'crlf-article.txt', 'spelling-errors.txt']) {
    it(`finds every planted defect of the built-in rules in ${name} and fixes exactly those`, () => {
      const text = read(name);
      const defects = JSON.parse(read(name.replace(/\.\w+$/, '.defects.json'))) as Defect[];
      const planted = defects.filter((defect) => implemented.has(defect.class));
      const { messages } = lintText(text, { path: name, rules: entries });
      const spans = planted.map((defect) => {
        const start = locate(text, defect.text, defect.occurrence);
        return { defect, start, end: start + defect.text.length };
      });
      // Every required defect is found by its rule; judgement calls may or may not be.
      for (const { defect, start, end } of spans.filter((each) => each.defect.required !== false)) {
        const hit = messages.find((message) => message.ruleId === defect.class && message.range[0] < end && start < message.range[1]);
        expect(hit, `${defect.class}: ${defect.text}`).toBeDefined();
      }
      // And nothing is found that was not planted.
      for (const message of messages) {
        expect(spans.some(({ start, end }) => message.range[0] < end && start < message.range[1]), `${message.ruleId}: ${message.message}`).toBe(true);
      }
      const output = lintText(text, { path: name, rules: entries, fix: true }).output;
      if (!defects.some((defect) => fixable.has(defect.class) && defect.fix === null)) expect(output).toBe(corrected(text, defects));
    });
  }

  it('keeps every CRLF of the CRLF article when fixing', () => {
    const output = lintText(read('crlf-article.txt'), { path: 'crlf-article.txt', rules: entries, fix: true }).output!;
    expect(output.split('\r\n').length).toBe(read('crlf-article.txt').split('\r\n').length);
    expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses the clean article into the blocks its Markdown says', () => {
    const kinds = new Set(parseDocument(read('clean-article.md'), { path: 'clean-article.md' }).blocks.map((block) => block.kind));
    expect([...kinds].sort()).toEqual(['code', 'front-matter', 'heading', 'list-item', 'paragraph', 'quote', 'table-row']);
  });
});
