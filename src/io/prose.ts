// Tells a plain-text article from the other *.txt files a repository holds (requirements.txt, CMakeLists.txt,
// robots.txt, licences, word lists, settings), so that a folder walk takes only the first. Cost: linear in the
// first 64 KB of the file.
import fs from 'node:fs';
import path from 'node:path';

/** How much of a file is read to judge it: enough lines to tell, and no more. */
const SAMPLE_BYTES = 64 * 1024;

/** Names (without `.txt`) that tools and conventions give a fixed meaning: never articles, whatever they hold. */
const TOOL_FILES = new RegExp(
  '^(?:' +
    [
      '(?:[a-z0-9]+[-_.])?requirements(?:[-_.][a-z0-9]+)?', // pip: requirements.txt, requirements-dev.txt, dev_requirements.txt
      'constraints(?:[-_.][a-z0-9]+)?',
      'cmakelists',
      'cmakecache',
      'robots',
      'humans',
      'ads',
      'app-ads',
      'security',
      'authors',
      'contributors',
      'maintainers',
      'notices?',
      'patents',
      'third-?party-?notices?',
      'dependency_links', // a Python package's metadata, beside top_level.txt and the rest
      'top_level',
      'sources',
      'entry_points',
      'namespace_packages',
      'installed-files',
      'runtime',
      'version',
    ].join('|') +
    ')$',
  'i',
);
/** A licence's word, as the first or last part of a name: LICENSE-MIT, OPEN-SANS-LICENSE, COPYING, COPYRIGHT-2024. */
const LEGAL_WORD = /^(?:licen[cs]es?|unlicen[cs]e|copying|copyright)$/i;
/** A hash or a version after the last part, as bundlers and toolchains add them: FiraSans-LICENSE-05ab6dbd. */
const HASH_OR_VERSION = /^(?:[0-9a-f]{6,}|v?\d[\w.]*)$/i;

/** Whether a name (without `.txt`) is a licence's, however a project names it. */
function isLegalName(stem: string): boolean {
  const parts = stem.split(/[-_. ]+/);
  const last = parts.length - 1;
  return LEGAL_WORD.test(parts[0]!) || LEGAL_WORD.test(parts[last]!) || (last > 0 && LEGAL_WORD.test(parts[last - 1]!) && HASH_OR_VERSION.test(parts[last]!));
}
/** Folders whose text files are licences or dependency lists (REUSE's LICENSES/, pip's requirements/). */
const TOOL_FOLDERS = /^(?:licen[cs]es|requirements)$/i;

/** A word: letters, with apostrophes and hyphens inside, and punctuation only between letters (`late,and`, `U.S`). */
const WORD = /^\p{L}(?:[\p{L}\p{M}'’-]|[.,;:!?](?=\p{L}))*$/u;
/** A number, an amount or a date, with what may stand around it: neither a word nor a sign of code. */
const NUMBER = /^[\p{Sc}(#+-]*\d[\d.,:/%–-]*[\p{L}%]{0,2}$/u;
/** Code and settings: braces, assignments, comparisons, a call at the start of the line, a statement's `;`. */
const CODE = /[{}=<>|\\]|;\s*$|^[\w.$-]+\(|^(?:#|\/\/)/;

/** Whether one line reads as a sentence, or part of one: several words, mostly words, and no code. */
function isSentenceLine(line: string): boolean {
  if (CODE.test(line)) return false;
  let words = 0;
  let counted = 0;
  for (const token of line.split(/\s+/)) {
    const bare = token.replace(/^[(["“‘'«]+/, '').replace(/[)\]"”’'».,;:!?…]+$/, '');
    if (bare === '' || NUMBER.test(bare)) continue;
    counted++;
    if (WORD.test(bare)) words++;
  }
  return words >= 2 && words >= 0.7 * counted;
}

/**
 * Whether a text reads as prose: at least half of its characters (blank lines aside) stand in lines that read as
 * sentences. A word list, one token a line, has none; nor have build files, settings and code.
 */
export function readsAsProse(text: string): boolean {
  let total = 0;
  let prose = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    total += line.length;
    if (isSentenceLine(line)) prose += line.length;
  }
  return total > 0 && prose >= total / 2;
}

/** Whether a *.txt file's name is one tools give a fixed meaning (requirements.txt, CMakeLists.txt, LICENSE.txt…). */
export function isKnownNonArticle(file: string): boolean {
  const stem = path.basename(file).replace(/\.txt$/i, '');
  return TOOL_FILES.test(stem) || isLegalName(stem) || TOOL_FOLDERS.test(path.basename(path.dirname(file)));
}

/**
 * Whether a folder walk takes this *.txt file as an article: not by a name tools give a meaning, and reading as
 * prose. A file that cannot be read as text is taken, so that the lint reports why it cannot be read.
 */
export function isPlainTextArticle(file: string): boolean {
  if (isKnownNonArticle(file)) return false;
  let sample: Buffer;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      sample = Buffer.alloc(SAMPLE_BYTES);
      sample = sample.subarray(0, fs.readSync(handle, sample, 0, SAMPLE_BYTES, 0));
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return true;
  }
  if (sample.includes(0)) return true;
  let text: string;
  try {
    // A full sample may end inside a character: streaming, the decoder holds an unfinished one back rather than fail.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: sample.length === SAMPLE_BYTES });
  } catch {
    return true;
  }
  return readsAsProse(text);
}
