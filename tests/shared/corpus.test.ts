import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api';
import { hasShared, SHARED } from '../cli/helpers';

const corpus = path.join(SHARED, 'corpus', 'clean');
const hasCorpus = hasShared && fs.existsSync(corpus);
if (!hasCorpus) console.warn('Notice: ../shared/corpus is absent; the clean-corpus tests are skipped.');

/** Findings allowed per 10,000 words of professionally edited text, by rule. */
const BUDGET: Readonly<Record<string, number>> = { capitalization: 1, 'punctuation-spacing': 1, 'repeated-word': 1, spelling: 3, typo: 1 };

describe.skipIf(!hasCorpus)('the clean corpus (../shared/corpus/clean)', () => {
  it('stays nearly silent: each rule under its budget of findings per 10,000 words', async () => {
    const run = await lintFiles([corpus], { cwd: corpus });
    const words = run.results.reduce((sum, result) => sum + (result.source?.match(/\S+/g)?.length ?? 0), 0);
    expect(run.results.length).toBeGreaterThanOrEqual(200);
    const messages = run.results.flatMap((result) => result.messages.map((message) => ({ file: path.basename(result.filePath), ...message })));
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    for (const [ruleId, budget] of Object.entries(BUDGET)) {
      const found = messages.filter((message) => message.ruleId === ruleId);
      const rate = (found.length / words) * 10000;
      expect(rate, `${ruleId}: ${found.map((m) => `${m.file} ${m.message}`).join('; ')}`).toBeLessThanOrEqual(budget);
    }
    const together = messages.filter((message) => message.ruleId === 'punctuation-spacing' || message.ruleId === 'repeated-word');
    expect((together.length / words) * 10000).toBeLessThanOrEqual(1);
    // Structure: no boilerplate or duplicate-section finding on at least 198 of the 200 files.
    const structural = new Set(messages.filter((message) => message.ruleId === 'boilerplate' || message.ruleId === 'duplicate-section').map((message) => message.file));
    expect(run.results.length - structural.size).toBeGreaterThanOrEqual(198);
  });
});
