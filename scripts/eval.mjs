#!/usr/bin/env node
// Scores the built CLI on the development set (devset/), the seed article and the clean corpus.
//
//   npm run eval                     every part that is present
//   npm run eval -- --json           the same figures as JSON
//   npm run eval -- --keys           checks the answer keys only: every text is found, and applying
//                                    the keys' fixes to each article gives its clean file
//   npm run eval -- --only NAME      one development article, with its misses and false alarms
//   options: --set DIR  --seed DIR  --corpus DIR  --cli FILE (another build to compare)
//
// An article NAME.txt or NAME.md has NAME.answers.json (the seed's answer format) and NAME.clean.txt
// or NAME.clean.md: the article as `copydesk fix` should leave it. A finding counts for an answer when
// its rule is the answer's class (typo and spelling accept each other) and its span overlaps the
// answer's text; a finding on a trap is a false alarm; a finding on neither is an extra. A misspelling whose key
// has no fix need not be fixed, but may be: its line may differ from the clean file in that word alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : fallback;
};
const asJson = flag('--json');
const keysOnly = flag('--keys');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const setDir = option('--set', path.join(root, 'devset'));
const seedDir = option('--seed', path.join(root, '..', 'shared', 'seed'));
const corpusDir = option('--corpus', path.join(root, '..', 'shared', 'corpus', 'clean'));
const cli = option('--cli', path.join(root, 'bin', 'copydesk.js'));
const accepted = { typo: ['typo', 'spelling'], spelling: ['spelling', 'typo'] };

const locate = (text, needle, occurrence) => {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return -1;
  }
  return index;
};
const overlaps = ([a, b], [c, d]) => (a < d && c < b) || (a === b && c <= a && a < d);
const normalize = (text) => text.replace(/\r\n/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n').split('\n');

/** The articles of a folder: { name, file, source, clean, answers } for each NAME with all three parts. */
function articles(dir) {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !/\.clean\.(txt|md)$/.test(f)).sort();
  return names.flatMap((file) => {
    const stem = file.replace(/\.(txt|md)$/, '');
    const ext = path.extname(file);
    const answersPath = path.join(dir, `${stem}.answers.json`);
    const cleanPath = path.join(dir, `${stem}.clean${ext}`);
    if (!fs.existsSync(answersPath) || !fs.existsSync(cleanPath)) return [];
    return [{
      name: stem, file, dir,
      source: fs.readFileSync(path.join(dir, file), 'utf8'),
      clean: fs.readFileSync(cleanPath, 'utf8'),
      answers: JSON.parse(fs.readFileSync(answersPath, 'utf8')),
    }];
  });
}

function seedArticle() {
  const answers = path.join(seedDir, 'answers.json');
  if (!fs.existsSync(answers)) return [];
  return [{
    name: 'seed', file: 'article.txt', dir: seedDir,
    source: fs.readFileSync(path.join(seedDir, 'article.txt'), 'utf8'),
    clean: fs.readFileSync(path.join(seedDir, 'article.clean.txt'), 'utf8'),
    answers: JSON.parse(fs.readFileSync(answers, 'utf8')),
  }];
}

/** Applies an answer key's fixes to its article: a string replaces the text, null removes its lines. */
function applyKey(article) {
  const problems = [];
  const edits = [];
  for (const item of [...article.answers.errors, ...article.answers.traps]) {
    if (locate(article.source, item.text, item.occurrence) < 0) problems.push(`not found: "${item.text.slice(0, 60)}" #${item.occurrence}`);
  }
  for (const error of article.answers.errors) {
    const start = locate(article.source, error.text, error.occurrence);
    if (start < 0 || !('fix' in error)) continue;
    let end = start + error.text.length;
    if (error.fix === null) {
      const lineStart = article.source.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = article.source.indexOf('\n', end);
      edits.push({ start: lineStart, end: lineEnd < 0 ? article.source.length : lineEnd + 1, text: '' });
    } else edits.push({ start, end, text: error.fix });
  }
  edits.sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) { if (edit.text === '' && edit.end <= at) continue; problems.push(`overlapping fixes at offset ${edit.start}`); continue; }
    result += article.source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  result += article.source.slice(at);
  const diff = lineDiff(article, result);
  if (diff.missing.length || diff.extra.length) {
    problems.push(`applying the key does not give the clean file: ${diff.missing.length} lines absent, ${diff.extra.length} unexpected`);
    for (const line of diff.missing.slice(0, 4)) problems.push(`  clean has: ${line.slice(0, 100)}`);
    for (const line of diff.extra.slice(0, 4)) problems.push(`  key gives: ${line.slice(0, 100)}`);
  }
  return problems;
}

/** Lines of the clean file absent from `output`, and lines of `output` the clean file lacks (LCS). */
function lineDiff(article, output) {
  const want = normalize(article.clean);
  const got = normalize(output);
  const optional = new Set(article.answers.errors.filter((e) => e.required === false).flatMap((e) => {
    const at = article.clean.indexOf(e.text.slice(0, 40));
    return at < 0 ? [] : [article.clean.slice(0, at).split('\n').length - 1];
  }));
  const optionalText = article.answers.errors.filter((e) => e.required === false).map((e) => e.text.slice(0, 40));
  const n = want.length;
  const m = got.length;
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = want[i] === got[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const missing = [];
  const extra = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && want[i] === got[j]) { i++; j++; }
    else if (j < m && (i >= n || table[i][j + 1] >= table[i + 1][j])) {
      const line = got[j++];
      if (line !== '' && !optionalText.some((t) => line.includes(t))) extra.push(line);
    } else {
      if (!optional.has(i) && want[i] !== '') missing.push(want[i]);
      i++;
    }
  }
  // A misspelling the key leaves unfixed may still be corrected: its line may differ in that word alone.
  const unfixed = article.answers.errors.filter((e) => !('fix' in e) && (e.class === 'spelling' || e.class === 'typo')).map((e) => e.text);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let k = missing.length - 1; k >= 0 && unfixed.length > 0; k--) {
    const words = unfixed.filter((word) => missing[k].includes(word));
    if (words.length === 0) continue;
    const pattern = new RegExp(`^${words.reduce((line, word) => line.split(escape(word)).join('\\S+?'), escape(missing[k]))}$`, 'u');
    const at = extra.findIndex((line) => pattern.test(line));
    if (at >= 0) { extra.splice(at, 1); missing.splice(k, 1); }
  }
  return { missing, extra };
}

function run(cliArgs, cwd) {
  return spawnSync(process.execPath, [cli, ...cliArgs], { cwd, encoding: 'utf8', maxBuffer: 256 << 20, timeout: 300000 });
}

/** Lints and fixes every article in one temporary folder: two CLI runs for the whole set. */
function score(list) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-eval-'));
  const files = list.map((article, index) => {
    const file = `${String(index).padStart(3, '0')}-${article.name}${path.extname(article.file)}`;
    fs.writeFileSync(path.join(tmp, file), article.source);
    return file;
  });
  const lint = run(['lint', '--format', 'json', ...files], tmp);
  let results;
  try { results = JSON.parse(lint.stdout); }
  catch { throw new Error(`lint exit ${lint.status}: ${(lint.stderr || lint.stdout || '').slice(0, 400)}`); }
  const fix = run(['fix', ...files], tmp);
  if (fix.status !== 0 && fix.status !== 1) throw new Error(`fix exit ${fix.status}: ${(fix.stderr || '').slice(0, 400)}`);
  const scored = list.map((article, index) => {
    const result = results.find((r) => path.basename(r.filePath) === files[index]);
    const messages = result ? result.messages : [];
    const fixed = fs.readFileSync(path.join(tmp, files[index]), 'utf8');
    return scoreArticle(article, messages, fixed);
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  return scored;
}

function scoreArticle(article, messages, fixed) {
  const { source } = article;
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  const offset = (line, column) => starts[line - 1] + column - 1;
  const spans = messages.map((m) => [offset(m.line, m.column), offset(m.endLine ?? m.line, m.endColumn ?? m.column + 1)]);
  const used = new Set();
  const classes = {};
  const misses = [];
  for (const error of article.answers.errors) {
    const start = locate(source, error.text, error.occurrence);
    const span = [start, start + error.text.length];
    const rules = accepted[error.class] ?? [error.class];
    const hit = start >= 0 && messages.some((m, i) => rules.includes(m.ruleId) && overlaps(spans[i], span));
    if (hit) messages.forEach((m, i) => { if (overlaps(spans[i], span)) used.add(i); });
    const key = error.required === false ? `${error.class} (optional)` : error.class;
    classes[key] ??= { planted: 0, caught: 0 };
    classes[key].planted++;
    if (hit) classes[key].caught++;
    else misses.push(`${key}: ${error.text.slice(0, 70)}`);
  }
  const trapHits = [];
  for (const trap of article.answers.traps) {
    const start = locate(source, trap.text, trap.occurrence);
    const span = [start, start + trap.text.length];
    messages.forEach((m, i) => {
      if (!used.has(i) && overlaps(spans[i], span)) { trapHits.push(`${m.ruleId} on "${trap.text.slice(0, 50)}": ${m.message.slice(0, 80)}`); used.add(i); }
    });
  }
  const extras = messages.flatMap((m, i) => (used.has(i) ? [] : [`${m.line}:${m.column} ${m.ruleId} ${m.message}`.slice(0, 140)]));
  const diff = lineDiff(article, fixed);
  return { name: article.name, classes, misses, traps: article.answers.traps.length, trapHits, extras, fix: { identical: diff.missing.length === 0 && diff.extra.length === 0, ...diff } };
}

function totals(scored) {
  const classes = {};
  for (const s of scored) for (const [k, v] of Object.entries(s.classes)) {
    classes[k] ??= { planted: 0, caught: 0 };
    classes[k].planted += v.planted;
    classes[k].caught += v.caught;
  }
  const required = Object.entries(classes).filter(([k]) => !k.includes('optional'));
  return {
    articles: scored.length,
    classes,
    required: { planted: required.reduce((a, [, v]) => a + v.planted, 0), caught: required.reduce((a, [, v]) => a + v.caught, 0) },
    traps: scored.reduce((a, s) => a + s.traps, 0),
    trapsFlagged: scored.reduce((a, s) => a + s.trapHits.length, 0),
    extras: scored.reduce((a, s) => a + s.extras.length, 0),
    fixIdentical: scored.filter((s) => s.fix.identical).length,
  };
}

function corpusNoise() {
  if (!fs.existsSync(corpusDir)) return undefined;
  const files = fs.readdirSync(corpusDir).filter((f) => /\.(md|txt)$/.test(f));
  const words = files.reduce((a, f) => a + (fs.readFileSync(path.join(corpusDir, f), 'utf8').match(/\S+/g) ?? []).length, 0);
  const lint = run(['lint', '--format', 'json', corpusDir], root);
  const messages = JSON.parse(lint.stdout).flatMap((r) => r.messages.map((m) => ({ ...m, file: path.basename(r.filePath) })));
  const byRule = {};
  for (const m of messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
  return { files: files.length, words, findings: messages.length, per1000: +(messages.length / words * 1000).toFixed(3), byRule, sample: messages.slice(0, 60).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`.slice(0, 140)) };
}

const pct = (v) => (v.planted ? `${Math.round((v.caught / v.planted) * 1000) / 10}%` : '-');

function printSet(title, scored, verbose) {
  const t = totals(scored);
  console.log(`\n${title}: ${t.articles} article${t.articles === 1 ? '' : 's'}`);
  for (const [k, v] of Object.entries(t.classes).sort()) console.log(`  ${k.padEnd(32)} ${String(v.caught).padStart(4)}/${String(v.planted).padEnd(4)} ${pct(v)}`);
  console.log(`  required caught ${t.required.caught}/${t.required.planted} (${pct(t.required)}), traps flagged ${t.trapsFlagged}/${t.traps}, extra findings ${t.extras}, fix gives the clean file ${t.fixIdentical}/${t.articles}`);
  if (!verbose) return t;
  for (const s of scored) {
    const bad = s.misses.length + s.trapHits.length + s.extras.length + (s.fix.identical ? 0 : 1);
    if (!bad) continue;
    console.log(`  ${s.name}`);
    for (const line of s.misses) console.log(`    missed   ${line}`);
    for (const line of s.trapHits) console.log(`    trap     ${line}`);
    for (const line of s.extras) console.log(`    extra    ${line}`);
    if (!s.fix.identical) {
      for (const line of s.fix.missing.slice(0, 6)) console.log(`    fix -    ${line.slice(0, 110)}`);
      for (const line of s.fix.extra.slice(0, 6)) console.log(`    fix +    ${line.slice(0, 110)}`);
    }
  }
  return t;
}

let dev = articles(setDir);
if (only) dev = dev.filter((a) => a.name === only);

if (keysOnly) {
  let bad = 0;
  for (const article of dev) {
    const problems = applyKey(article);
    if (problems.length) { bad++; console.log(`${article.name}:`); for (const p of problems) console.log(`  ${p}`); }
  }
  console.log(`${dev.length - bad}/${dev.length} answer keys consistent with their clean files`);
  process.exit(bad ? 1 : 0);
}

if (!fs.existsSync(cli)) {
  console.error(`copydesk is not built: ${cli} is missing (npm run build)`);
  process.exit(2);
}
const report = {};
try {
  if (dev.length) report.devset = { scored: score(dev) };
  const seed = seedArticle();
  if (seed.length && !only) report.seed = { scored: score(seed) };
  if (!only) report.corpus = corpusNoise();
} catch (error) {
  console.error(`eval: ${error.message}`);
  process.exit(2);
}
if (asJson) {
  const out = {};
  if (report.devset) out.devset = { ...totals(report.devset.scored), articles: report.devset.scored };
  if (report.seed) out.seed = { ...totals(report.seed.scored), article: report.seed.scored[0] };
  if (report.corpus) out.corpus = report.corpus;
  console.log(JSON.stringify(out, null, 2));
} else {
  if (report.devset) printSet(`development set (${path.relative(root, setDir) || '.'})`, report.devset.scored, flag('--verbose') || Boolean(only));
  else console.log(`\ndevelopment set: none at ${setDir}`);
  if (report.seed) printSet('seed article', report.seed.scored, flag('--verbose'));
  else if (!only) console.log('\nseed article: skipped (../shared/seed is absent)');
  if (report.corpus) {
    const c = report.corpus;
    console.log(`\nclean corpus: ${c.files} files, ${c.words} words, ${c.findings} findings = ${c.per1000} per 1,000 words (target ≤ 0.5)`);
    console.log(`  ${Object.entries(c.byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing'}`);
    if (flag('--verbose')) for (const line of c.sample) console.log(`    ${line}`);
  } else if (!only) console.log('\nclean corpus: skipped (../shared/corpus/clean is absent)');
}
