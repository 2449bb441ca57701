// The language server, started as an editor starts it (`copydesk lsp --stdio`, a child process) and spoken to
// over JSON-RPC on its standard input and output.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copydesk, tempFolder } from '../cli/helpers';
import { applyAction, Client } from './client';

const TEXT = 'The cat sat on on the mat,and slept.\n';
const running: Client[] = [];

async function start(files: Record<string, string> = {}, options: Parameters<typeof Client.start>[1] = {}) {
  const cwd = tempFolder(files);
  const { client, initialized } = await Client.start(cwd, options);
  running.push(client);
  const uriOf = (name: string) => pathToFileURL(path.join(cwd, name)).href;
  return { cwd, client, initialized, uriOf };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((client) => client.stop()));
});

const summary = (diagnostics: readonly { code?: string | number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) =>
  diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

describe('initialize', () => {
  it('offers incremental sync, quick fixes, fix-all and the dictionary command, and names itself', async () => {
    const { initialized } = await start();
    expect(initialized.capabilities).toMatchObject({
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.copydesk'] },
      executeCommandProvider: { commands: ['copydesk.addToDictionary'] },
    });
    expect(initialized.serverInfo?.name).toBe('copydesk');
  });

  it('takes the first position encoding the client offers', async () => {
    for (const [offered, chosen] of [[['utf-8', 'utf-16'], 'utf-8'], [['utf-32'], 'utf-32'], [['utf-16', 'utf-8'], 'utf-16']] as const) {
      const { initialized } = await start({}, { capabilities: { general: { positionEncodings: [...offered] } } });
      expect(initialized.capabilities.positionEncoding).toBe(chosen);
    }
  });

  it('accepts `lsp` without --stdio too, and exits 0 after shutdown and exit', async () => {
    const { client, uriOf } = await start({}, { args: [] });
    expect(summary((await client.open(uriOf('a.md'), TEXT)).diagnostics)).toEqual(['repeated-word 0:14-0:17', 'punctuation-spacing 0:25-0:27']);
    running.splice(running.indexOf(client), 1);
    expect(await client.stop()).toBe(0);
  });

  it('ends when its input closes, as when the editor is gone', async () => {
    const { client } = await start();
    running.splice(running.indexOf(client), 1);
    client.child.stdin!.end();
    expect(await client.exited).toBe(0);
  });
});

describe('diagnostics', () => {
  it('are published on open with rule, severity from config, source and a link to the rule’s docs; cleared on close', async () => {
    const { client, uriOf } = await start({ '.copydeskrc.json': JSON.stringify({ rules: { 'repeated-word': 'warn' } }) });
    const uri = uriOf('story.md');
    const published = await client.open(uri, TEXT);
    expect(published.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 14 }, end: { line: 0, character: 17 } },
        severity: 2,
        source: 'copydesk',
        code: 'repeated-word',
        codeDescription: { href: 'https://github.com/copydesk/copydesk/blob/main/rules/repeated-word/README.md' },
        message: 'Unexpected repeated word “on”',
      },
      expect.objectContaining({
        code: 'punctuation-spacing',
        severity: 1,
        message: 'Missing space after “,”',
        codeDescription: { href: 'https://github.com/copydesk/copydesk/blob/main/rules/punctuation-spacing/README.md' },
      }),
    ]);
    const cleared = client.next(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('link a plugin rule’s findings to the page the rule names as its `docs`', async () => {
    const plugin = `export default { id: 'no-lorem', description: 'x', defaultSeverity: 'error', fixable: false, docs: 'https://example.org/style/no-lorem',
      check: (document) => [...document.text.matchAll(/lorem/g)].map((m) => ({ message: 'Unexpected placeholder', range: [m.index, m.index + 5] })) };`;
    const { client, uriOf } = await start({ 'plugin.mjs': plugin, '.copydeskrc.json': JSON.stringify({ plugins: ['./plugin.mjs'] }) });
    const published = await client.open(uriOf('a.md'), 'Some lorem here.\n');
    expect(published.diagnostics.filter((d) => d.code === 'no-lorem').map((d) => d.codeDescription?.href)).toEqual(['https://example.org/style/no-lorem']);
  });

  it('are only for articles: Markdown and plain text, by language or file name', async () => {
    const { client, uriOf } = await start();
    const script = uriOf('tool.js');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: script, languageId: 'javascript', version: 1, text: '// the the\n' } });
    expect((await client.next(script)).diagnostics).toEqual([]);
    expect((await client.open(uriOf('notes.txt'), TEXT, 'text')).diagnostics).toHaveLength(2);
  });

  it('are published for an unsaved document too, under the workspace’s config', async () => {
    const { client } = await start({ '.copydeskrc.json': JSON.stringify({ rules: { 'punctuation-spacing': 'off' } }) });
    expect((await client.open('untitled:Untitled-1', TEXT)).diagnostics.map((d) => d.code)).toEqual(['repeated-word']);
  });

  it('follow incremental edits, and plain text is linted as plain text', async () => {
    const { client, uriOf } = await start();
    const uri = uriOf('notes.txt');
    await client.open(uri, TEXT, 'plaintext');
    // "It rained. " before the sentence moves everything 11 to the right; a second line brings its own repeat.
    const after = await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'It rained. ' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'And then then it stopped.\n' },
    ]);
    expect(summary(after.diagnostics)).toEqual(['repeated-word 0:25-0:28', 'punctuation-spacing 0:36-0:38', 'repeated-word 1:8-1:13']);
    const whole = await client.change(uri, [{ text: 'All fine here.\n' }]);
    expect(whole.diagnostics).toEqual([]);
  });

  it('count columns in UTF-8 bytes or UTF-32 code points when that was agreed, both ways', async () => {
    // "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units and 1 code point.
    const text = 'Café 😀 sat on on the mat.\n';
    const expected = { 'utf-8': ['repeated-word 0:17-0:20', 'repeated-word 0:24-0:28'], 'utf-32': ['repeated-word 0:13-0:16', 'repeated-word 0:20-0:24'] } as const;
    for (const encoding of ['utf-8', 'utf-32'] as const) {
      const { client, uriOf } = await start({}, { capabilities: { general: { positionEncodings: [encoding] } } });
      const uri = uriOf('a.md');
      expect(summary((await client.open(uri, text)).diagnostics)).toEqual([expected[encoding][0]]);
      // Insert "the " just after "on on " (UTF-16 column 18), said in the agreed units.
      const column = encoding === 'utf-8' ? 21 : 17;
      const after = await client.change(uri, [{ range: { start: { line: 0, character: column }, end: { line: 0, character: column } }, text: 'the ' }]);
      expect(summary(after.diagnostics)).toEqual([expected[encoding][0], expected[encoding][1]]);
    }
  });

  it('are never published for a version older than the newest: rapid edits get one lint, of the last text', async () => {
    const { client, uriOf } = await start();
    const uri = uriOf('a.md');
    await client.open(uri, 'Fine.\n');
    let version = 0;
    for (let i = 0; i < 6; i++) version = await client.changeOnly(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'on on ' }]);
    const last = await client.next(uri, (p) => p.version === version);
    // Twelve "on": one run of repeats, and the first starts the sentence in lower case.
    expect(last.diagnostics.map((d) => d.code)).toEqual(['capitalization', 'repeated-word']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, version]);
  });

  it('are what the command line reports for the same file', async () => {
    const article = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'messy-article.txt'), 'utf8');
    const { client, uriOf, cwd } = await start({ 'messy.txt': article });
    const published = await client.open(uriOf('messy.txt'), article, 'plaintext');
    const cli = JSON.parse(copydesk(['--format', 'json', 'messy.txt'], { cwd }).stdout) as { messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
    const fromCli = cli[0]!.messages.map((m) => `${m.ruleId} ${m.line - 1}:${m.column - 1}-${m.endLine - 1}:${m.endColumn - 1} ${m.message}`);
    expect(fromCli.length).toBeGreaterThan(10);
    expect(published.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)).toEqual(fromCli);
  });

  it('on a 50,000-word article: edits arriving while it is linted cancel that lint, requests are answered, and only the newest text is published', async () => {
    const paragraph = 'The council met on on Tuesday and voted,then it adjourned for the week. ';
    const text = `${paragraph.repeat(4000)}\n`;
    // No debounce: each edit starts a lint at once, so later edits arrive while earlier lints are under way.
    const { client, uriOf } = await start({}, { initializationOptions: { debounce: 0 } });
    const uri = uriOf('long.md');
    await client.open(uri, text);
    let version = 0;
    for (let i = 0; i < 5; i++) {
      version = await client.changeOnly(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'So so ' }]);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, [], ['quickfix']);
    expect(actions.length).toBeGreaterThan(0);
    const last = await client.next(uri, (p) => p.version === version, 30000);
    // Ten words of "So so" at the start are one run of repeats, case aside.
    expect(last.diagnostics.filter((d) => d.code === 'repeated-word')).toHaveLength(4000 + 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Never an older text's result after a newer one's, and the last is the newest text's.
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(version);
  }, 60000);

  it('report a rule that throws as its own diagnostic, and the other rules still publish', async () => {
    const plugin = "export default { id: 'breaks', description: 'throws', defaultSeverity: 'warn', fixable: false, check() { throw new Error('out of order'); } };";
    const { client, uriOf } = await start({ 'breaks.mjs': plugin, '.copydeskrc.json': JSON.stringify({ plugins: ['./breaks.mjs'] }) });
    const published = await client.open(uriOf('a.md'), TEXT);
    expect(published.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['breaks', 'Rule "breaks" failed: out of order'],
      ['repeated-word', 'Unexpected repeated word “on”'],
      ['punctuation-spacing', 'Missing space after “,”'],
    ]);
  });

  it('survive random edits: every published range lies inside the document it was published for', async () => {
    const { client, uriOf } = await start({}, { initializationOptions: { debounce: 0 } });
    const uri = uriOf('fuzz.md');
    let document = TextDocument.create(uri, 'markdown', 1, TEXT);
    await client.open(uri, TEXT);
    const piece = fc.constantFrom('on on ', ',and', '\n', '\r\n', '# Title\n', '> quote on on\n', '- item\n', 'é', '😀', '  ', '.', 'Goverbment ', '[link](x) ', '`code`', '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(8), piece), { minLength: 1, maxLength: 4 }), async (edits) => {
        const changes = edits.map(([at, length, text]) => {
          const size = document.getText().length;
          const start = document.positionAt(at % (size + 1));
          const end = document.positionAt(Math.min(size, document.offsetAt(start) + length));
          const change = { range: { start, end }, text };
          document = TextDocument.update(document, [change], document.version + 1);
          return change;
        });
        const published = await client.change(uri, changes);
        const lines = document.getText().split(/\r\n|\r|\n/);
        for (const { range } of published.diagnostics) {
          for (const position of [range.start, range.end]) {
            expect(position.line).toBeLessThan(lines.length);
            expect(position.character).toBeLessThanOrEqual(lines[position.line]!.length);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 60000);
});

describe('code actions', () => {
  async function actionsFor(text: string, files: Record<string, string> = {}, name = 'a.md') {
    const started = await start(files);
    const uri = started.uriOf(name);
    const published = await started.client.open(uri, text);
    const lines = text.split('\n');
    const range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
    const actions = await started.client.codeActions(uri, range, published.diagnostics);
    const byTitle = (title: string): CodeAction => {
      const found = actions.find((action) => action.title === title);
      if (!found) throw new Error(`no action “${title}” among ${actions.map((action) => action.title).join(' | ')}`);
      return found;
    };
    return { ...started, uri, published, actions, byTitle, apply: (title: string) => applyAction(text, uri, byTitle(title)) };
  }

  it('fix a finding that carries a fix (the preferred action when it is the only one), or all of them at once', async () => {
    const { byTitle, apply } = await actionsFor(TEXT);
    expect(byTitle('Remove the repeated “on”')).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [expect.objectContaining({ code: 'repeated-word' })] });
    expect(apply('Remove the repeated “on”')).toBe('The cat sat on the mat,and slept.\n');
    expect(apply('Insert a space after “,”')).toBe('The cat sat on on the mat, and slept.\n');
    expect(byTitle('Fix all copydesk problems').kind).toBe('source.fixAll.copydesk');
    expect(apply('Fix all copydesk problems')).toBe('The cat sat on the mat, and slept.\n');
  });

  it('name each fix by what it does to the text, not by the finding', async () => {
    const text = '# A day\n\nThe president met putin wiht the mayor.It rained.\n\nShare this article with your friends!\n';
    const { actions, apply } = await actionsFor(text);
    const fixes = actions.filter((action) => action.isPreferred).map((action) => action.title);
    expect(fixes).toEqual(['Capitalize “Putin”', 'Replace with “with”', 'Insert a space after “.”', 'Remove this page chrome']);
    expect(apply('Capitalize “Putin”')).toBe(text.replace('putin', 'Putin'));
    expect(apply('Remove this page chrome')).toBe('# A day\n\nThe president met putin wiht the mayor.It rained.\n');
  });

  it('offer each spelling suggestion as its own quick fix, and none is preferred when there are several', async () => {
    const { byTitle, apply } = await actionsFor('We saw the bolck today.\n');
    expect(apply('Replace with “block”')).toBe('We saw the block today.\n');
    expect(apply('Replace with “bock”')).toBe('We saw the bock today.\n');
    expect(byTitle('Replace with “block”').isPreferred).toBeUndefined();
  });

  it('leave fix-all’s edit to codeAction/resolve when the client can resolve it, and resolve it for the current text only', async () => {
    const started = await start({}, { capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } });
    const uri = started.uriOf('a.md');
    await started.client.open(uri, TEXT);
    const [lazy] = await started.client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(lazy!.edit).toBeUndefined();
    const resolved = (await started.client.connection.sendRequest('codeAction/resolve', lazy)) as CodeAction;
    expect(applyAction(TEXT, uri, resolved)).toBe('The cat sat on the mat, and slept.\n');
    await started.client.change(uri, [{ text: `${TEXT}More.\n` }]);
    const stale = (await started.client.connection.sendRequest('codeAction/resolve', lazy)) as CodeAction;
    expect(stale.edit).toBeUndefined();
  });

  it('give only fix-all when that is what is asked for (on save)', async () => {
    const { client, uri } = await actionsFor(TEXT);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(actions.map((action) => action.title)).toEqual(['Fix all copydesk problems']);
  });

  it('disable a rule for a line: a directive line of its own between blocks, or at the end of the line above within one', async () => {
    const between = await actionsFor('Fine.\n\nThe cat sat on on the mat.\n');
    const ownLine = between.apply('Disable repeated-word for this line');
    expect(ownLine).toBe('Fine.\n\n<!-- copydesk-disable-next-line repeated-word -->\nThe cat sat on on the mat.\n');
    const within = await actionsFor('A first line\nthat wraps on on here.\n');
    const joined = within.apply('Disable repeated-word for this line');
    expect(joined).toBe('A first line <!-- copydesk-disable-next-line repeated-word -->\nthat wraps on on here.\n');
    // The server agrees: the directive silences the finding.
    for (const [started, text] of [[between, ownLine], [within, joined]] as const) {
      const after = await started.client.change(started.uri, [{ text }]);
      expect(after.diagnostics.filter((d) => d.code === 'repeated-word')).toEqual([]);
    }
  });

  it('disable a rule for the file: a directive at the top, after any front matter', async () => {
    const plain = await actionsFor(TEXT);
    expect(plain.apply('Disable punctuation-spacing for this file')).toBe(`<!-- copydesk-disable punctuation-spacing -->\n${TEXT}`);
    const withFrontMatter = await actionsFor(`---\ntitle: A day\n---\n${TEXT}`);
    const text = withFrontMatter.apply('Disable punctuation-spacing for this file');
    expect(text).toBe(`---\ntitle: A day\n---\n<!-- copydesk-disable punctuation-spacing -->\n${TEXT}`);
    const after = await withFrontMatter.client.change(withFrontMatter.uri, [{ text }]);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['repeated-word']);
  });

  it('add a word to the dictionary: creating .copydeskrc.json when there is no config, and linting again', async () => {
    const { client, uri, cwd, byTitle, published } = await actionsFor('We saw the bolck today.\n');
    expect(published.diagnostics.map((d) => d.code)).toEqual(['spelling']);
    const action = byTitle('Add “bolck” to the dictionary');
    const republished = client.next(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendRequest('workspace/executeCommand', action.command);
    await republished;
    expect(fs.readFileSync(path.join(cwd, '.copydeskrc.json'), 'utf8')).toBe('{\n  "dictionary": [\n    "bolck"\n  ]\n}\n');
  });

  it('add a word to the nearest config’s list, keeping the rest of it: JSON, YAML with its comments, package.json, and beside a JS config', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ '.copydeskrc.json': '{\n    "rules": { "typo": "warn" },\n    "dictionary": ["Kyiv"]\n}\n' }, '.copydeskrc.json', '{\n    "rules": { "typo": "warn" },\n    "dictionary": [\n        "Kyiv",\n        "bolck"\n    ]\n}\n'],
      // JSON with comments: the comments and the layout stay, the word joins the list.
      [{ '.copydeskrc.json': '{\n    // house style\n    "dictionary": [\n        "Kyiv", // the capital\n    ],\n}\n' }, '.copydeskrc.json', '{\n    // house style\n    "dictionary": [\n        "Kyiv", // the capital\n        "bolck",\n    ],\n}\n'],
      [{ '.copydeskrc.json': '{\n  "dictionary": [\n    "Kyiv" // the capital\n  ]\n}\n' }, '.copydeskrc.json', '{\n  "dictionary": [\n    "Kyiv", // the capital\n    "bolck"\n  ]\n}\n'],
      [{ '.copydeskrc.yaml': '# House words\ndictionary:\n  - Kyiv # the capital\n' }, '.copydeskrc.yaml', '# House words\ndictionary:\n  - Kyiv # the capital\n  - bolck\n'],
      [{ 'package.json': '{\n  "name": "site",\n  "copydesk": {}\n}\n' }, 'package.json', '{\n  "name": "site",\n  "copydesk": {\n    "dictionary": [\n      "bolck"\n    ]\n  }\n}\n'],
      [{ 'copydesk.config.mjs': 'export default { dictionary: ["Kyiv"] };\n' }, '.copydesk-words.txt', 'bolck\n'],
    ];
    for (const [files, written, expected] of cases) {
      const { client, uri, cwd, byTitle } = await actionsFor('We saw the bolck today.\n', files);
      const republished = client.next(uri, (p) => p.diagnostics.length === 0);
      await client.connection.sendRequest('workspace/executeCommand', byTitle('Add “bolck” to the dictionary').command);
      await republished;
      expect(fs.readFileSync(path.join(cwd, written), 'utf8')).toBe(expected);
    }
  });
});

describe('configuration', () => {
  it('watches the config files, and reads them again when they change', async () => {
    const { client, uriOf, cwd } = await start({}, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const uri = uriOf('a.md');
    expect((await client.open(uri, TEXT)).diagnostics).toHaveLength(2);
    expect(JSON.stringify(client.registrations)).toContain('.copydeskrc.json');
    fs.writeFileSync(path.join(cwd, '.copydeskrc.json'), JSON.stringify({ rules: { 'repeated-word': 'off' } }));
    const next = client.next(uri, (p) => p.diagnostics.length === 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.copydeskrc.json'), type: 1 }] });
    expect((await next).diagnostics.map((d) => d.code)).toEqual(['punctuation-spacing']);
    fs.writeFileSync(path.join(cwd, '.copydeskignore'), 'a.md\n');
    const ignored = client.next(uri, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.copydeskignore'), type: 1 }] });
    await ignored;
  });

  it('takes rules off, and switches itself off, from initializationOptions and workspace/configuration', async () => {
    const fromOptions = await start({}, { initializationOptions: { rules: { 'repeated-word': 'off' } } });
    expect((await fromOptions.client.open(fromOptions.uriOf('a.md'), TEXT)).diagnostics.map((d) => d.code)).toEqual(['punctuation-spacing']);
    const asked = await start({}, { capabilities: { workspace: { configuration: true } }, settings: { rules: { 'punctuation-spacing': 'off' } } });
    const uri = asked.uriOf('a.md');
    // The settings come in answer to the server's request after `initialized`: the document is linted again then.
    const withSettings = asked.client.next(uri, (p) => p.diagnostics.length === 1);
    await asked.client.open(uri, TEXT);
    expect((await withSettings).diagnostics.map((d) => d.code)).toEqual(['repeated-word']);
    asked.client.settings = { enable: false };
    const off = asked.client.next(uri, (p) => p.diagnostics.length === 0);
    await asked.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await off;
  });

  it('turns a broken config into one message and a diagnostic on the config file, and recovers when it is fixed', async () => {
    const { client, uriOf, cwd } = await start({ '.copydeskrc.json': '{ "rules": { "speling": "off" } }' });
    const uri = uriOf('a.md');
    const onConfig = client.next(uriOf('.copydeskrc.json'));
    expect((await client.open(uri, TEXT)).diagnostics).toEqual([]);
    const configDiagnostic = (await onConfig).diagnostics[0]!;
    expect(configDiagnostic.message).toMatch(/rules\.speling: unknown rule/);
    // On the key itself: line 1, column 14 of the file, 0-based in the protocol.
    expect(configDiagnostic.range).toEqual({ start: { line: 0, character: 13 }, end: { line: 0, character: 13 } });
    await client.change(uri, [{ text: `${TEXT}More.\n` }]);
    expect(client.messages.filter((m) => m.type === 1)).toHaveLength(1);
    expect(client.messages[0]!.message).toMatch(/^copydesk: .*\.copydeskrc\.json:1:14: rules\.speling: unknown rule/);
    fs.writeFileSync(path.join(cwd, '.copydeskrc.json'), '{}');
    const cleared = client.next(uriOf('.copydeskrc.json'), (p) => p.diagnostics.length === 0);
    const relinted = client.next(uri, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.copydeskrc.json'), type: 2 }] });
    await cleared;
    expect(summary((await relinted).diagnostics)).toEqual(['repeated-word 0:14-0:17', 'punctuation-spacing 0:25-0:27']);
  });

  it('answers bad requests with errors and keeps serving', async () => {
    const { client, uriOf } = await start();
    await expect(client.connection.sendRequest('copydesk/nothing', {})).rejects.toThrow();
    expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///not/open.md' }, range: null, context: {} })).toEqual([]);
    await expect(client.connection.sendRequest('workspace/executeCommand', { command: 'copydesk.addToDictionary', arguments: [42] })).resolves.toBeNull();
    expect(summary((await client.open(uriOf('a.md'), TEXT)).diagnostics)).toHaveLength(2);
  });
});
