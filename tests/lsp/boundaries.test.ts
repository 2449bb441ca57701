// What the language server reads at the edges of a project: never a config above the repository, nor its plugins.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../cli/helpers';
import { Client } from './client';

const running: Client[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((client) => client.stop()));
});

async function start(workspace: string): Promise<Client> {
  const { client } = await Client.start(workspace);
  running.push(client);
  return client;
}

describe('the language server and a config above the repository', () => {
  it('never loads it, nor runs its plugins, for a document in the repository', async () => {
    const parent = tempFolder({
      '.copydeskrc.json': JSON.stringify({ plugins: ['./evil.mjs'], rules: { 'repeated-word': 'off' } }),
      'evil.mjs': `import fs from 'node:fs';\nfs.writeFileSync(new URL('./plugin-ran', import.meta.url), 'yes');\nexport default { id: 'evil', description: 'x', defaultSeverity: 'error', fixable: false, check: () => [] };\n`,
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/a.md': 'It was was late.\n',
    });
    const repo = path.join(parent, 'repo');
    const client = await start(repo);
    const published = await client.open(pathToFileURL(path.join(repo, 'a.md')).href, 'It was was late.\n');
    expect(published.diagnostics.map((d) => d.code)).toEqual(['repeated-word']);
    expect(fs.existsSync(path.join(parent, 'plugin-ran'))).toBe(false);
    expect(client.messages).toEqual([]);
  });
});
