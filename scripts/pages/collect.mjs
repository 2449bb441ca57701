#!/usr/bin/env node
// Takes the page set's pages out of the sites' repositories (scripts/pages/sites.mjs) and saves them, gzipped, in
// devset/pages/html/, with their provenance in devset/pages/pages.jsonl. Run once to make the set; build.mjs then
// makes everything else from what this saved.
//
//   node scripts/pages/collect.mjs --mirrors DIR
//
// DIR holds a bare clone of each site's repository as DIR/<owner>+<name>/repo (git clone --mirror does), with the
// commit sites.mjs names. Of the files the site's pattern matches at that commit, sorted by path, the script takes
// `count` spread evenly over the list, passing over a page whose article (by the site's selectors) has fewer than
// 150 words or which is over 600 KB, and taking the next one instead.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { articleHtml, pageToText } from './convert.mjs';
import { wordsOf } from './lib.mjs';
import { SITES } from './sites.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const at = args.indexOf('--mirrors');
if (at < 0 || !args[at + 1]) {
  console.error('usage: node scripts/pages/collect.mjs --mirrors DIR');
  process.exit(2);
}
const mirrors = path.resolve(args[at + 1]);
const setDir = path.join(root, 'devset', 'pages');
const MIN_ARTICLE_WORDS = 150;
const MAX_PAGE_BYTES = 600_000;

const git = (site, ...rest) => execFileSync('git', ['-C', path.join(mirrors, site.repo.replace('/', '+'), 'repo'), ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** The page's HTML and what the saved file says of it (a JSON record's `guid`, for pages saved inside one). */
function readPage(site, file) {
  const raw = git(site, 'show', `${site.commit}:${file}`);
  if (!site.json) return { html: raw, saved: {} };
  const record = JSON.parse(raw);
  return { html: record.content, saved: { guid: record.guid } };
}

/** Positions 0..n-1 in the order they are tried: `count` spread evenly first, then the rest from the start. */
function spread(n, count) {
  const first = Array.from({ length: Math.min(count, n) }, (_, i) => Math.floor(((i + 0.5) * n) / count));
  return [...new Set([...first, ...Array.from({ length: n }, (_, i) => i)])];
}

function collectSite(site) {
  const files = git(site, 'ls-tree', '-r', '--name-only', site.commit).split('\n')
    .filter((file) => site.pattern.test(file) && !(site.skip?.test(file) ?? false))
    .sort();
  const taken = [];
  for (const index of spread(files.length, site.count)) {
    if (taken.length === site.count) break;
    const file = files[index];
    const { html, saved } = readPage(site, file);
    if (Buffer.byteLength(html) > MAX_PAGE_BYTES) continue;
    if (wordsOf(pageToText(articleHtml(html, site.keep, site.drop))).length < MIN_ARTICLE_WORDS) continue;
    taken.push({ file, html, url: site.url(file, saved) });
  }
  taken.sort((a, b) => (a.file < b.file ? -1 : 1));
  return taken.map((page, i) => ({ ...page, id: `${site.id}-${String(i + 1).padStart(2, '0')}` }));
}

fs.mkdirSync(path.join(setDir, 'html'), { recursive: true });
const lines = [];
for (const site of SITES) {
  const pages = collectSite(site);
  for (const page of pages) {
    fs.writeFileSync(path.join(setDir, 'html', `${page.id}.html.gz`), zlib.gzipSync(page.html, { level: 9 }));
    lines.push(JSON.stringify({ id: page.id, site: site.id, url: page.url, repo: site.repo, commit: site.commit, path: page.file, licence: site.licence }));
  }
  console.log(`${site.id}: ${pages.length} pages`);
}
fs.writeFileSync(path.join(setDir, 'pages.jsonl'), `${lines.join('\n')}\n`);
