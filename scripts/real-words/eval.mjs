#!/usr/bin/env node
// Scores the built CLI on the real-word development set (devset/real-words/).
//
//   npm run eval:real-words                     the test half
//   npm run eval:real-words -- --half tune      the tuning half
//   options: --json (the figures as JSON)  --sets N (rows of the per-set table, default 40; 0 for all)
//            --misses N (list N missed cases and N false alarms)  --cli FILE (another build)  --set DIR
//
// Each document of the half with cases becomes one article with all its slips (one a paragraph at most), and each
// document of the half is linted once more as it was, unchanged. Both go to the CLI in one run (--format json).
// A case is found when a `typo` or `spelling` finding overlaps its wrong word, and fixed when that finding's fix
// gives the right word back. Precision counts the `typo` findings on no slip in the slipped articles against
// what was found; false alarms per 1,000 words count the `typo` findings on the unchanged texts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { applySubstitutions, cleanAlarms, countWords, matchArticle, summarize } from './lib.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const value = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const half = value('--half', 'test');
if (half !== 'tune' && half !== 'test') {
  console.error(`--half takes tune or test, not "${half}"`);
  process.exit(2);
}
const asJson = args.includes('--json');
const setRows = Number(value('--sets', '40'));
const missRows = Number(value('--misses', '0'));
const setDir = path.resolve(value('--set', path.join(root, 'devset', 'real-words')));
const cli = path.resolve(value('--cli', path.join(root, 'bin', 'copydesk.js')));

const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));

function load() {
  const textsDir = path.join(setDir, 'texts');
  const docs = fs.readdirSync(textsDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl(path.join(textsDir, f))).filter((d) => d.half === half);
  const cases = readJsonl(path.join(setDir, `cases-${half}.jsonl`));
  const sets = readJsonl(path.join(setDir, 'confusion-sets.jsonl'));
  return { docs, cases, sets };
}

/** Writes the slipped and the unchanged articles, lints the folder once, and returns each file's messages by path. */
function lintAll(articles) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-real-words-'));
  try {
    for (const article of articles) {
      fs.mkdirSync(path.dirname(path.join(dir, article.file)), { recursive: true });
      fs.writeFileSync(path.join(dir, article.file), article.text);
    }
    const run = spawnSync(process.execPath, [cli, '--format', 'json', '--no-color', '--concurrency', 'auto', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk exited with ${run.status}: ${run.stderr.slice(0, 2000)}`);
    const messages = new Map();
    for (const result of JSON.parse(run.stdout)) messages.set(path.relative(dir, result.filePath), result.messages);
    return messages;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function score() {
  const { docs, cases, sets } = load();
  const byDoc = new Map();
  for (const c of cases) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const fileOf = (doc, kind) => `${kind}/${doc.id.replace(/[^A-Za-z0-9-]+/g, '_')}.txt`;
  const slipped = docs.filter((d) => byDoc.has(d.id)).map((doc) => {
    const own = byDoc.get(doc.id);
    const { text, spans } = applySubstitutions(doc.text, own);
    return { doc, file: fileOf(doc, 'slips'), text, cases: own, spans };
  });
  const clean = docs.map((doc) => ({ doc, file: fileOf(doc, 'clean'), text: doc.text }));
  const messages = lintAll([...slipped, ...clean]);
  const results = [];
  const falseAlarms = [];
  for (const article of slipped) {
    const matched = matchArticle({ ...article, messages: messages.get(article.file) ?? [] });
    results.push(...matched.results);
    falseAlarms.push(...matched.falseAlarms.map((alarm) => ({ ...alarm, doc: article.doc.id })));
  }
  const cleanFalseAlarms = clean.flatMap((article) => cleanAlarms({ text: article.text, messages: messages.get(article.file) ?? [] }).map((alarm) => ({ ...alarm, doc: article.doc.id })));
  const summary = summarize({ results, falseAlarms, sets, cleanWords: clean.reduce((n, a) => n + countWords(a.text), 0), cleanFalseAlarms: cleanFalseAlarms.length });
  return { half, documents: docs.length, ...summary, misses: results.filter((r) => !r.found).map((r) => r.case), falseAlarms, cleanFalseAlarmList: cleanFalseAlarms };
}

const pct = (x) => (x === null ? '     –' : `${(x * 100).toFixed(1).padStart(5)}%`);

function print(report) {
  const o = report.overall;
  console.log(`Real-word slips, ${report.half} half: ${report.documents} documents, ${o.cases} cases in ${report.sets.length} confusion sets`);
  console.log(`  found ${o.found} (recall ${pct(o.recall)}), precision ${pct(o.precision)} (${o.falseAlarms} typo findings on no slip), fixed correctly ${o.fixed}, right word suggested ${o.suggested}`);
  console.log(`  clean texts: ${o.cleanWords} words, ${o.cleanFalseAlarms} typo findings = ${o.cleanFalseAlarmsPer1000Words?.toFixed(2)} per 1,000 words`);
  const rows = setRows === 0 ? report.sets : report.sets.slice(0, setRows);
  console.log(`\n${'set'.padEnd(28)} cases found fixed  recall  precision`);
  for (const s of rows) console.log(`${s.set.slice(0, 27).padEnd(28)} ${String(s.cases).padStart(5)} ${String(s.found).padStart(5)} ${String(s.fixed).padStart(5)}  ${pct(s.recall)}     ${pct(s.precision)}`);
  if (rows.length < report.sets.length) console.log(`… ${report.sets.length - rows.length} more sets (--sets 0 for all)`);
  if (missRows > 0) {
    console.log('\nmissed:');
    for (const c of report.misses.slice(0, missRows)) console.log(`  ${c.doc}: "${c.wrong}" for "${c.right}" — ${c.sentence}`);
    console.log('\nfalse alarms (slipped articles, then clean texts):');
    for (const a of [...report.falseAlarms, ...report.cleanFalseAlarmList].slice(0, missRows)) console.log(`  ${a.doc}: "${a.text}" — ${a.message}`);
  }
}

const report = score();
if (asJson) console.log(JSON.stringify({ half: report.half, documents: report.documents, overall: report.overall, sets: report.sets }, null, 2));
else print(report);
