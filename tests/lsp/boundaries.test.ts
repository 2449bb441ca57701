// What the language server reads and writes at the edges of a project: never a config above the repository (nor its
// plugins), and never a file outside the workspace folders.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
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

/** The "Add to the dictionary" action the server offers for `word` in the document. */
async function addWordAction(client: Client, uri: string, text: string, word: string): Promise<CodeAction> {
  const published = await client.open(uri, text);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
  const actions = await client.codeActions(uri, range, published.diagnostics);
  const action = actions.find((each) => each.title === `Add “${word}” to the dictionary`);
  if (!action?.command) throw new Error(`no action to add “${word}” among ${actions.map((each) => each.title).join(' | ')}`);
  return action;
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

describe('adding a word to the dictionary', () => {
  it('writes nothing for a document outside every workspace folder, and says why', async () => {
    const workspace = tempFolder({});
    const outside = tempFolder({ 'a.md': 'We saw the bolck today.\n' });
    const client = await start(workspace);
    const uri = pathToFileURL(path.join(outside, 'a.md')).href;
    const action = await addWordAction(client, uri, 'We saw the bolck today.\n', 'bolck');
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    expect(fs.readdirSync(outside)).toEqual(['a.md']);
    expect(fs.readdirSync(workspace)).toEqual([]);
    expect(client.messages).toEqual([
      { type: 1, message: `copydesk: cannot add “bolck” to the dictionary: it would go into ${path.join(outside, '.copydeskrc.json')}, which is outside every workspace folder; copydesk writes only inside them` },
    ]);
  });

  it('writes nothing into a config above the workspace folder, and says why', async () => {
    const parent = tempFolder({ '.copydeskrc.json': '{ "dictionary": ["Kyiv"] }\n', 'site/a.md': 'We saw the bolck today.\n' });
    const client = await start(path.join(parent, 'site'));
    const uri = pathToFileURL(path.join(parent, 'site', 'a.md')).href;
    const action = await addWordAction(client, uri, 'We saw the bolck today.\n', 'bolck');
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    expect(fs.readFileSync(path.join(parent, '.copydeskrc.json'), 'utf8')).toBe('{ "dictionary": ["Kyiv"] }\n');
    expect(client.messages.map((m) => m.message)).toEqual([`copydesk: cannot add “bolck” to the dictionary: it would go into ${path.join(parent, '.copydeskrc.json')}, which is outside every workspace folder; copydesk writes only inside them`]);
    // Asked again, it says so again.
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    expect(client.messages).toHaveLength(2);
  });

  it('still writes into the workspace folder for a document inside it', async () => {
    const workspace = tempFolder({ 'docs/a.md': 'We saw the bolck today.\n' });
    const client = await start(workspace);
    const uri = pathToFileURL(path.join(workspace, 'docs', 'a.md')).href;
    const action = await addWordAction(client, uri, 'We saw the bolck today.\n', 'bolck');
    const republished = client.next(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    await republished;
    expect(JSON.parse(fs.readFileSync(path.join(workspace, '.copydeskrc.json'), 'utf8'))).toEqual({ dictionary: ['bolck'] });
    expect(client.messages).toEqual([]);
  });
});
