import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLIPS, similarParagraphs } from '../../scripts/similar-paragraphs.mjs';
import { BIN, copydesk, tempFolder } from './helpers';

const MESSY = 'It was was late,and dark.\n';

describe('standard input', () => {
  it('keeps a BOM on the fixed text', () => {
    const run = spawnSync(process.execPath, [BIN, '--stdin', '--fix'], { input: Buffer.from('\uFEFFIt was was late.\n'), env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stdout.toString('utf8')).toBe('\uFEFFIt was late.\n');
  });

  it('passes input it cannot read as text through unchanged, and says why', () => {
    const bytes = Buffer.from([0x61, 0x62, 0xff, 0xfe, 0x0a]);
    const run = spawnSync(process.execPath, [BIN, '--stdin', '--fix'], { input: bytes, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(Buffer.compare(run.stdout, bytes)).toBe(0);
    expect(run.stderr.toString()).toContain('not valid UTF-8');
  });

  it('writes the report to --output-file with --stdin --fix', () => {
    const cwd = tempFolder();
    const run = copydesk(['--stdin', '--fix', '--rule', 'punctuation-spacing:off', '--format', 'json', '-o', 'report.json'], { cwd, input: 'Fine text here. the end.\n' });
    expect(run.stdout).toBe('Fine text here. The end.\n');
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'report.json'), 'utf8'))).toHaveLength(1);
  });
});

describe('files and folders', () => {
  it('takes only articles from a glob', () => {
    const cwd = tempFolder({ 'a.md': 'Fine.\n', 'b.js': 'x,y', 'c.png': Buffer.from([0x89, 0x50, 0, 0]) });
    const run = copydesk(['--format', 'json', '*'], { cwd });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath))).toEqual(['a.md']);
  });

  it('refuses a named pipe instead of waiting on it forever', () => {
    const cwd = tempFolder({ 'a.md': 'Fine.\n' });
    execFileSync('mkfifo', [path.join(cwd, 'pipe.md')]);
    expect(copydesk(['.'], { cwd }).code).toBe(0);
    const named = copydesk(['pipe.md'], { cwd });
    expect(named.code).toBe(2);
    expect(named.stdout).toContain('pipe.md is not a regular file');
  });

  it('does not rewrite a read-only file, and reports what is still in it', () => {
    const cwd = tempFolder({ 'a.txt': MESSY });
    fs.chmodSync(path.join(cwd, 'a.txt'), 0o444);
    const run = copydesk(['fix', '--format', 'json', 'a.txt'], { cwd });
    fs.chmodSync(path.join(cwd, 'a.txt'), 0o644);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe(MESSY);
    const messages = (JSON.parse(run.stdout) as { messages: { message: string; ruleId: string | null }[] }[])[0]!.messages;
    expect(messages[0]!.message).toContain('read-only');
    expect(messages.map((m) => m.ruleId).filter(Boolean).sort()).toEqual(['punctuation-spacing', 'repeated-word']);
  });

  it('lints a file reached through a folder link once', () => {
    const cwd = tempFolder({ 'docs/a.md': 'Fine.\n' });
    fs.symlinkSync(path.join(cwd, 'docs'), path.join(cwd, 'docs', 'loop'));
    const run = copydesk(['--format', 'json', 'docs'], { cwd });
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('honours the ignore list of a config below the current folder', () => {
    const cwd = tempFolder({ 'sub/.copydeskrc.json': JSON.stringify({ ignore: ['archive/**'] }), 'sub/archive/old.md': MESSY, 'sub/new.md': 'Fine.\n' });
    const run = copydesk(['--format', 'json', '.'], { cwd });
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath))).toEqual(['new.md']);
  });

  it('says so, and exits 0, when every article named is ignored', () => {
    const cwd = tempFolder({ '.copydeskignore': 'drafts/\n', 'drafts/a.md': MESSY });
    const run = copydesk(['drafts/a.md'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/every article found is ignored/);
  });

  it('does not let a broken config elsewhere stop a file it does not apply to', () => {
    const root = tempFolder({ 'proj/.copydeskrc.json': '{ broken', 'other/a.md': 'Fine.\n' });
    expect(copydesk(['../other/a.md'], { cwd: path.join(root, 'proj') }).code).toBe(0);
  });

  it('exits quietly when the reader of its output goes away', () => {
    const cwd = tempFolder(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.txt`, MESSY.repeat(20)])));
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} . | head -1`], { cwd, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/EPIPE|at .*\.js/);
  });
});

describe('nesting', () => {
  it('lints and fixes an article with 5,000 nested quotes or list levels, with no stack overflow', () => {
    for (const prefix of ['> ', '- ', '> - ']) {
      const deep = `${prefix.repeat(5000)}A line wiht a typo.\n`;
      const cwd = tempFolder({ 'deep.md': `# Title\n\nA fine opening paragraph.\n\n${deep}` });
      const lint = copydesk(['--format', 'json', 'deep.md'], { cwd });
      expect(lint.stderr).toBe('');
      expect(lint.code).toBe(1);
      const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
      expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['typo', 5, prefix.length * 5000 + 8]]);
      const fix = copydesk(['fix', 'deep.md'], { cwd });
      expect(fix.code).toBe(0);
      expect(fs.readFileSync(path.join(cwd, 'deep.md'), 'utf8')).toBe(`# Title\n\nA fine opening paragraph.\n\n${prefix.repeat(5000)}A line with a typo.\n`);
    }
  });
});

describe('size', () => {
  it('lints and fixes 20 MB of similar paragraphs, finding every misspelling in it and nothing else', () => {
    const text = similarParagraphs(20 * 1048576);
    const slips = SLIPS.reduce((sum, [wrong]) => sum + text.split(wrong).length - 1, 0);
    expect(slips).toBeGreaterThan(2000);
    const cwd = tempFolder({ 'big.md': text });
    const lint = copydesk(['--format', 'json', 'big.md'], { cwd, timeout: 120000 });
    expect(lint.stderr).toBe('');
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(result!.messages.filter((m) => m.ruleId !== 'typo')).toEqual([]);
    expect(result!.messages).toHaveLength(slips);
    const fix = copydesk(['fix', 'big.md'], { cwd, timeout: 120000 });
    expect(fix.code).toBe(0);
    const fixed = SLIPS.reduce((current, [wrong, right]) => current.replaceAll(wrong, right), text);
    expect(fs.readFileSync(path.join(cwd, 'big.md'), 'utf8') === fixed).toBe(true);
  }, 240000);
});

describe('options', () => {
  it('refuses a --max-warnings that is not a whole number', () => {
    const cwd = tempFolder({ 'a.md': 'Fine.\n' });
    for (const value of ['', '0x10', '1e1', '-1']) expect(copydesk(['--max-warnings', value, 'a.md'], { cwd }).code).toBe(2);
  });

  it('does not count warnings it does not show under --quiet', () => {
    const cwd = tempFolder({ 'a.txt': MESSY });
    expect(copydesk(['--quiet', '--max-warnings', '0', '--rule', 'repeated-word:warn', '--rule', 'punctuation-spacing:warn', 'a.txt'], { cwd }).code).toBe(0);
  });

  it('refuses an unknown rule option or a value of the wrong type, naming file and key', () => {
    const unknown = tempFolder({ '.copydeskrc.json': JSON.stringify({ rules: { 'punctuation-spacing': ['error', { doubleSpace: false }] } }), 'a.md': 'Fine.\n' });
    const run = copydesk(['a.md'], { cwd: unknown });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.copydeskrc\.json:1:\d+: rules\.punctuation-spacing\.doubleSpace: unknown option; known options are doubleSpaces/);
    const wrong = tempFolder({ '.copydeskrc.json': JSON.stringify({ rules: { 'punctuation-spacing': ['error', { doubleSpaces: 'no' }] } }), 'a.md': 'Fine.\n' });
    expect(copydesk(['a.md'], { cwd: wrong }).stderr).toMatch(/rules\.punctuation-spacing\.doubleSpaces: expected true or false, not "no"/);
  });
});

describe('directives', () => {
  it('reports a directive naming a rule that does not exist', () => {
    const cwd = tempFolder({ 'a.md': '<!-- copydesk-disable speling -->\n\nFine.\n' });
    const run = copydesk(['a.md'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Unknown rule “speling” in a copydesk-disable directive');
  });
});

describe('plugins by package name', () => {
  it('loads a package that exports only an import condition, from the config’s folder', () => {
    const cwd = tempFolder({
      'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', exports: { '.': { import: './rule.js' } } }),
      'node_modules/esm-only/rule.js': "export default { id: 'esm-rule', description: 'x', defaultSeverity: 'error', fixable: false, check: () => [{ message: 'Found', range: [0, 1] }] };",
      '.copydeskrc.json': JSON.stringify({ plugins: ['esm-only'] }),
      'a.md': 'Fine.\n',
    });
    expect(copydesk(['a.md'], { cwd }).stdout).toContain('esm-rule');
  });

  it('unwraps CommonJS compiled from TypeScript (exports.default with __esModule)', () => {
    const cwd = tempFolder({
      'plugin.cjs': "Object.defineProperty(exports, '__esModule', { value: true }); exports.default = { id: 'ts-rule', description: 'x', defaultSeverity: 'warn', fixable: false, check: () => [] };",
      '.copydeskrc.json': JSON.stringify({ plugins: ['./plugin.cjs'] }),
    });
    expect(copydesk(['--list-rules'], { cwd }).stdout).toMatch(/^ts-rule\s+warn/m);
  });
});

describe('--cache', () => {
  it('gives the same results from the cache, and lints a file again when it or the rules change', () => {
    const cwd = tempFolder({ 'a.txt': MESSY, 'b.md': 'Fine text.\n' });
    const first = copydesk(['--cache', '--format', 'json', '.'], { cwd });
    expect(fs.existsSync(path.join(cwd, '.copydeskcache'))).toBe(true);
    const second = copydesk(['--cache', '--format', 'json', '.'], { cwd });
    expect(second).toEqual(first);
    fs.writeFileSync(path.join(cwd, 'a.txt'), 'It was fine.\n');
    expect(JSON.parse(copydesk(['--cache', '--format', 'json', 'a.txt'], { cwd }).stdout)[0].messages).toEqual([]);
    fs.writeFileSync(path.join(cwd, 'a.txt'), MESSY);
    const off = copydesk(['--cache', '--rule', 'repeated-word:off', '--format', 'json', 'a.txt'], { cwd });
    expect(JSON.parse(off.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('repeated-word');
  });

  it('writes the cache where --cache-location says, and fixes files the cache holds findings for', () => {
    const cwd = tempFolder({ 'a.txt': MESSY });
    copydesk(['--cache', '--cache-location', 'tmp/cache.json', 'a.txt'], { cwd });
    expect(fs.existsSync(path.join(cwd, 'tmp', 'cache.json'))).toBe(false);
    fs.mkdirSync(path.join(cwd, 'tmp'));
    copydesk(['--cache', '--cache-location', 'tmp/cache.json', 'a.txt'], { cwd });
    expect(fs.existsSync(path.join(cwd, 'tmp', 'cache.json'))).toBe(true);
    expect(copydesk(['fix', '--cache', '--cache-location', 'tmp/cache.json', 'a.txt'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe('It was late, and dark.\n');
  });
});

describe('--concurrency', () => {
  it('prints the same report, byte for byte, in worker threads as in one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? MESSY : `Article ${i} is fine.\n`;
    const cwd = tempFolder(files);
    const serial = copydesk(['--format', 'json', '.'], { cwd });
    const parallel = copydesk(['--concurrency', '2', '--format', 'json', '.'], { cwd });
    expect(parallel).toEqual(serial);
    expect(copydesk(['--concurrency', 'auto', '.'], { cwd }).stdout).toBe(copydesk(['.'], { cwd }).stdout);
  });

  it('starts its workers when node runs with flags a worker may not take (V8 and whole-process flags)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? MESSY : `Article ${i} is fine.\n`;
    const cwd = tempFolder(files);
    const run = spawnSync(process.execPath, ['--single-threaded-gc', BIN, '--concurrency', '2', '--format', 'json', '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(copydesk(['--format', 'json', '.'], { cwd }).stdout);
  });

  it('fixes and writes the same files, byte for byte, in worker threads as in one thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`f${String(i).padStart(2, '0')}.txt`] = i % 2 === 0 ? MESSY : `Article ${i} is fine.\n`;
    const serialFolder = tempFolder(files);
    const parallelFolder = tempFolder(files);
    const serial = copydesk(['fix', '--format', 'json', '.'], { cwd: serialFolder });
    const parallel = copydesk(['fix', '--concurrency', '3', '--format', 'json', '.'], { cwd: parallelFolder });
    expect(parallel.code).toBe(serial.code);
    expect(parallel.stdout.replaceAll(parallelFolder, '<dir>')).toBe(serial.stdout.replaceAll(serialFolder, '<dir>'));
    for (const name of Object.keys(files)) expect(fs.readFileSync(path.join(parallelFolder, name), 'utf8')).toBe(fs.readFileSync(path.join(serialFolder, name), 'utf8'));
    expect(fs.readFileSync(path.join(parallelFolder, 'f00.txt'), 'utf8')).toBe('It was late, and dark.\n');
  });

  it('prepares a rule once a thread, not once a batch of files', () => {
    const files: Record<string, string> = {
      'log.mjs': `import fs from 'node:fs'; import { threadId } from 'node:worker_threads';
        export default { id: 'logged', description: 'x', defaultSeverity: 'warn', fixable: false,
          async prepare() { fs.appendFileSync(new URL('./prepared.log', import.meta.url), threadId + '\\n'); },
          check: () => [] };`,
      '.copydeskrc.json': JSON.stringify({ plugins: ['./log.mjs'] }),
    };
    for (let i = 0; i < 40; i++) files[`f${String(i).padStart(2, '0')}.txt`] = 'All is well.\n';
    const cwd = tempFolder(files);
    expect(copydesk(['--concurrency', '2', '.'], { cwd }).code).toBe(0);
    const threads = fs.readFileSync(path.join(cwd, 'prepared.log'), 'utf8').trim().split('\n');
    expect(threads.length).toBe(new Set(threads).size);
    expect(threads.length).toBeLessThanOrEqual(2);
  });

  it('adds the time of each worker to the COPYDESK_TIMING table', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${String(i).padStart(2, '0')}.txt`] = MESSY;
    const cwd = tempFolder(files);
    const run = copydesk(['--concurrency', '2', '.'], { cwd, env: { COPYDESK_TIMING: '1' } });
    expect(run.stderr).toMatch(/^Rule +\| Time \(ms\) \| Share\n/);
    for (const id of ['capitalization', 'spelling', 'typo', '\\(parse\\)']) expect(run.stderr).toMatch(new RegExp(`^${id} +\\| +\\d+\\.\\d \\| +\\d+\\.\\d%$`, 'm'));
  });

  it('refuses a concurrency that is not auto or a whole number', () => {
    const cwd = tempFolder({ 'a.md': 'Fine.\n' });
    for (const value of ['0', 'two', '1.5']) expect(copydesk(['--concurrency', value, 'a.md'], { cwd }).code).toBe(2);
  });
});

describe('rules that build on the boilerplate rule', () => {
  const ARTICLE = [
    'The council met on Tuesday and voted to approve the new tram line.',
    'Newest · Oldest · Most liked',
    'The line will run from the station to the harbour, and work starts in the spring.',
    'Newest · Oldest · Most liked',
    'The mayor said the vote was a good day for the city and its people.',
  ].join('\n\n') + '\n';
  const lint = (config?: object) => {
    const cwd = tempFolder({ 'a.txt': ARTICLE, ...(config ? { '.copydeskrc.json': JSON.stringify(config) } : {}) });
    const [result] = JSON.parse(copydesk(['--format', 'json', 'a.txt'], { cwd }).stdout) as { messages: { ruleId: string; line: number }[] }[];
    return result!.messages.map((message) => `${message.ruleId}:${message.line}`);
  };

  it('judge chrome with the boilerplate rule’s own options', () => {
    // By default the row of controls is chrome, twice: not a repeated section.
    expect(lint()).toEqual(['boilerplate:3', 'boilerplate:7']);
    // Without scoring it is no chrome, so its second copy is a repeat.
    expect(lint({ rules: { boilerplate: ['error', { scoring: false }] } })).toEqual(['duplicate-section:7']);
  });
});

describe('--shard', () => {
  const filesOf = (run: { code: number | null; stdout: string; stderr: string }, cwd: string): string[] => {
    // A run that printed no report says why, rather than failing on the JSON.
    if (!run.stdout.trim()) throw new Error(`no report (exit ${run.code}): ${run.stderr}`);
    return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => path.relative(cwd, result.filePath));
  };

  it('shares the files out so that every file is in exactly one shard', () => {
    const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
    for (let i = 0; i < 30; i++) files[`${i % 2 ? 'news' : 'blog'}/f${String(i).padStart(2, '0')}.txt`] = i % 5 === 0 ? MESSY : `Article ${i} is fine.\n`;
    const cwd = tempFolder(files);
    const all = filesOf(copydesk(['--format', 'json', '.'], { cwd }), cwd);
    expect(all).toHaveLength(30);
    const shards = [1, 2, 3].map((index) => filesOf(copydesk(['--shard', `${index}/3`, '--format', 'json', '.'], { cwd }), cwd));
    expect(shards.every((shard) => shard.length > 0)).toBe(true);
    expect(shards.flat().sort()).toEqual([...all].sort());
    // A file keeps its shard when files are added, and when the run starts in a folder below the project root.
    fs.writeFileSync(path.join(cwd, 'news', 'added.txt'), 'A new article.\n');
    const again = filesOf(copydesk(['--shard', '2/3', '--format', 'json', '.'], { cwd }), cwd).filter((file) => !file.endsWith('added.txt'));
    expect(again).toEqual(shards[1]);
    const below = filesOf(copydesk(['--shard', '2/3', '--format', 'json', '.'], { cwd: path.join(cwd, 'news') }), path.join(cwd, 'news'));
    expect(below.filter((file) => !file.endsWith('added.txt'))).toEqual(shards[1]!.filter((file) => file.startsWith('news')).map((file) => path.relative('news', file)));
  });

  it('exits with 2 and one line for a shard out of range or not of the form i/n', () => {
    const cwd = tempFolder({ 'a.txt': 'Fine.\n' });
    for (const [value, expected] of [
      ['4/3', 'copydesk: --shard 4/3: shard 4 is out of range; there are 3 (1 to 3)\n'],
      ['0/3', 'copydesk: --shard "0/3": expected i/n, such as 1/4 (the first of four shards)\n'],
      ['two', 'copydesk: --shard "two": expected i/n, such as 1/4 (the first of four shards)\n'],
    ] as const) {
      const run = copydesk(['--shard', value, '.'], { cwd });
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toBe(expected);
      expect(run.stdout).toBe('');
    }
  });

  it('reports nothing, and exits with 0, for a shard that holds no file', () => {
    const cwd = tempFolder({ 'a.txt': MESSY });
    const runs = [1, 2].map((index) => copydesk(['--shard', `${index}/2`, '--format', 'json', '.'], { cwd }));
    const empty = runs.find((run) => run.stdout.trim() === '[]')!;
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe('copydesk: shard ' + (runs.indexOf(empty) + 1) + '/2 holds none of the 1 article found\n');
    expect(runs.find((run) => run !== empty)!.code).toBe(1);
  });
});

describe('--format jsonl', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`f${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? MESSY : `Article ${i} is fine.\n`;

  it('writes one result a line, each the JSON format’s entry for its file, in one thread and in several', () => {
    const cwd = tempFolder(files);
    const json = copydesk(['--format', 'json', '.'], { cwd });
    for (const args of [[], ['--concurrency', '2']]) {
      const lines = copydesk(['--format', 'jsonl', ...args, '.'], { cwd });
      expect(lines.code).toBe(json.code);
      expect(lines.stdout.endsWith('\n')).toBe(true);
      const parsed = lines.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { filePath: string });
      expect(parsed.sort((a, b) => (a.filePath < b.filePath ? -1 : 1))).toEqual(JSON.parse(json.stdout));
    }
  });

  it('writes the same lines to --output-file, and keeps only errors with --quiet', () => {
    const cwd = tempFolder(files);
    expect(copydesk(['--format', 'jsonl', '--output-file', 'out.jsonl', '.'], { cwd }).stdout).toBe('');
    expect(fs.readFileSync(path.join(cwd, 'out.jsonl'), 'utf8')).toBe(copydesk(['--format', 'jsonl', '.'], { cwd }).stdout);
    fs.writeFileSync(path.join(cwd, 'warned.txt'), 'The goverbmint met.\n');
    const counts = (args: string[]) => copydesk(['--format', 'jsonl', ...args, '.'], { cwd }).stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { warningCount: number }).warningCount);
    expect(counts([]).some((count) => count > 0)).toBe(true);
    const quiet = counts(['--quiet']);
    expect(quiet).toHaveLength(21);
    expect(quiet.every((count) => count === 0)).toBe(true);
  });
});
