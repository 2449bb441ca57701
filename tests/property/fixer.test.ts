import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api';
import { applyFixes } from '../../src/engine/apply-fixes';
import { lintText } from '../../src/engine/linter';
import { builtinRules } from '../../rules/index';
import type { Format } from '../../src/types';
import { keepsInOrder, unreportedStretches } from './outside-reported';

const rules = builtinRules.map((rule) => ({ rule, severity: 'error' as const, options: {} }));

const piece = fc.constantFrom(
  'the', 'The', 'the the', 'plan', 'Ukraine', 'said,the', 'ends.Then', 'U.S.', 'e.g.', 'Dr.', '1,000', '3.5', '10:30', 'word ,', 'end .',
  'really?Yes', 'Note:the', ';', ',', '.', '…', '...', '“Yes,”', '’', "don't", '😀', 'é', '`code`', '**bold**', '&amp;', '\\*', '_x_',
  'https://example.com/a,b.C', 'me@example.org', '[link](http://x.org)', '<!-- copydesk-disable -->', '<b>', '# ', '- ', '1. ', '> ', '|', '```',
  '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\u00a0', 'was was', 'in in', 'A', 'a', 'to to',
);
const article = fc.array(piece, { maxLength: 40 }).chain((pieces) =>
  fc.array(fc.constantFrom(' ', '', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
);
const format = fc.constantFrom<Format>('markdown', 'text');

describe('the fixer, on random text', () => {
  it('never throws and never reports a rule failure', () => {
    fc.assert(
      fc.property(article, format, (text, fmt) => {
        const { messages } = lintText(text, { format: fmt, rules, fix: true });
        expect(messages.filter((message) => message.fatal)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(article, format, (text, fmt) => {
        const once = lintText(text, { format: fmt, rules, fix: true }).output ?? text;
        expect(lintText(once, { format: fmt, rules, fix: true }).output ?? once).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('changes only the ranges its findings name, and the blank space a removal takes around them', () => {
    fc.assert(
      fc.property(article, format, (text, fmt) => {
        const { messages } = lintText(text, { format: fmt, rules });
        const fixes = messages.flatMap((message) => (message.fix ? [{ fix: message.fix, range: message.range }] : []));
        // A fix stays on the findings, but for the white space a removal takes around a block (its blank lines);
        // a run of chrome blocks is one removal, shared by the findings on its blocks.
        const reported = new Uint8Array(text.length + 1);
        for (const { range } of fixes) reported.fill(1, range[0], range[1]);
        for (const { fix } of fixes) {
          let outside = '';
          for (let at = fix.range[0]; at < fix.range[1]; at++) if (!reported[at]) outside += text[at];
          expect(outside.trim()).toBe('');
        }
        const output = applyFixes(text, fixes.map(({ fix }) => fix)).text;
        if (fixes.length === 0) {
          expect(output).toBe(text);
          return;
        }
        // Everything before the first fixed range and after the last one is untouched, and so is every stretch between fixes.
        const sorted: (readonly [number, number])[] = [];
        for (const { fix } of [...fixes].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])) {
          // Overlapping fixes wait for the next pass, and so do touching ones where either inserts at the point.
          const last = sorted[sorted.length - 1];
          const isInsertion = (range: readonly [number, number]): boolean => range[0] === range[1];
          if (!last || fix.range[0] > last[1] || (fix.range[0] === last[1] && !isInsertion(fix.range) && !isInsertion(last))) sorted.push(fix.range);
        }
        expect(output.startsWith(text.slice(0, sorted[0]![0]))).toBe(true);
        expect(output.endsWith(text.slice(Math.max(...sorted.map((r) => r[1]))))).toBe(true);
        let cursor = 0;
        for (let i = 0; i + 1 < sorted.length; i++) {
          const between = text.slice(sorted[i]![1], sorted[i + 1]![0]);
          const found = output.indexOf(between, cursor);
          expect(found).toBeGreaterThanOrEqual(0);
          cursor = found + between.length;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('changes, over all its passes, only the ranges lint reported on the text as given', () => {
    fc.assert(
      fc.property(article, format, (text, fmt) => {
        const { messages } = lintText(text, { format: fmt, rules });
        const output = lintText(text, { format: fmt, rules, fix: true }).output ?? text;
        expect(keepsInOrder(output, unreportedStretches(text, messages))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('introduces no bare line feed into CRLF text', () => {
    const crlf = article.map((text) => text.replace(/\r?\n/g, '\r\n'));
    fc.assert(
      fc.property(crlf, format, (text, fmt) => {
        const output = lintText(text, { format: fmt, rules, fix: true }).output ?? text;
        expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a BOM and CRLF line endings when writing fixes to disk', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bom-'));
    await fc.assert(
      fc.asyncProperty(article, async (body) => {
        const text = '\uFEFF' + body.replace(/\r?\n/g, '\r\n');
        const file = path.join(folder, 'a.txt');
        fs.writeFileSync(file, text);
        await lintFiles([file], { cwd: folder, fix: true, write: true });
        const written = fs.readFileSync(file, 'utf8');
        expect(written.startsWith('\uFEFF')).toBe(true);
        expect(written.charCodeAt(1)).not.toBe(0xfeff);
        expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 40 },
    );
  });
});
