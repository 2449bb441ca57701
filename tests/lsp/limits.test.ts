// The language server's limits: a document larger than an article may be is refused in the command line's words,
// and a document's diagnostics stop at ten thousand, the last saying how many there are.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../cli/helpers';
import { Client } from './client';

const running: Client[] = [];

async function start() {
  const cwd = tempFolder();
  const { client } = await Client.start(cwd);
  running.push(client);
  return { client, uriOf: (name: string) => pathToFileURL(path.join(cwd, name)).href };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((client) => client.stop()));
});

describe('the language server', () => {
  it('publishes the first 10,000 of a document’s 10,500 problems, and one more diagnostic that says so', async () => {
    const { client, uriOf } = await start();
    const published = await client.open(uriOf('slips.md'), Array.from({ length: 10_500 }, (_, i) => `Line ${i} has teh slip.\n`).join(''));
    expect(published.diagnostics).toHaveLength(10_001);
    expect(published.diagnostics.slice(0, 10_000).every((diagnostic, line) => diagnostic.code === 'typo' && diagnostic.range.start.line === line)).toBe(true);
    expect(published.diagnostics[10_000]).toMatchObject({
      range: { start: { line: 10_000, character: 15 } },
      severity: 3,
      source: 'copydesk',
      message: 'copydesk shows the first 10,000 of 10,500 problems in this document; run copydesk on the file to see them all',
    });
  });

  it('refuses a document over 64 MB in the words the command line gives a file that size, and offers no fixes for it', async () => {
    const { client, uriOf } = await start();
    const published = await client.open(uriOf('huge.md'), 'A teh.\n'.repeat(Math.ceil((64 * 1024 * 1024 + 1) / 7)));
    expect(published.diagnostics).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'copydesk', message: 'huge.md is too large (64.0 MB; the limit is 64 MB); not checked' },
    ]);
    expect(await client.codeActions(uriOf('huge.md'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])).toEqual([]);
  }, 120_000);
});
