#!/usr/bin/env node
// Scores the built CLI on the page set (devset/pages/): how much page chrome `copydesk fix` takes out of whole scraped
// pages, and how much of the article it leaves.
//
//   npm run eval:pages                            the test half, plain text and Markdown
//   npm run eval:pages -- --half tune             the tuning half (--half all: both)
//   options: --format text|markdown|both  --json (the figures as JSON)  --worst N (pages listed, default 10)
//            --cli FILE (another build)  --set DIR
//
// Each page of the half, as plain text (text/<id>.txt) and as Markdown (md/<id>.md), is copied into a temporary
// folder and fixed there by one run of `copydesk fix` that names every file. The fixed text is compared with the
// page's gold article text (gold/<id>.txt or .md, the same converter's output) as bags of lowercase words:
// article words kept, page chrome removed (of the page's words that are not the article's), and the F1 of the
// kept text against the article. "keep everything" is the page as it came, unfixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { f1Of, scorePage, summarize } from './lib.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const value = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const half = value('--half', 'test');
const format = value('--format', 'both');
if (!['tune', 'test', 'all'].includes(half) || !['text', 'markdown', 'both'].includes(format)) {
  console.error('--half takes tune, test or all; --format takes text, markdown or both');
  process.exit(2);
}
const asJson = args.includes('--json');
const worstRows = Number(value('--worst', '10'));
const setDir = path.resolve(value('--set', path.join(root, 'devset', 'pages')));
const cli = path.resolve(value('--cli', path.join(root, 'bin', 'copydesk.js')));

const FORMATS = [
  { name: 'text', label: 'plain text', dir: 'text', ext: '.txt' },
  { name: 'markdown', label: 'Markdown', dir: 'md', ext: '.md' },
].filter((f) => format === 'both' || f.name === format);

const index = JSON.parse(fs.readFileSync(path.join(setDir, 'index.json'), 'utf8'));
const pages = index.pages.filter((page) => half === 'all' || page.half === half);
const read = (...parts) => fs.readFileSync(path.join(setDir, ...parts), 'utf8');

/** Fixes every page of every format in one run of the CLI; returns the fixed texts by format and page, and the run's failures. */
function fixAll() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pages-'));
  try {
    const files = [];
    for (const f of FORMATS) {
      fs.mkdirSync(path.join(dir, f.dir));
      for (const page of pages) {
        const file = path.join(f.dir, page.id + f.ext);
        fs.writeFileSync(path.join(dir, file), read(f.dir, page.id + f.ext));
        files.push(file);
      }
    }
    const started = Date.now();
    const run = spawnSync(process.execPath, [cli, 'fix', '--format', 'json', '--no-color', '--concurrency', 'auto', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0 && run.status !== 1 && run.status !== 2) throw new Error(`copydesk exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
    const failures = run.status === 2 ? run.stderr.trim().split('\n').filter((line) => line !== '') : [];
    const fixed = new Map(FORMATS.map((f) => [f.name, new Map(pages.map((page) => [page.id, fs.readFileSync(path.join(dir, f.dir, page.id + f.ext), 'utf8')]))]));
    return { fixed, failures, seconds: (Date.now() - started) / 1000 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function score() {
  const { fixed, failures, seconds } = fixAll();
  const rows = [];
  for (const f of FORMATS) {
    for (const page of pages) {
      const gold = read('gold', page.id + f.ext);
      const text = read(f.dir, page.id + f.ext);
      rows.push({ format: f.name, id: page.id, site: page.site, baseline: scorePage(gold, text, text), copydesk: scorePage(gold, text, fixed.get(f.name).get(page.id)) });
    }
  }
  const totals = (selected) => ({ baseline: summarize(selected.map((row) => row.baseline)), copydesk: summarize(selected.map((row) => row.copydesk)) });
  const byFormat = Object.fromEntries(FORMATS.map((f) => [f.name, totals(rows.filter((row) => row.format === f.name))]));
  const sites = [...new Set(pages.map((page) => page.site))];
  const bySite = Object.fromEntries(sites.map((site) => [site, Object.fromEntries(FORMATS.map((f) => [f.name, totals(rows.filter((row) => row.site === site && row.format === f.name)).copydesk]))]));
  const worst = rows
    .map((row) => ({ format: row.format, id: row.id, articleLost: row.copydesk.articleWords - row.copydesk.keptArticle, articleWords: row.copydesk.articleWords, f1: f1Of(row.copydesk).f1, chromeRemoved: row.copydesk.chromeWords === 0 ? 1 : 1 - Math.min(row.copydesk.keptChrome, row.copydesk.chromeWords) / row.copydesk.chromeWords }))
    .sort((a, b) => b.articleLost - a.articleLost || a.f1 - b.f1 || (a.id < b.id ? -1 : 1));
  return { half, pages: pages.length, sites: sites.length, seconds, failures, overall: totals(rows), byFormat, bySite, worst };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const line = (label, t) => `| ${label} | ${pct(t.articleKept)} | ${pct(t.chromeRemoved)} | ${(100 * t.f1).toFixed(1)} | ${t.pagesLosing} of ${t.pages} |`;

function report(result) {
  const out = [];
  out.push(`Page set, ${result.half === 'all' ? 'both halves' : `${result.half} half`}: ${result.pages} pages from ${result.sites} sites; copydesk fix took ${result.seconds.toFixed(1)} s`);
  if (result.failures.length > 0) out.push(`copydesk reported ${result.failures.length} failures (exit 2); failed files stay as they were:`, ...result.failures.slice(0, 10).map((f) => `  ${f}`));
  out.push('', '| | article words kept | page chrome removed (words) | F1 of the kept text | pages losing article words |', '|---|---|---|---|---|');
  for (const f of FORMATS) out.push(line(`keep everything, ${f.label}`, result.byFormat[f.name].baseline));
  for (const f of FORMATS) out.push(line(`copydesk, ${f.label}`, result.byFormat[f.name].copydesk));
  if (FORMATS.length > 1) out.push(line('copydesk, both', result.overall.copydesk));
  out.push('', '| site | format | article words kept | page chrome removed | F1 | pages losing article words |', '|---|---|---|---|---|---|');
  for (const [site, formats] of Object.entries(result.bySite)) {
    for (const [name, t] of Object.entries(formats)) out.push(`| ${site} | ${name} | ${pct(t.articleKept)} | ${pct(t.chromeRemoved)} | ${(100 * t.f1).toFixed(1)} | ${t.pagesLosing} of ${t.pages} |`);
  }
  if (worstRows > 0) {
    out.push('', `Worst pages (article words lost, then F1):`);
    for (const w of result.worst.slice(0, worstRows)) out.push(`  ${w.id} (${w.format}): ${w.articleLost} of ${w.articleWords} article words lost, chrome removed ${pct(w.chromeRemoved)}, F1 ${(100 * w.f1).toFixed(1)}`);
  }
  return out.join('\n');
}

const result = score();
console.log(asJson ? JSON.stringify(result, null, 1) : report(result));
