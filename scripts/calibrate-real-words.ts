// Calibrates the margins of the typo rule's real-word check (npm run data:real-words [-- --target N --show GAIN]),
// on the tuning half of devset/real-words only: the test half is left for `npm run eval:real-words`.
//
// Every word of a confusion set in the clean texts is weighed against its alternatives, as the rule weighs it: each
// gain there is a false alarm at any margin below it. Every slip of the tuning cases is weighed against the word it
// replaced: each gain there is a slip found at any margin below it. The margins chosen:
//   - `report`, for the sets made from the dictionary, and `known`, for the hand-written pairs of
//     scripts/language-model/confusables.txt: the lowest margins that keep the false alarms on the clean texts at
//     most TARGET per 1,000 words, KNOWN_SHARE of it for the hand-written pairs;
//   - `pairs`: a pair that still gave a false alarm on the clean texts above its margin gets a margin just above its
//     highest gain there.
// `fix`: how far past its margin a gain must be for the slip to be fixed unattended, the lowest at which no false
// alarm on the clean texts would have been fixed.
import fs from 'node:fs';
import path from 'node:path';
import { loadParsers, parseDocument } from '../src/parse/document';
import { CONFUSABLE, weighDocument, type Confusable } from '../rules/typo/real-words';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
/** False alarms allowed on the clean texts, per 1,000 words (`--target N`). */
const TARGET = Number(option('--target') ?? 0.03);
/** `--show GAIN` prints every false alarm above that gain, with the words around it. */
const SHOW = option('--show');
/** The share of that budget for the hand-written pairs, the likelier mistakes (`--known-share S`). */
const KNOWN_SHARE = Number(option('--known-share') ?? 0.8);
const STEP = 0.1;
const DEVSET = option('--set') ?? path.join('devset', 'real-words');

interface Text { readonly id: string; readonly half: string; readonly text: string }
interface Case { readonly doc: string; readonly offset: number; readonly right: string; readonly wrong: string }

const readJsonLines = <T>(file: string): T[] => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);

const texts = fs.readdirSync(path.join(DEVSET, 'texts')).flatMap((file) => readJsonLines<Text>(path.join(DEVSET, 'texts', file))).filter((text) => text.half === 'tune');
const cases = readJsonLines<Case>(path.join(DEVSET, 'cases-tune.jsonl'));
const file = path.join('rules', 'typo', 'real-words.json');
const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { margins: unknown; known: readonly string[] };
const handWritten = new Set(data.known);

await loadParsers('text');
/** Each weighed word of the text with a positive gain: its offset, the pair and the gain. */
const weighAll = (text: string): Array<{ from: number; key: string; gain: number }> => {
  const document = parseDocument(text, { format: 'text' });
  return weighDocument(document, document.wordTable.cache<Confusable>(CONFUSABLE)).map(({ block, s, lower, expected, gain }) => ({
    from: block.toSource(block.wordSpans.starts[s]!),
    key: `${lower}>${expected}`,
    gain,
  }));
};

/** The false alarms on the clean texts: each pair's gains. */
const alarms = new Map<string, number[]>();
let words = 0;
// The sentences the typo rule's patterns must pass (typo.json) are clean text too: uses of the classic pairs that
// the words around them make right ("Your welcome pack is here.").
const typoData = JSON.parse(fs.readFileSync(path.join('rules', 'typo', 'typo.json'), 'utf8')) as { contexts: Array<{ examples: { pass: string[] } }> };
const passes = typoData.contexts.flatMap((context) => context.examples.pass).map((text) => ({ text }));
/** Gains on the pass examples: they raise their pairs' margins, but are no share of the clean words. */
const passAlarms = new Map<string, number>();
for (const { text } of texts) {
  words += text.split(/\s+/).filter(Boolean).length;
  for (const { from, key, gain } of weighAll(text)) {
    if (SHOW !== undefined && gain > Number(SHOW)) console.log(gain.toFixed(2), key, '|', text.slice(Math.max(0, from - 50), from + 40).replace(/\s+/g, ' '));
    if (!alarms.has(key)) alarms.set(key, []);
    alarms.get(key)!.push(gain);
  }
}
for (const { text } of passes) for (const { key, gain } of weighAll(text)) passAlarms.set(key, Math.max(gain, passAlarms.get(key) ?? 0));

/** The slips of the tuning cases, put into their texts all at once: each slip's pair and gain (-Infinity when not weighed). */
const slips: Array<{ key: string; gain: number }> = [];
const casesByDoc = new Map<string, Case[]>();
for (const slip of cases) casesByDoc.set(slip.doc, [...(casesByDoc.get(slip.doc) ?? []), slip]);
for (const { id, text } of texts) {
  const own = (casesByDoc.get(id) ?? []).sort((x, y) => x.offset - y.offset);
  let changed = '';
  let at = 0;
  const offsets = new Map<number, Case>();
  for (const slip of own) {
    changed += text.slice(at, slip.offset);
    offsets.set(changed.length, slip);
    changed += slip.wrong;
    at = slip.offset + slip.right.length;
  }
  changed += text.slice(at);
  const gains = new Map(weighAll(changed).map(({ from, key, gain }) => [from, { key, gain }]));
  for (const [from, slip] of offsets) {
    const key = `${slip.wrong.toLowerCase()}>${slip.right.toLowerCase()}`;
    const weighed = gains.get(from);
    slips.push({ key, gain: weighed?.key === key ? weighed.gain : -Infinity });
  }
}

const perThousand = (count: number): number => (count * 1000) / words;
const alarmsAbove = (margin: number, known: boolean): number => {
  let count = 0;
  for (const [key, gains] of alarms) if (handWritten.has(key) === known) count += gains.filter((gain) => gain > margin).length;
  return count;
};
const lowest = (known: boolean, target: number): number => {
  let margin = 0.5;
  while (perThousand(alarmsAbove(margin, known)) > target) margin += STEP;
  return Math.round(margin * 10) / 10;
};
// `--report M` and `--known M` set a margin outright, for comparing.
const report = option('--report') ? Number(option('--report')) : lowest(false, TARGET * (1 - KNOWN_SHARE));
const known = option('--known') ? Number(option('--known')) : lowest(true, TARGET * KNOWN_SHARE);
const pairs: Record<string, number> = {};
for (const key of new Set([...alarms.keys(), ...passAlarms.keys()])) {
  const margin = handWritten.has(key) ? known : report;
  const highest = Math.max(passAlarms.get(key) ?? 0, ...(alarms.get(key) ?? []));
  if (highest > margin) pairs[key] = Math.round((highest + 0.3) * 10) / 10;
}
const marginOf = (key: string): number => pairs[key] ?? (handWritten.has(key) ? known : report);
let fix = 0;
for (const [key, gains] of alarms) for (const gain of gains) if (gain > marginOf(key)) fix = Math.max(fix, gain - marginOf(key));
fix = Math.max(1, Math.round((fix + 0.3) * 10) / 10);

if (args.includes('--curve')) {
  for (const isKnown of [true, false]) {
    for (let margin = 1.5; margin <= 5.01; margin += 0.5) {
      const own = slips.filter(({ key }) => handWritten.has(key) === isKnown);
      const caught = own.filter(({ gain }) => gain > margin).length;
      console.log(`${isKnown ? 'hand-written' : 'generated'} margin ${margin.toFixed(1)}: ${perThousand(alarmsAbove(margin, isKnown)).toFixed(3)} false alarms per 1,000 words, ${caught}/${own.length} slips`);
    }
  }
}
const found = slips.filter(({ key, gain }) => gain > marginOf(key)).length;
const fixed = slips.filter(({ key, gain }) => gain > marginOf(key) + fix).length;
data.margins = { report, known, fix, pairs: Object.fromEntries(Object.entries(pairs).sort(([a], [b]) => a.localeCompare(b))) };
const json = JSON.stringify(data, null, 1).replace(/\[\n\s+("[^"\n]*"(?:,\n\s+"[^"\n]*")*)\n\s+\]/g, (_, list: string) => `[${list.replace(/,\n\s+/g, ', ')}]`);
fs.writeFileSync(file, `${json}\n`);
console.log(`tuning half: ${texts.length} clean texts (${words} words), ${slips.length} slips`);
console.log(`margins: report ${report}, known ${known}, fix +${fix}, ${Object.keys(pairs).length} pairs raised`);
console.log(`before raising: ${perThousand(alarmsAbove(report, false) + alarmsAbove(known, true)).toFixed(3)} false alarms per 1,000 words`);
console.log(`slips found ${found}/${slips.length} (${((100 * found) / slips.length).toFixed(1)}%), fixed ${fixed}; of them in the sets: ${slips.filter((s) => s.gain > -Infinity).length}`);
