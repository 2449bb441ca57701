import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index';
import { copydesk, hasShared, SHARED, tempFolder } from '../cli/helpers';

interface Answer {
  readonly class: string;
  readonly text: string;
  readonly occurrence: number;
  readonly fix?: string | null;
}

if (!hasShared) console.warn('Notice: ../shared is absent; the seed article tests are skipped.');

describe.skipIf(!hasShared)('the seed article (../shared/seed)', () => {
  const source = hasShared ? fs.readFileSync(path.join(SHARED, 'seed', 'article.txt'), 'utf8') : '';
  const answers = hasShared ? (JSON.parse(fs.readFileSync(path.join(SHARED, 'seed', 'answers.json'), 'utf8')) as { errors: Answer[]; traps: Answer[] }) : { errors: [], traps: [] };
  const locate = (text: string, occurrence: number): [number, number] => {
    let index = -1;
    for (let n = 0; n < occurrence; n++) index = source.indexOf(text, index + 1);
    return [index, index + text.length];
  };
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
  const offsetOf = (line: number, column: number): number => lineStarts[line - 1]! + column - 1;

  it('prints contract JSON, finds every punctuation-spacing error, flags no trap, and exits 1', () => {
    const cwd = tempFolder({ 'article.txt': source });
    const run = copydesk(['lint', '--format', 'json', 'article.txt'], { cwd });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    const spans = result!.messages.map((m) => ({ ruleId: m.ruleId, range: [offsetOf(m.line, m.column), offsetOf(m.endLine, m.endColumn)] as const }));
    for (const answer of answers.errors.filter((e) => e.class === 'punctuation-spacing')) {
      const [start, end] = locate(answer.text, answer.occurrence);
      expect(spans.some((s) => s.ruleId === 'punctuation-spacing' && s.range[0] < end && start < s.range[1]), answer.text).toBe(true);
    }
    for (const trap of answers.traps) {
      const [start, end] = locate(trap.text, trap.occurrence);
      expect(spans.filter((s) => s.range[0] < end && start < s.range[1]), trap.text).toEqual([]);
    }
  });

  it('fixes exactly the punctuation-spacing errors, and a second fix changes nothing', () => {
    const cwd = tempFolder({ 'article.txt': source });
    const only = ['--config', path.join(cwd, 'none.json')];
    const others = builtinRules.filter((rule) => rule.id !== 'punctuation-spacing').map((rule) => [rule.id, 'off']);
    fs.writeFileSync(path.join(cwd, 'none.json'), JSON.stringify({ rules: Object.fromEntries(others) }));
    expect(copydesk(['fix', ...only, 'article.txt'], { cwd }).code).toBe(0);
    let expected = source;
    const spacing = answers.errors.filter((e) => e.class === 'punctuation-spacing');
    expect(spacing).toHaveLength(5);
    for (const answer of [...spacing].sort((a, b) => locate(b.text, b.occurrence)[0] - locate(a.text, a.occurrence)[0])) {
      const [start, end] = locate(answer.text, answer.occurrence);
      expected = expected.slice(0, start) + answer.fix + expected.slice(end);
    }
    const fixed = fs.readFileSync(path.join(cwd, 'article.txt'), 'utf8');
    expect(fixed).toBe(expected);
    expect(copydesk(['fix', ...only, 'article.txt'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'article.txt'), 'utf8')).toBe(fixed);
  });
});
