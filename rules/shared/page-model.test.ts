import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from './page-model.json';
import { articleOdds, articleRun, FEATURES, featuresOf } from './page-model';
import boilerplate from '../boilerplate/rule';
import { lintText } from '../../src/engine/linter';
import { parseDocument } from '../../src/parse/document';

const read = (name: string): string => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const rules = [{ rule: boilerplate, severity: 'error' as const, options: {} }];
/** The article of both pages, from the headline to the last paragraph. */
const headline = /^(?:# )?River authority approves new flood barrier for the lower town$/imu;

describe('the page model', () => {
  it('has a weight for each feature, and gives each block a value for each', () => {
    expect(data.weights).toHaveLength(FEATURES.length);
    const document = parseDocument(read('page.md'), { path: 'page.md' });
    for (const row of featuresOf(document)) expect(row).toHaveLength(FEATURES.length);
  });

  it('finds the article as the run of blocks whose weighted log-odds sum highest', () => {
    const document = parseDocument('a\n\nb\n\nc\n\nd\n\ne\n', { path: 'x.md' });
    // With the inclusion added, the second to the fourth block sum highest; a doubtful block inside stays.
    const lift = data.inclusion;
    expect(articleRun([-3 - lift, 2 - lift, -0.5 - lift, 2 - lift, -3 - lift], document.proseBlocks)).toEqual([1, 3]);
    expect(articleRun([-3 - lift, -3 - lift], parseDocument('a\n\nb\n', { path: 'x.md' }).proseBlocks)).toBeUndefined();
  });

  it('removes the menu, the related headlines and the footer of a Markdown page, and keeps the headline, the byline and every paragraph', () => {
    const page = read('page.md');
    const { output } = lintText(page, { path: 'page.md', rules, fix: true });
    const start = page.search(/^# River/mu);
    const end = page.indexOf('throughout.') + 'throughout.'.length;
    expect(output).toBe(`${page.slice(start, end)}\n`);
  });

  it('reports the menu above the article as one finding on the whole run, whose fix removes it', () => {
    const page = read('page.md');
    const [menu] = lintText(page, { path: 'page.md', rules }).messages;
    expect(menu?.message).toBe('Unexpected page chrome, 7 blocks: “Skip to content” (outside the article on the page)');
    expect(page.slice(menu!.range[0], menu!.range[1])).toBe(page.slice(0, page.indexOf('- [Contact us](/contact)') + '- [Contact us](/contact)'.length));
    expect(page.slice(menu!.fix!.range[0], menu!.fix!.range[1])).toBe(page.slice(0, page.indexOf('# River')));
  });

  it('does the same on the page as a text converter writes it: menus of labels with their links in brackets', () => {
    const page = read('page.txt');
    const { output } = lintText(page, { path: 'page.txt', rules, fix: true });
    const start = page.search(headline);
    const end = page.indexOf('throughout.') + 'throughout.'.length;
    expect(output).toBe(`${page.slice(start, end)}\n`);
  });

  it('fixes a page in one run: a second fix changes nothing', () => {
    for (const name of ['page.md', 'page.txt']) {
      const once = lintText(read(name), { path: name, rules, fix: true }).output!;
      expect(lintText(once, { path: name, rules, fix: true }).output ?? once, name).toBe(once);
    }
  });

  it('finds nothing outside an article that is all article, short closing lines and all', () => {
    const article = [
      '# Library reopens after roof repairs',
      'By Tom Weller · 2 May 2026',
      'The town library reopened on Saturday after eight months of repairs to its roof, which leaked through two winters.',
      'Readers queued before the doors opened, and the children’s room was full by ten.',
      '“We missed it more than we expected,” said one of the volunteers who run the reading group.',
      'The library is open every day but Sunday.',
      'The repairs cost £310,000.',
    ].join('\n\n');
    expect(lintText(`${article}\n`, { path: 'a.md', rules }).messages).toEqual([]);
    expect(lintText(`${article.replace('# ', '')}\n`, { path: 'a.txt', rules }).messages).toEqual([]);
    const document = parseDocument(`${article}\n`, { path: 'a.md' });
    expect(articleRun(articleOdds(document), document.proseBlocks)).toEqual([0, document.proseBlocks.length - 1]);
  });
});
