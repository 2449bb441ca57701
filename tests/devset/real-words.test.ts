// The real-word development set's scorer, in its pure parts, and the committed set's own promises: every case stands
// where it says, in the half its document belongs to, one slip a paragraph.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RealWordCase, ReportMessage } from '../../scripts/real-words/lib.mjs';
import { applySubstitutions, halfOf, matchArticle, messageRange, lineStarts, overlaps, summarize, withCaseOf } from '../../scripts/real-words/lib.mjs';

const SET_DIR = path.join(import.meta.dirname, '..', '..', 'devset', 'real-words');
const readJsonl = <T>(file: string): T[] => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);

/** A message of the JSON report on a one-line text, at [start, end). */
const message = (ruleId: string, start: number, end: number, extra: Partial<ReportMessage> = {}): ReportMessage => ({ ruleId, message: '', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, ...extra });

const slip = (doc: string, offset: number, right: string, wrong: string, set = `${[right, wrong].sort().join('|')}`): RealWordCase => ({ doc, offset, right, wrong, set });

describe('the split', () => {
  it('puts a document in the same half every time, by its id alone (a changed hash would move documents)', () => {
    expect(halfOf('18f/2015-07-08-openfec-api')).toBe('test');
    expect(halfOf('18f/2014-03-19-hello-world-we-are-18f')).toBe('tune');
    expect(halfOf('devset/a01-wisconsin-special-election')).toBe('tune');
    expect(halfOf(['devset', 'a01-wisconsin-special-election'].join('/'))).toBe(halfOf('devset/a01-wisconsin-special-election'));
  });

  it('gives each half about as many documents', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `18f/post-${i}`);
    const tune = ids.filter((id) => halfOf(id) === 'tune').length;
    expect(tune).toBeGreaterThan(900);
    expect(tune).toBeLessThan(1100);
  });
});

describe('matching findings to slips', () => {
  it('takes ranges that share a character, and an empty range inside another, as overlapping; touching ones not', () => {
    expect(overlaps([4, 9], [8, 12])).toBe(true);
    expect(overlaps([4, 9], [9, 12])).toBe(false);
    expect(overlaps([6, 6], [4, 9])).toBe(true);
    expect(overlaps([4, 9], [9, 9])).toBe(false);
  });

  it('reads a finding’s range from lines and columns on any line', () => {
    const text = 'First line.\nThe second line.\n';
    expect(messageRange({ ruleId: 'typo', message: '', line: 2, column: 5, endLine: 2, endColumn: 11 }, lineStarts(text))).toEqual([16, 22]);
  });

  it('keeps the case of the word it replaces', () => {
    expect(withCaseOf('Their', 'there')).toBe('There');
    expect(withCaseOf('THEIR', 'there')).toBe('THERE');
    expect(withCaseOf('their', 'there')).toBe('there');
  });

  it('places several slips in one text and says where each wrong word now stands', () => {
    const text = 'They lost their way. It was quite late.';
    const cases = [slip('d', 28, 'quite', 'quiet'), slip('d', 10, 'their', 'there')];
    const { text: slipped, spans } = applySubstitutions(text, cases);
    expect(slipped).toBe('They lost there way. It was quiet late.');
    expect(spans).toEqual([[28, 33], [10, 15]]);
    expect(() => applySubstitutions(text, [slip('d', 11, 'their', 'there')])).toThrow(/not at offset/);
  });

  it('counts a finding on the wrong word as found, fixed only when its fix gives the right word back', () => {
    const text = 'They lost there way. It was quiet late.';
    const cases = [slip('d', 10, 'their', 'there'), slip('d', 28, 'quite', 'quiet')];
    const spans = [[10, 15], [28, 33]] as const;
    const messages = [
      message('typo', 10, 15, { fix: { range: [10, 15], text: 'their' } }),
      message('typo', 28, 33, { fix: { range: [28, 33], text: 'quit' }, suggestions: [{ fix: { range: [28, 33], text: 'quite' } }] }),
      message('typo', 0, 4),
      message('spelling', 5, 9),
      message('capitalization', 21, 23),
    ];
    const { results, falseAlarms } = matchArticle({ text, cases, spans, messages });
    expect(results.map((r) => [r.found, r.fixed, r.suggested])).toEqual([[true, true, true], [true, false, true]]);
    expect(falseAlarms).toEqual([{ text: 'They', message: '' }]);
  });

  it('misses a slip no typo or spelling finding overlaps', () => {
    const text = 'It was quiet late.';
    const { results } = matchArticle({ text, cases: [slip('d', 7, 'quite', 'quiet')], spans: [[7, 12]], messages: [message('capitalization', 7, 12)] });
    expect(results[0]).toMatchObject({ found: false, fixed: false, suggested: false });
  });

  it('sums the figures per set, a false alarm on one of a set’s words counting against that set', () => {
    const found = { case: slip('d', 0, 'quite', 'quiet'), found: true, fixed: true, suggested: true };
    const missed = { case: slip('d', 9, 'their', 'there', 'their|there|they\'re'), found: false, fixed: false, suggested: false };
    const summary = summarize({
      results: [found, missed],
      falseAlarms: [{ text: 'Quite', message: '' }, { text: 'xyzzy', message: '' }],
      sets: [{ id: 'quiet|quite', words: ['quiet', 'quite'], sources: ['one-edit'] }, { id: "their|there|they're", words: ['their', 'there', "they're"], sources: ['cmudict-homophones'] }],
      cleanWords: 2000,
      cleanFalseAlarms: 3,
    });
    expect(summary.overall).toMatchObject({ cases: 2, found: 1, fixed: 1, recall: 0.5, precision: 1 / 3, cleanFalseAlarmsPer1000Words: 1.5 });
    expect(summary.sets.find((s) => s.set === 'quiet|quite')).toMatchObject({ cases: 1, found: 1, falseAlarms: 1, precision: 0.5 });
    expect(summary.sets.find((s) => s.set === "their|there|they're")).toMatchObject({ cases: 1, found: 0, recall: 0, precision: null });
  });
});

describe('the committed set', () => {
  const texts = fs.readdirSync(path.join(SET_DIR, 'texts')).flatMap((file) => readJsonl<{ id: string; half: string; text: string }>(path.join(SET_DIR, 'texts', file)));
  const byId = new Map(texts.map((doc) => [doc.id, doc]));
  const sets = new Map(readJsonl<{ id: string; words: string[] }>(path.join(SET_DIR, 'confusion-sets.jsonl')).map((set) => [set.id, set]));

  it('has at least 150,000 words of text and 500 confusion sets, each document in the half its id gives', () => {
    expect(texts.reduce((n, doc) => n + doc.text.split(/\s+/).length, 0)).toBeGreaterThan(150000);
    expect(sets.size).toBeGreaterThan(500);
    for (const doc of texts) expect(doc.half, doc.id).toBe(halfOf(doc.id));
  });

  for (const half of ['tune', 'test'] as const) {
    it(`has its ${half} cases where they say: the right word at the offset, the wrong word of the same set, one a paragraph`, () => {
      const cases = readJsonl<RealWordCase>(path.join(SET_DIR, `cases-${half}.jsonl`));
      expect(cases.length).toBeGreaterThan(500);
      const paragraphs = new Set<string>();
      for (const c of cases) {
        const doc = byId.get(c.doc);
        expect(doc?.half, c.doc).toBe(half);
        expect(doc?.text.slice(c.offset, c.offset + c.right.length), `${c.doc}@${c.offset}`).toBe(c.right);
        const words = sets.get(c.set)?.words ?? [];
        const plain = (w: string) => w.toLowerCase().replace(/’/g, "'");
        expect(words, c.set).toContain(plain(c.right));
        expect(words, c.set).toContain(plain(c.wrong));
        expect(plain(c.wrong)).not.toBe(plain(c.right));
        const paragraph = `${c.doc}@${doc?.text.lastIndexOf('\n\n', c.offset)}`;
        expect(paragraphs.has(paragraph), paragraph).toBe(false);
        paragraphs.add(paragraph);
      }
    });
  }
});
