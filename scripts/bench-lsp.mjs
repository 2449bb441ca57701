// The language server's speed, as an editor meets it: `copydesk lsp` in a child process, spoken to over stdio.
// With the debounce set to 0, the time from sending an edit to receiving its diagnostics is the time from the
// debounce firing to the diagnostics (reading the edit, linting, converting and sending them).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** An article of about `words` words, from the corpus's articles one after another. */
function articleOf(files, words) {
  let text = '';
  for (let i = 0; text.split(/\s+/).length < words; i++) text += `${fs.readFileSync(files[i % files.length], 'utf8')}\n\n`;
  return text.split(/(\s+)/).slice(0, words * 2).join('') + '\n';
}

async function server(root, folder) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'copydesk.js'), 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri} ${params.version}`;
    waiting.get(key)?.(params);
    waiting.delete(key);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, initializationOptions: { debounce: 0 } });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri} ${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await new Promise((resolve) => child.once('exit', resolve));
    connection.dispose();
  };
  return { connection, published, stop };
}

/**
 * Edit-to-diagnostics on a 1,500-word article (median of `edits` edits, each inserting or removing a word in the
 * middle), and on a 50,000-word one: its first lint, an edit, and how long a code action request waits while
 * edits arrive.
 */
export async function measureLsp({ root, files, folder, edits = 20 }) {
  const { connection, published, stop } = await server(root, folder);
  const result = {};
  for (const [name, words] of [['article', 1500], ['long', 50000]]) {
    const text = articleOf(files, words);
    const uri = pathToFileURL(path.join(folder, `lsp-${name}.md`)).href;
    let version = 1;
    let started = performance.now();
    const opened = published(uri, version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await opened;
    const openMs = performance.now() - started;
    const middle = text.split('\n').length >> 1;
    const times = [];
    const count = name === 'article' ? edits : 5;
    for (let i = 0; i < count; i++) {
      version++;
      const change = i % 2 === 0
        ? { range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'very ' }
        : { range: { start: { line: middle, character: 0 }, end: { line: middle, character: 5 } }, text: '' };
      const done = published(uri, version);
      started = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      times.push(performance.now() - started);
    }
    result[name] = { words, openMs, editMs: median(times) };
    if (name === 'long') {
      // Three edits in quick succession, then a code action request: answered once the lint under way is done.
      for (let i = 0; i < 3; i++) {
        version++;
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: 'so ' }] });
      }
      const last = published(uri, version);
      started = performance.now();
      await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, context: { diagnostics: [], only: ['quickfix'] } });
      result.long.actionMs = performance.now() - started;
      await last;
    }
  }
  await stop();
  return result;
}

// Run alone: `node scripts/bench-lsp.mjs` (after a build), with the shared corpus beside the project.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const corpus = path.resolve(root, '..', 'shared', 'corpus', 'clean');
  const files = fs.readdirSync(corpus).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(corpus, name));
  const folder = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'copydesk-lsp-bench-'));
  console.log(JSON.stringify(await measureLsp({ root, files, folder }), null, 2));
  fs.rmSync(folder, { recursive: true, force: true });
}
