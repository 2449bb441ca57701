// The language server's limits: a document larger than an article may be is refused in the command line's words.
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
  it('refuses a document over 64 MB in the words the command line gives a file that size, and offers no fixes for it', async () => {
    const { client, uriOf } = await start();
    const published = await client.open(uriOf('huge.md'), 'A teh.\n'.repeat(Math.ceil((64 * 1024 * 1024 + 1) / 7)));
    expect(published.diagnostics).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'copydesk', message: 'huge.md is too large (64.0 MB; the limit is 64 MB); not checked' },
    ]);
    expect(await client.codeActions(uriOf('huge.md'), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll'])).toEqual([]);
  }, 120_000);
});
