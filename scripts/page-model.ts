// Trains the page model (rules/shared/page-model.ts) on the tuning half of devset/pages (npm run data:page-model):
// a logistic regression over each block's features, the label of a block being whether most of its words are
// the article's (its page's gold text, as a bag of words). Writes the weights into rules/shared/page-model.json.
import fs from 'node:fs';
import path from 'node:path';
import { loadParsers, parseDocument } from '../src/parse/document';
import { FEATURES, featuresOf } from '../rules/shared/page-model';

const SET = path.join('devset', 'pages');
const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1]! : 'tune';
const index = JSON.parse(fs.readFileSync(path.join(SET, 'index.json'), 'utf8')) as { pages: Array<{ id: string; half: string }> };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const bagOf = (text: string): Map<string, number> => {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
};

await loadParsers();
const rows: number[][] = [];
const labels: number[] = [];
const weightsOf: number[] = [];
for (const page of index.pages.filter((each) => half === 'all' || each.half === half)) {
  for (const [dir, ext] of [['text', '.txt'], ['md', '.md']] as const) {
    const file = path.join(SET, dir, page.id + ext);
    const goldFile = path.join(SET, 'gold', page.id + ext);
    if (!fs.existsSync(file) || !fs.existsSync(goldFile)) continue;
    const document = parseDocument(fs.readFileSync(file, 'utf8'), { path: file });
    const gold = bagOf(fs.readFileSync(goldFile, 'utf8'));
    featuresOf(document).forEach((row, i) => {
      const words = document.proseBlocks[i]!.text.toLowerCase().match(WORD) ?? [];
      if (words.length === 0) return;
      const inGold = words.filter((word) => gold.has(word)).length / words.length;
      rows.push(row);
      labels.push(inGold >= (words.length < 5 ? 1 : 0.6) ? 1 : 0);
      weightsOf.push(1 + Math.log1p(words.length));
    });
  }
}

// Newton's method on the weighted log-loss with a little L2 (iteratively reweighted least squares): a few dozen
// features converge in a handful of steps.
const k = FEATURES.length;
const dims = k + 1;
const L2 = 1e-2;
let beta = new Float64Array(dims);
const extended = rows.map((row) => [...row, 1]);
for (let step = 0; step < 25; step++) {
  const gradient = new Float64Array(dims);
  const hessian = Array.from({ length: dims }, () => new Float64Array(dims));
  extended.forEach((x, i) => {
    let z = 0;
    for (let j = 0; j < dims; j++) z += beta[j]! * x[j]!;
    const p = 1 / (1 + Math.exp(-z));
    const weight = weightsOf[i]!;
    const err = (p - labels[i]!) * weight;
    const curvature = p * (1 - p) * weight;
    for (let j = 0; j < dims; j++) {
      gradient[j]! += err * x[j]!;
      for (let m = 0; m <= j; m++) hessian[j]![m]! += curvature * x[j]! * x[m]!;
    }
  });
  for (let j = 0; j < dims; j++) {
    for (let m = 0; m < j; m++) hessian[m]![j] = hessian[j]![m]!;
    if (j < k) {
      gradient[j]! += L2 * beta[j]!;
      hessian[j]![j]! += L2;
    }
  }
  const delta = solve(hessian, gradient);
  beta = beta.map((value, j) => value - delta[j]!);
  if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
}
const w = beta.subarray(0, k);
const b = beta[k]!;

/** Solves a small symmetric system by Gaussian elimination with partial pivoting. */
function solve(matrix: Float64Array[], vector: Float64Array): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const lead = a[col]![col]! || 1e-12;
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / lead;
      for (let m = col; m <= n; m++) a[row]![m]! -= factor * a[col]![m]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let m = row + 1; m < n; m++) sum -= a[row]![m]! * out[m]!;
    out[row] = sum / (a[row]![row]! || 1e-12);
  }
  return out;
}
let right = 0;
rows.forEach((row, i) => {
  const z = row.reduce((sum, value, j) => sum + value * w[j]!, b);
  if ((z > 0 ? 1 : 0) === labels[i]) right++;
});
const round = (value: number): number => Math.round(value * 1000) / 1000;
const file = path.join('rules', 'shared', 'page-model.json');
const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { bias: number; weights: number[] };
data.bias = round(b);
data.weights = [...w].map(round);
if (half === 'tune') fs.writeFileSync(file, `${JSON.stringify(data, null, 1).replace(/\[\n\s+([^\]]*?)\n\s+\]/g, (_, list: string) => `[${list.replace(/,\n\s+/g, ', ')}]`)}\n`);
console.log(`${half} half: ${rows.length} blocks (${labels.filter(Boolean).length} the article's), ${((100 * right) / rows.length).toFixed(1)}% labelled right`);
FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(32)} ${round(w[j]!)}`));
console.log(`  bias ${round(b)}`);
