// Measures copydesk's speed and memory: whole-process runs (median of 5) on the seed article, the corpus and a 5 MB
// article, in-process throughput on the corpus, and what each rule costs. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const child = path.join(root, 'scripts', 'bench-child.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => bytes / 1048576;

function wholeProcess(args) {
  const times = [];
  let peak = 0;
  let code = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const rss = /@@maxrss (\d+)/.exec(result.stderr ?? '');
    peak = Math.max(peak, rss ? Number(rss[1]) / 1024 : 0);
    code = result.status;
  }
  return { seconds: median(times), peakMb: peak, code };
}

function baseline() {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}

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

function filesOf(folder) {
  return fs.readdirSync(folder).filter((name) => /\.(md|txt|markdown)$/.test(name)).map((name) => path.join(folder, name));
}

function hugeArticle(sources) {
  const file = path.join(work, 'huge.md');
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1048576; i++) {
    const text = fs.readFileSync(sources[i % sources.length], 'utf8');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  fs.writeFileSync(file, parts.join('\n'));
  return file;
}

const line = (label, value) => console.log(`${label.padEnd(44)} ${value}`);
const { folder, generated } = corpusFolder();
const corpusFiles = filesOf(folder);
const corpusBytes = corpusFiles.reduce((sum, file) => sum + fs.statSync(file).size, 0);
const seed = path.join(shared, 'seed', 'article.txt');

console.log(`copydesk bench — node ${process.version}, ${os.cpus().length} cores, median of ${runs} runs, every built-in rule on`);
line('node -e 0', `${baseline().toFixed(3)} s`);

if (fs.existsSync(seed)) {
  const result = wholeProcess(['lint', '--format', 'json', seed]);
  line(`seed article (${(fs.statSync(seed).size / 1024).toFixed(0)} KB), whole process`, `${result.seconds.toFixed(3)} s (${(result.seconds * 1000).toFixed(0)} ms), peak ${result.peakMb.toFixed(0)} MB`);
} else {
  line('seed article', 'skipped (../shared absent)');
}

// Runs compared with each other go in rounds, one of each a round, and each ratio is the median of the rounds'
// own ratios: this machine's speed drifts by a third over a minute, which medians taken apart would hide.
function rounds(variants, count) {
  const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  let peak = 0;
  for (let i = 0; i < count; i++) {
    for (const [name, args] of Object.entries(variants)) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      times[name].push(Number(process.hrtime.bigint() - start) / 1e9);
      const rss = /@@maxrss (\d+)/.exec(result.stderr ?? '');
      if (name === 'serial') peak = Math.max(peak, rss ? Number(rss[1]) / 1024 : 0);
    }
  }
  const ratio = (name) => median(times[name].map((seconds, i) => seconds / times.serial[i]));
  return { seconds: (name) => median(times[name]), ratio, peak };
}

// Many files: one thread, two threads, auto, and a second run from the cache.
const cacheFile = path.join(work, 'cache.json');
spawnSync(process.execPath, [child, 'lint', '--cache', '--cache-location', cacheFile, folder]);
const corpus = rounds(
  {
    serial: ['lint', '--format', 'json', folder],
    two: ['lint', '--format', 'json', '--concurrency', '2', folder],
    auto: ['lint', '--format', 'json', '--concurrency', 'auto', folder],
    cached: ['lint', '--format', 'json', '--cache', '--cache-location', cacheFile, folder],
  },
  runs,
);
const corpusSeconds = corpus.seconds('serial');
line(`corpus${generated ? ' (generated)' : ''}: ${corpusFiles.length} files, ${mb(corpusBytes).toFixed(2)} MB, whole process`, `${corpusSeconds.toFixed(3)} s, ${(mb(corpusBytes) / corpusSeconds).toFixed(2)} MB/s, peak ${corpus.peak.toFixed(0)} MB`);
line('  the corpus with --concurrency 2', `${corpus.seconds('two').toFixed(3)} s (${corpus.ratio('two').toFixed(2)}× one thread)`);
line('  the corpus with --concurrency auto', `${corpus.seconds('auto').toFixed(3)} s (${corpus.ratio('auto').toFixed(2)}× one thread)`);
line('  the corpus again with --cache', `${corpus.seconds('cached').toFixed(3)} s (${corpus.ratio('cached').toFixed(2)}× the first run)`);

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
    serial: ['lint', '--format', 'json', many],
    two: ['lint', '--format', 'json', '--concurrency', '2', many],
    auto: ['lint', '--format', 'json', '--concurrency', 'auto', many],
  },
  manyRuns,
);
line(`${corpusFiles.length * 10} files (the corpus ×10), one thread`, `${large.seconds('serial').toFixed(3)} s (median of ${manyRuns})`);
line('  with --concurrency 2', `${large.seconds('two').toFixed(3)} s (${large.ratio('two').toFixed(2)}× one thread)`);
line('  with --concurrency auto', `${large.seconds('auto').toFixed(3)} s (${large.ratio('auto').toFixed(2)}× one thread)`);

const huge = hugeArticle(corpusFiles);
const hugeRun = wholeProcess(['lint', '--format', 'json', huge]);
line(`one ${mb(fs.statSync(huge).size).toFixed(1)} MB article, whole process`, `${hugeRun.seconds.toFixed(3)} s, ${(mb(fs.statSync(huge).size) / hugeRun.seconds).toFixed(2)} MB/s, peak ${hugeRun.peakMb.toFixed(0)} MB`);

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
line('corpus in process, every rule', `${all.toFixed(3)} s, ${(mb(corpusBytes) / all).toFixed(2)} MB/s`);
const none = await inProcess(Object.fromEntries(api.builtinRules.map((rule) => [rule.id, 'off'])));
line('corpus in process, parsing only (every rule off)', `${none.toFixed(3)} s, ${(mb(corpusBytes) / none).toFixed(2)} MB/s`);
for (const rule of api.builtinRules) {
  const without = await inProcess({ [rule.id]: 'off' });
  const only = await inProcess(Object.fromEntries(api.builtinRules.map((other) => [other.id, other.id === rule.id ? 'error' : 'off'])));
  line(
    `  ${rule.id}`,
    `without it ${without.toFixed(3)} s (${(mb(corpusBytes) / without).toFixed(2)} MB/s); alone ${((only - none) * 1000).toFixed(0)} ms over parsing, ${(((only - none) * 1000) / corpusFiles.length).toFixed(2)} ms a file`,
  );
}
fs.rmSync(work, { recursive: true, force: true });
