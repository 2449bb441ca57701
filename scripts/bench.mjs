// Measures copydesk's speed and memory against its targets: whole-process runs on the seed article, the corpus,
// a 5 MB article and 5 MB and 20 MB of similar paragraphs (lint and fix), each beside cspell run on the same
// input in the same bench; threads on the corpus and on 2,000 files; a worker's start-up; what loading each
// rule's data costs; in-process throughput and each rule's cost; the language server's edit-to-diagnostics time;
// the size of a 500-article HTML proof and the time a browser takes to open it.
// Prints figures and whether each target is met; asserts nothing (BENCH_RUNS sets the runs a figure is the
// median of, 5 by default).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { measureLsp } from './bench-lsp.mjs';
import { similarParagraphs } from './similar-paragraphs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const child = path.join(root, 'scripts', 'bench-child.mjs');
const cspellBin = path.join(root, 'node_modules', 'cspell', 'bin.mjs');
const hasCspell = fs.existsSync(cspellBin);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => bytes / 1048576;
const seconds = (value) => `${value.toFixed(3)} s`;

/** Runs a command once; its wall time in seconds and peak memory in MB (from GNU time when present, else the child's own report). */
function once(command, args, options = {}) {
  options.before?.();
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: options.cwd });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(result.stderr ?? '');
  return { seconds: elapsed, peakMb: rss ? Number(rss[1]) / 1024 : 0, code: result.status };
}

/**
 * Runs each variant `count` times in rounds, one of each a round: this machine's speed drifts by a third over a
 * minute, so ratios are the medians of each round's own ratio to the first variant, not ratios of medians.
 */
function rounds(variants, count) {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const peaks = Object.fromEntries(names.map((name) => [name, 0]));
  for (let i = 0; i < count; i++) {
    for (const name of names) {
      const { command, args, before, cwd } = variants[name];
      const result = once(command, args, { before, cwd });
      times[name].push(result.seconds);
      peaks[name] = Math.max(peaks[name], result.peakMb);
    }
  }
  const ratio = (name, to = names[0]) => median(times[name].map((value, i) => value / times[to][i]));
  return { seconds: (name) => median(times[name]), ratio, peak: (name) => peaks[name] };
}

const copydesk = (...args) => ({ command: process.execPath, args: [child, ...args] });
/** cspell on a file, or on a folder's Markdown files, run from that folder (cspell passes over files outside the folder it runs in). */
const cspell = (target) => {
  const isFolder = fs.statSync(target).isDirectory();
  return { command: process.execPath, args: [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-color', isFolder ? '**/*.md' : path.basename(target)], cwd: isFolder ? target : path.dirname(target) };
};

const results = [];
/** Prints a figure with its target, and keeps it for the summary. */
function figure(label, value, target, isMet, note = '') {
  results.push({ label, value, target, isMet });
  console.log(`${label.padEnd(46)} ${value.padEnd(34)} target ${target.padEnd(10)} ${isMet ? 'met' : 'MISSED'}${note ? `  ${note}` : ''}`);
}
const line = (label, value) => console.log(`${label.padEnd(46)} ${value}`);
const versus = (own, other) => (other === undefined ? '' : `cspell ${seconds(other)}, copydesk ${(own / other).toFixed(2)}× its time`);

function corpusFolder() {
  const clean = path.join(shared, 'corpus', 'clean');
  if (fs.existsSync(clean)) return { folder: clean, generated: false };
  // No shared corpus: 200 articles made from the project's own clean fixture, varied so no two are equal.
  const folder = path.join(work, 'corpus');
  fs.mkdirSync(folder);
  const base = fs.readFileSync(path.join(root, 'fixtures', 'clean-article.md'), 'utf8');
  for (let i = 1; i <= 200; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.md`), base.replace(/# /, `# ${i}. `));
  return { folder, generated: true };
}

const filesOf = (folder) => fs.readdirSync(folder).filter((name) => /\.(md|txt|markdown)$/.test(name)).sort().map((name) => path.join(folder, name));

/** About 5 MB of ordinary edited prose: the corpus's articles one after another. */
function proseArticle(sources) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1048576; i++) {
    const text = fs.readFileSync(sources[i % sources.length], 'utf8');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const file = path.join(work, 'prose-5mb.md');
  fs.writeFileSync(file, parts.join('\n'));
  return file;
}

const { folder, generated } = corpusFolder();
const corpusFiles = filesOf(folder);
const corpusBytes = corpusFiles.reduce((sum, file) => sum + fs.statSync(file).size, 0);
const seed = path.join(shared, 'seed', 'article.txt');

console.log(`copydesk bench — node ${process.version}, ${os.cpus().length} cores, median of ${runs} runs, every built-in rule on${hasCspell ? `, beside cspell ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'cspell', 'package.json'), 'utf8')).version}` : ' (cspell not installed: no comparison)'}`);
line('node -e 0', seconds(rounds({ node: { command: process.execPath, args: ['-e', '0'] } }, runs).seconds('node')));

// One article, then the corpus, each beside cspell.
if (fs.existsSync(seed)) {
  const seedRuns = rounds({ copydesk: copydesk('lint', '--format', 'json', seed), ...(hasCspell ? { cspell: cspell(seed) } : {}) }, runs);
  const own = seedRuns.seconds('copydesk');
  figure(`seed article (${(fs.statSync(seed).size / 1024).toFixed(0)} KB)`, `${seconds(own)}, peak ${seedRuns.peak('copydesk').toFixed(0)} MB`, '≤ 0.25 s', own <= 0.25, hasCspell ? versus(own, seedRuns.seconds('cspell')) : '');
} else {
  line('seed article', 'skipped (../shared absent)');
}

const cacheFile = path.join(work, 'cache.json');
spawnSync(process.execPath, [child, 'lint', '--cache', '--cache-location', cacheFile, folder]);
const corpus = rounds(
  {
    serial: copydesk('lint', '--format', 'json', folder),
    two: copydesk('lint', '--format', 'json', '--concurrency', '2', folder),
    auto: copydesk('lint', '--format', 'json', '--concurrency', 'auto', folder),
    cached: copydesk('lint', '--format', 'json', '--cache', '--cache-location', cacheFile, folder),
    ...(hasCspell ? { cspell: cspell(folder) } : {}),
  },
  runs,
);
const corpusSeconds = corpus.seconds('serial');
figure(
  `corpus${generated ? ' (generated)' : ''}: ${corpusFiles.length} files, ${mb(corpusBytes).toFixed(2)} MB`,
  `${seconds(corpusSeconds)}, ${(mb(corpusBytes) / corpusSeconds).toFixed(2)} MB/s, peak ${corpus.peak('serial').toFixed(0)} MB`,
  '≤ 0.8 s',
  corpusSeconds <= 0.8,
  hasCspell ? versus(corpusSeconds, corpus.seconds('cspell')) : '',
);
line('  the corpus with --concurrency 2', `${seconds(corpus.seconds('two'))} (${corpus.ratio('two').toFixed(2)}× one thread)`);
figure('  the corpus with --concurrency auto', `${seconds(corpus.seconds('auto'))} (${corpus.ratio('auto').toFixed(2)}× one thread)`, '≤ 1.00×', corpus.ratio('auto') <= 1.0);
line('  the corpus again with --cache', `${seconds(corpus.seconds('cached'))} (${corpus.ratio('cached').toFixed(2)}× the first run)`);

// A larger repository: the corpus ten times over (2,000 files), each copy with its own wording at the top.
const many = path.join(work, 'many');
corpusFiles.forEach((file, index) => {
  const text = fs.readFileSync(file, 'utf8');
  for (let copy = 0; copy < 10; copy++) {
    fs.mkdirSync(path.join(many, String(copy)), { recursive: true });
    fs.writeFileSync(path.join(many, String(copy), `${index}.md`), `Copy ${copy} of article ${index}.\n\n${text}`);
  }
});
const manyRuns = Math.min(runs, 3);
const large = rounds(
  {
    serial: copydesk('lint', '--format', 'json', many),
    two: copydesk('lint', '--format', 'json', '--concurrency', '2', many),
    auto: copydesk('lint', '--format', 'json', '--concurrency', 'auto', many),
  },
  manyRuns,
);
line(`${corpusFiles.length * 10} files (the corpus ×10), one thread`, `${seconds(large.seconds('serial'))} (median of ${manyRuns})`);
figure('  with --concurrency 2', `${seconds(large.seconds('two'))} (${large.ratio('two').toFixed(2)}× one thread)`, '≤ 0.75×', large.ratio('two') <= 0.75);
line('  with --concurrency auto', `${seconds(large.seconds('auto'))} (${large.ratio('auto').toFixed(2)}× one thread)`);

// A worker thread's start-up: from creating it to its last word when it is given no file (loaded, rules
// prepared), and how much later its first result comes when it is given one file.
async function workerRun(files) {
  const start = performance.now();
  const worker = new Worker(path.join(root, 'dist', 'worker.js'), { workerData: { options: { cwd: folder }, files, named: [], next: new SharedArrayBuffer(4) } });
  const first = await new Promise((resolve, reject) => {
    worker.once('message', () => resolve(performance.now() - start));
    worker.once('error', reject);
  });
  await new Promise((resolve) => worker.once('exit', resolve));
  return first;
}
async function workerStart() {
  const ready = await workerRun([]);
  return { ready, first: (await workerRun([corpusFiles[0]])) - ready };
}
const starts = [];
for (let i = 0; i < runs; i++) starts.push(await workerStart());
const bundle = ['cli.js', 'worker.js', ...fs.readdirSync(path.join(root, 'dist', 'chunks')).map((name) => path.join('chunks', name))].reduce((sum, name) => sum + fs.statSync(path.join(root, 'dist', name)).size, 0);
line('a worker thread, created to ready', `${median(starts.map((s) => s.ready)).toFixed(0)} ms; its first file ${median(starts.map((s) => s.first)).toFixed(0)} ms (code in dist: ${(bundle / 1024).toFixed(0)} KB)`);

// Large inputs: 5 MB of ordinary prose; 5 MB and 20 MB of similar paragraphs, linted and fixed.
const prose = proseArticle(corpusFiles);
const similar5 = path.join(work, 'similar-5mb.md');
const similar20 = path.join(work, 'similar-20mb.md');
fs.writeFileSync(similar5, similarParagraphs(5 * 1048576));
fs.writeFileSync(similar20, similarParagraphs(20 * 1048576));
const bigRuns = Math.min(runs, 3);
const big = rounds({ copydesk: copydesk('lint', '--format', 'json', prose), ...(hasCspell ? { cspell: cspell(prose) } : {}) }, bigRuns);
const proseSeconds = big.seconds('copydesk');
figure(`${mb(fs.statSync(prose).size).toFixed(1)} MB of prose (the corpus end to end)`, `${seconds(proseSeconds)}, ${(mb(fs.statSync(prose).size) / proseSeconds).toFixed(2)} MB/s`, '≤ 2.0 s', proseSeconds <= 2.0, hasCspell ? versus(proseSeconds, big.seconds('cspell')) : '');
figure('  its peak memory', `${big.peak('copydesk').toFixed(0)} MB`, '≤ 300 MB', big.peak('copydesk') <= 300);

const fixCopy = path.join(work, 'similar-20mb-fix.md');
const similar = rounds(
  {
    five: copydesk('lint', '--format', 'json', similar5),
    twenty: copydesk('lint', '--format', 'json', similar20),
    fix: { ...copydesk('fix', '--format', 'json', fixCopy), before: () => fs.copyFileSync(similar20, fixCopy) },
    ...(hasCspell ? { cspell: cspell(similar20) } : {}),
  },
  bigRuns,
);
line('5 MB of similar paragraphs, lint', `${seconds(similar.seconds('five'))}, peak ${similar.peak('five').toFixed(0)} MB`);
figure('20 MB of similar paragraphs, lint', seconds(similar.seconds('twenty')), '≤ 10 s', similar.seconds('twenty') <= 10, hasCspell ? versus(similar.seconds('twenty'), similar.seconds('cspell')) : '');
figure('  the same, fix', seconds(similar.seconds('fix')), '≤ 15 s', similar.seconds('fix') <= 15);
const peak20 = Math.max(similar.peak('twenty'), similar.peak('fix'));
figure('  peak memory, lint or fix', `${peak20.toFixed(0)} MB`, '< 1024 MB', peak20 < 1024);
figure('  time from 5 MB to 20 MB', `${similar.ratio('twenty', 'five').toFixed(2)}×`, '≤ 4.5×', similar.ratio('twenty', 'five') <= 4.5);

// What loading the dictionaries costs, in a fresh process each: the spelling rule's word sets and misspelling
// table, and the Hunspell lexicon the capitalization rule reads.
const loadScript = `
  const api = await import(${JSON.stringify(path.join(root, 'dist', 'index.js'))});
  const start = performance.now();
  await api.lintText('A short text to load the rules.', { filePath: 'a.txt', rules: Object.fromEntries(api.builtinRules.map((r) => [r.id, r.id === process.argv[1] ? 'error' : 'off'])) });
  console.log(performance.now() - start);`;
for (const id of ['spelling', 'typo', 'capitalization']) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(spawnSync(process.execPath, ['--input-type=module', '-e', loadScript, id], { encoding: 'utf8' }).stdout.trim()));
  line(`  first file with only ${id} on (loads its data)`, `${median(times).toFixed(0)} ms`);
}

// In-process: the library's throughput without start-up, and what each rule adds.
const api = await import(path.join(root, 'dist', 'index.js'));
async function inProcess(rules = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await api.lintFiles([folder], { cwd: folder, rules });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}
await inProcess();
const all = await inProcess();
line('corpus in process, every rule', `${seconds(all)}, ${(mb(corpusBytes) / all).toFixed(2)} MB/s`);
const none = await inProcess(Object.fromEntries(api.builtinRules.map((rule) => [rule.id, 'off'])));
line('corpus in process, parsing only (every rule off)', `${seconds(none)}, ${(mb(corpusBytes) / none).toFixed(2)} MB/s`);
for (const rule of api.builtinRules) {
  const without = await inProcess({ [rule.id]: 'off' });
  const only = await inProcess(Object.fromEntries(api.builtinRules.map((other) => [other.id, other.id === rule.id ? 'error' : 'off'])));
  line(
    `  ${rule.id}`,
    `without it ${seconds(without)} (${(mb(corpusBytes) / without).toFixed(2)} MB/s); alone ${((only - none) * 1000).toFixed(0)} ms over parsing, ${(((only - none) * 1000) / corpusFiles.length).toFixed(2)} ms a file`,
  );
}

// The language server: edit to diagnostics as an editor sees it (see scripts/bench-lsp.mjs).
const lspFolder = path.join(work, 'lsp');
fs.mkdirSync(lspFolder);
const lsp = await measureLsp({ root, files: corpusFiles, folder: lspFolder });
figure(
  `language server, edit to a ${lsp.article.words.toLocaleString('en')}-word article`,
  `${lsp.article.editMs.toFixed(1)} ms (median of 20 edits)`,
  '≤ 50 ms',
  lsp.article.editMs <= 50,
  `opened: ${lsp.article.openMs.toFixed(0)} ms`,
);
line(
  `  a ${lsp.long.words.toLocaleString('en')}-word article`,
  `opened ${lsp.long.openMs.toFixed(0)} ms; an edit ${lsp.long.editMs.toFixed(0)} ms; a code action during edits ${lsp.long.actionMs.toFixed(0)} ms`,
);

// The HTML proof of 500 articles: how large, how long copydesk takes to write it, and how long Chromium takes
// to open it (when a Chromium is installed; CHROMIUM_PATH names another).
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => candidate && fs.existsSync(candidate));
const proofFolder = path.join(work, 'proof');
fs.mkdirSync(proofFolder);
for (let i = 0; i < 500; i++) fs.copyFileSync(corpusFiles[i % corpusFiles.length], path.join(proofFolder, `${String(i).padStart(3, '0')}.md`));
const proofFile = path.join(work, 'proof.html');
const writing = [];
for (let i = 0; i < Math.min(runs, 3); i++) writing.push(once(process.execPath, [child, '--format', 'html', '--output-file', proofFile, proofFolder]).seconds);
const proofMb = mb(fs.statSync(proofFile).size);
if (chromiumPath) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(`file://${proofFile}`, { waitUntil: 'load' });
    loads.push((performance.now() - start) / 1000);
    await page.close();
  }
  await browser.close();
  figure('HTML proof of 500 articles, opened in Chromium', seconds(median(loads)), '≤ 2 s', median(loads) <= 2, `${proofMb.toFixed(2)} MB, written in ${seconds(median(writing))}`);
} else {
  line('HTML proof of 500 articles', `${proofMb.toFixed(2)} MB, written in ${seconds(median(writing))} (no Chromium here to open it)`);
}

const missed = results.filter((result) => !result.isMet);
console.log(`\ntargets met: ${results.length - missed.length} of ${results.length}${missed.length > 0 ? `; missed: ${missed.map((result) => result.label.trim()).join('; ')}` : ''}`);
fs.rmSync(work, { recursive: true, force: true });
