// The page set's scorer, in its pure parts (words as a bag, one page's counts, the totals, the split by site), and
// the committed set's own promises: every page has its four texts, no site is in both halves, no site is over a fifth.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageCounts } from '../../scripts/pages/lib.mjs';
import { bagOf, f1Of, fnv1a, overlap, scorePage, splitSites, summarize, wordsOf } from '../../scripts/pages/lib.mjs';

const SET_DIR = path.join(import.meta.dirname, '..', '..', 'devset', 'pages');

describe('words and bags', () => {
  it('takes runs of letters and digits, lowercased, whatever the apostrophe and the markup around them', () => {
    expect(wordsOf('## The Don’t-Stop **Café**, 2024 [link](http://x.org)')).toEqual(['the', 'don', 't', 'stop', 'café', '2024', 'link', 'http', 'x', 'org']);
  });

  it('counts how often each word occurs, and two bags overlap by the smaller count of each word', () => {
    const a = bagOf('the cat saw the dog');
    expect(a.get('the')).toBe(2);
    expect(overlap(a, bagOf('The the THE cat'))).toBe(3);
  });
});

describe('one page', () => {
  const gold = 'Floods close the bridge. The river rose overnight.';
  const page = `Home News Sport\n${gold}\nRead more: Floods close the bridge\nCookie settings`;

  it('scores a page kept whole as all the article and none of the chrome removed', () => {
    expect(scorePage(gold, page, page)).toEqual({ articleWords: 8, chromeWords: 11, keptArticle: 8, keptChrome: 11 });
  });

  it('counts a word of the chrome kept once the article has had its share of that word', () => {
    const kept = `${gold}\nRead more: Floods close the bridge`;
    expect(scorePage(gold, page, kept)).toEqual({ articleWords: 8, chromeWords: 11, keptArticle: 8, keptChrome: 6 });
  });

  it('counts an article word removed as lost, even when the chrome around it goes too', () => {
    const counts = scorePage(gold, page, 'The river rose overnight.');
    expect(counts.keptArticle).toBe(4);
    expect(counts.keptChrome).toBe(0);
    expect(f1Of(counts)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('leaves out of the article the gold words the page text does not hold, as no fix can keep them', () => {
    expect(scorePage('Floods close the bridge today', 'Floods close the bridge', 'Floods close the bridge').articleWords).toBe(4);
  });
});

describe('the totals', () => {
  const page = (articleWords: number, chromeWords: number, keptArticle: number, keptChrome: number): PageCounts => ({ articleWords, chromeWords, keptArticle, keptChrome });

  it('pools words kept and chrome removed over the pages, averages F1 over the pages, and counts pages that lost words', () => {
    const summary = summarize([page(100, 100, 100, 0), page(300, 100, 297, 50)]);
    expect(summary.articleKept).toBeCloseTo(397 / 400);
    expect(summary.chromeRemoved).toBeCloseTo(150 / 200);
    expect(summary.f1).toBeCloseTo((1 + f1Of(page(300, 100, 297, 50)).f1) / 2);
    expect(summary.pagesLosing).toBe(1);
  });
});

describe('the split', () => {
  const sites = new Map([['alpha', 12], ['beta', 15], ['gamma', 5], ['delta', 12], ['epsilon', 8], ['zeta', 12]]);

  it('hashes a string the same way on every run (a changed hash would move sites between halves)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('gives the same halves whatever order the sites come in', () => {
    const reversed = new Map([...sites].reverse());
    expect([...splitSites(reversed)].sort()).toEqual([...splitSites(sites)].sort());
  });

  it('puts every site in one half and keeps the halves within the largest site of each other', () => {
    const halves = splitSites(sites);
    expect([...halves.keys()].sort()).toEqual([...sites.keys()].sort());
    const pagesIn = (half: string) => [...halves].filter(([, h]) => h === half).reduce((sum, [site]) => sum + (sites.get(site) ?? 0), 0);
    expect(Math.abs(pagesIn('tune') - pagesIn('test'))).toBeLessThanOrEqual(15);
    expect(new Set(halves.values())).toEqual(new Set(['tune', 'test']));
  });
});

interface IndexPage { readonly id: string; readonly site: string; readonly half: string }
interface Index { readonly sites: readonly { readonly id: string; readonly pages: number; readonly half: string }[]; readonly pages: readonly IndexPage[] }

describe('the committed set', () => {
  const index = JSON.parse(fs.readFileSync(path.join(SET_DIR, 'index.json'), 'utf8')) as Index;

  it('has at least 100 pages from at least 10 sites, none with more than a fifth of the pages', () => {
    expect(index.pages.length).toBeGreaterThanOrEqual(100);
    expect(index.sites.length).toBeGreaterThanOrEqual(10);
    for (const site of index.sites) expect(site.pages, site.id).toBeLessThanOrEqual(index.pages.length / 5);
  });

  it('holds the halves the split gives for its sites, each page in its site\'s half', () => {
    const halves = splitSites(new Map(index.sites.map((site) => [site.id, site.pages])));
    for (const site of index.sites) expect(site.half, site.id).toBe(halves.get(site.id));
    for (const page of index.pages) expect(page.half, page.id).toBe(halves.get(page.site));
  });

  it('has, for every page, its saved HTML, both conversions and both gold texts, each gold text inside its page', () => {
    for (const page of index.pages) {
      expect(fs.existsSync(path.join(SET_DIR, 'html', `${page.id}.html.gz`)), page.id).toBe(true);
      for (const [dir, ext] of [['text', '.txt'], ['md', '.md']] as const) {
        const text = fs.readFileSync(path.join(SET_DIR, dir, page.id + ext), 'utf8');
        const gold = fs.readFileSync(path.join(SET_DIR, 'gold', page.id + ext), 'utf8');
        const counts = scorePage(gold, text, text);
        expect(counts.articleWords, `${page.id}${ext}`).toBeGreaterThanOrEqual(0.97 * wordsOf(gold).length);
        expect(counts.chromeWords, `${page.id}${ext}`).toBeGreaterThan(0);
      }
    }
  });
});
