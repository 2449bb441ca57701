#!/usr/bin/env node
// Makes the page set's texts from its saved pages (devset/pages/html/, listed in pages.jsonl):
//
//   text/<id>.txt   the whole page through html-to-text, as a careless scraper converts it
//   md/<id>.md      the whole page through turndown
//   gold/<id>.txt   the article alone (its site's selectors, scripts/pages/sites.mjs) through html-to-text
//   gold/<id>.md    the article alone through turndown
//   index.json      each page's site, half and word counts; each site's half
//
//   node scripts/pages/build.mjs            npm run data:pages does the same
//
// The gold texts go through the same converter as the page they are scored against, so that a word is written the
// same way in both (a link's address, a heading in capitals).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { articleHtml, pageToMarkdown, pageToText } from './convert.mjs';
import { splitSites, wordsOf } from './lib.mjs';
import { SITES } from './sites.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const setDir = path.join(root, 'devset', 'pages');
const sites = new Map(SITES.map((site) => [site.id, site]));
const pages = fs.readFileSync(path.join(setDir, 'pages.jsonl'), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));

for (const dir of ['text', 'md', 'gold']) {
  fs.rmSync(path.join(setDir, dir), { recursive: true, force: true });
  fs.mkdirSync(path.join(setDir, dir));
}

const pagesBySite = new Map();
for (const page of pages) pagesBySite.set(page.site, (pagesBySite.get(page.site) ?? 0) + 1);
const halves = splitSites(pagesBySite);

const entries = pages.map((page) => {
  const site = sites.get(page.site);
  if (!site) throw new Error(`${page.id}: no site "${page.site}" in scripts/pages/sites.mjs`);
  const html = zlib.gunzipSync(fs.readFileSync(path.join(setDir, 'html', `${page.id}.html.gz`))).toString('utf8');
  const article = articleHtml(html, site.keep, site.drop);
  const texts = {
    [`text/${page.id}.txt`]: pageToText(html),
    [`md/${page.id}.md`]: pageToMarkdown(html),
    [`gold/${page.id}.txt`]: pageToText(article),
    [`gold/${page.id}.md`]: pageToMarkdown(article),
  };
  for (const [file, text] of Object.entries(texts)) fs.writeFileSync(path.join(setDir, file), `${text.trimEnd()}\n`);
  const [pageText, pageMarkdown, goldText, goldMarkdown] = Object.values(texts).map((text) => wordsOf(text).length);
  return { id: page.id, site: page.site, half: halves.get(page.site), words: { pageText, pageMarkdown, goldText, goldMarkdown } };
});

const index = {
  sites: SITES.filter((site) => pagesBySite.has(site.id)).map((site) => ({ id: site.id, name: site.name, licence: site.licence, pages: pagesBySite.get(site.id), half: halves.get(site.id) })),
  pages: entries,
};
fs.writeFileSync(path.join(setDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
for (const half of ['tune', 'test']) {
  const inHalf = entries.filter((entry) => entry.half === half);
  console.log(`${half}: ${inHalf.length} pages from ${index.sites.filter((site) => site.half === half).map((site) => site.id).join(', ')}`);
}
