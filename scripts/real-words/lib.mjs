// The pure parts of the real-word development set: the split, word case, substitutions, and matching findings to cases.
// Shared by build.mjs (which makes the set) and eval.mjs (which scores the built CLI on it); the tests import it too.

/** FNV-1a, 32 bits: a stable hash of a string, the same on every machine and Node.js release. */
export function hash32(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The half a document belongs to, decided by its id alone, so a document never moves between halves. */
export function halfOf(docId) {
  return hash32(`half:${docId}`) % 2 === 0 ? 'tune' : 'test';
}

/** `word` written in the case of `model`: all capitals, a capital first letter, or lower case. */
export function withCaseOf(model, word) {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model[0] !== undefined && model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Half-open ranges that share a character; an empty range counts when it stands inside the other. */
export function overlaps([a, b], [c, d]) {
  return (a < d && c < b) || (a === b && c <= a && a < d) || (c === d && a <= c && c < b);
}

/**
 * The document with each case's right word (at `offset`) replaced by its wrong word, and where each wrong word
 * now stands: `spans[i]` is the [start, end) of `cases[i]` in the result. Cases must not overlap.
 */
export function applySubstitutions(text, cases) {
  const order = cases.map((c, i) => i).sort((i, j) => cases[i].offset - cases[j].offset);
  const spans = new Array(cases.length);
  let out = '';
  let at = 0;
  for (const i of order) {
    const c = cases[i];
    if (c.offset < at) throw new Error(`overlapping cases at offset ${c.offset}`);
    if (text.slice(c.offset, c.offset + c.right.length) !== c.right) throw new Error(`"${c.right}" is not at offset ${c.offset} of ${c.doc}`);
    out += text.slice(at, c.offset);
    spans[i] = [out.length, out.length + c.wrong.length];
    out += c.wrong;
    at = c.offset + c.right.length;
  }
  return { text: out + text.slice(at), spans };
}

/** The offset of each line's first character. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** A JSON report message's [start, end) in UTF-16 offsets, from its 1-based lines and columns (end exclusive). */
export function messageRange(message, starts) {
  const offset = (line, column) => (starts[line - 1] ?? 0) + column - 1;
  const start = offset(message.line, message.column);
  const end = message.endLine === undefined ? start : offset(message.endLine, message.endColumn);
  return [start, end];
}

/** The text with one fix applied. */
export function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Words as the figures count them: runs of letters and digits, with inner apostrophes and hyphens. */
export function countWords(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

const SLIP_RULES = new Set(['typo', 'spelling']);

/**
 * Matches one article's findings to its cases. A case is found when a `typo` or `spelling` finding overlaps its
 * wrong word; fixed when applying that finding's fix gives the article with the right word back; suggested when one
 * of its suggestions does. A `typo` finding on no substituted word is a false alarm.
 */
export function matchArticle({ text, cases, spans, messages }) {
  const starts = lineStarts(text);
  const findings = messages.filter((m) => m.ruleId && SLIP_RULES.has(m.ruleId)).map((m) => ({ message: m, range: messageRange(m, starts) }));
  const results = cases.map((c, i) => {
    const span = spans[i];
    const hits = findings.filter((f) => overlaps(f.range, span));
    const restored = text.slice(0, span[0]) + c.right + text.slice(span[1]);
    const gives = (fix) => fix !== undefined && applyFix(text, fix) === restored;
    return {
      case: c,
      found: hits.length > 0,
      fixed: hits.some((h) => gives(h.message.fix)),
      suggested: hits.some((h) => gives(h.message.fix) || (h.message.suggestions ?? []).some((s) => gives(s.fix))),
    };
  });
  const falseAlarms = findings
    .filter((f) => f.message.ruleId === 'typo' && !spans.some((span) => overlaps(f.range, span)))
    .map((f) => ({ text: text.slice(f.range[0], f.range[1]), message: f.message.message }));
  return { results, falseAlarms };
}

/** The `typo` findings of a clean text: every one is a false alarm. */
export function cleanAlarms({ text, messages }) {
  const starts = lineStarts(text);
  return messages
    .filter((m) => m.ruleId === 'typo')
    .map((m) => {
      const [start, end] = messageRange(m, starts);
      return { text: text.slice(start, end), message: m.message };
    });
}

const ratio = (part, whole) => (whole === 0 ? null : part / whole);

/**
 * The figures of a run, overall and per confusion set: cases, found, fixed, suggested, recall, precision. A false alarm
 * counts against a set when the word it flags is one of the set's words.
 */
export function summarize({ results, falseAlarms, sets, cleanWords, cleanFalseAlarms }) {
  const bySet = new Map();
  const row = (id) => {
    if (!bySet.has(id)) bySet.set(id, { set: id, cases: 0, found: 0, fixed: 0, suggested: 0, falseAlarms: 0 });
    return bySet.get(id);
  };
  for (const r of results) {
    const s = row(r.case.set);
    s.cases++;
    if (r.found) s.found++;
    if (r.fixed) s.fixed++;
    if (r.suggested) s.suggested++;
  }
  const setsOfWord = new Map();
  for (const set of sets) for (const word of set.words) setsOfWord.set(word, [...(setsOfWord.get(word) ?? []), set.id]);
  for (const alarm of falseAlarms) for (const id of setsOfWord.get(alarm.text.toLowerCase().replace(/’/g, "'")) ?? []) if (bySet.has(id)) row(id).falseAlarms++;
  const finish = (s) => ({ ...s, recall: ratio(s.found, s.cases), precision: ratio(s.found, s.found + s.falseAlarms) });
  const total = results.reduce((t, r) => ({ cases: t.cases + 1, found: t.found + (r.found ? 1 : 0), fixed: t.fixed + (r.fixed ? 1 : 0), suggested: t.suggested + (r.suggested ? 1 : 0) }), { cases: 0, found: 0, fixed: 0, suggested: 0 });
  const overall = finish({ set: 'all', ...total, falseAlarms: falseAlarms.length });
  return {
    overall: { ...overall, cleanWords, cleanFalseAlarms, cleanFalseAlarmsPer1000Words: cleanWords === 0 ? null : (cleanFalseAlarms * 1000) / cleanWords },
    sets: [...bySet.values()].map(finish).sort((a, b) => b.cases - a.cases || a.set.localeCompare(b.set)),
  };
}
