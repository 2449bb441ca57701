import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, tempFolder } from './helpers';

const MESSY = 'Talks proved unsuccessful,with both sides firm. He said the the plan failed.\n';
const CLEAN = 'The council met on Tuesday. It approved the budget.\n';

describe('copydesk lint', () => {
  it('exits 0 and prints nothing on a clean article', () => {
    const cwd = tempFolder({ 'clean.md': CLEAN });
    expect(copydesk(['clean.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and lists findings with line, column, severity, message and rule', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const run = copydesk(['messy.txt'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1:26  error  Missing space after “,”');
    expect(run.stdout).toContain('repeated-word');
    expect(run.stdout).toContain('2 problems (2 errors, 0 warnings)');
  });

  it('prints ESLint-compatible JSON with 1-based, end-exclusive UTF-16 positions', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const run = copydesk(['--format', 'json', 'messy.txt'], { cwd });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as [Record<string, unknown> & { messages: Record<string, unknown>[] }];
    expect(result).toMatchObject({ filePath: path.join(cwd, 'messy.txt'), errorCount: 2, warningCount: 0, fixableErrorCount: 2, fixableWarningCount: 0 });
    expect(result.messages[0]).toEqual({
      ruleId: 'punctuation-spacing',
      severity: 2,
      message: 'Missing space after “,”',
      line: 1,
      column: 26,
      endLine: 1,
      endColumn: 28,
      fix: { range: [26, 26], text: ' ' },
    });
  });

  it('says in one line that a path is missing and exits 2', () => {
    const cwd = tempFolder();
    const run = copydesk(['nope.md'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'copydesk: nope.md: no such file or folder\n' });
  });

  it('lints the folders and globs it is given, and only articles', () => {
    const cwd = tempFolder({ 'a/one.md': MESSY, 'a/b/two.txt': MESSY, 'a/skip.js': MESSY, 'node_modules/x.md': MESSY, 'c/three.markdown': MESSY });
    const run = copydesk(['--format', 'json', 'a', 'c/*.markdown'], { cwd });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => path.relative(cwd, result.filePath));
    expect(files).toEqual([path.join('a', 'b', 'two.txt'), path.join('a', 'one.md'), path.join('c', 'three.markdown')]);
  });

  it('lints the current folder when given no paths, honouring .copydeskignore', () => {
    const cwd = tempFolder({ 'one.md': MESSY, 'drafts/two.md': MESSY, '.copydeskignore': 'drafts/\n' });
    const files = (JSON.parse(copydesk(['--format', 'json'], { cwd }).stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath));
    expect(files).toEqual(['one.md']);
  });

  it('exits 2 when a folder holds no articles', () => {
    const cwd = tempFolder({ 'notes.js': 'x' });
    const run = copydesk([], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no articles/);
  });

  it('reports invalid UTF-8 clearly, exits 2, and never rewrites it; a binary file in the folder is passed over with a warning', () => {
    const invalid = Buffer.from([0x48, 0x69, 0x2c, 0x74, 0x68, 0x65, 0xff, 0xfe, 0x0a]);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    const cwd = tempFolder({ 'bin.md': binary, 'bad.txt': invalid, 'ok.md': CLEAN });
    const run = copydesk(['fix', '.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('bad.txt is not valid UTF-8 (first bad byte at offset 6)');
    expect(run.stdout).not.toContain('bin.md');
    expect(run.stderr).toBe('copydesk: warning: bin.md looks binary (contains NUL bytes); skipped\n');
    expect(fs.readFileSync(path.join(cwd, 'bad.txt')).equals(invalid)).toBe(true);
    expect(fs.readFileSync(path.join(cwd, 'bin.md')).equals(binary)).toBe(true);
  });

  it('writes the HTML proof to standard output or to --output-file, with the exit code of the findings', () => {
    const cwd = tempFolder({ 'a.md': MESSY, 'b.md': CLEAN });
    const run = copydesk(['--format', 'html', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(run.stdout).toContain('<a href="#file-1">b.md</a>');
    expect(copydesk(['--format', 'html', '-o', 'proof.html', 'b.md'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'proof.html'), 'utf8')).toContain('<p class="none">No findings.</p>');
  });

  it('treats an empty file as clean', () => {
    const cwd = tempFolder({ 'empty.md': '' });
    expect(copydesk(['empty.md'], { cwd }).code).toBe(0);
  });

  it('filters warnings with --quiet and fails on too many warnings with --max-warnings', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const warn = ['--rule', 'punctuation-spacing:warn', '--rule', 'repeated-word:warn'];
    expect(copydesk([...warn, 'messy.txt'], { cwd }).code).toBe(0);
    expect(copydesk([...warn, '--quiet', 'messy.txt'], { cwd }).stdout).toBe('');
    const limited = copydesk([...warn, '--max-warnings', '1', 'messy.txt'], { cwd });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('too many warnings (2; maximum: 1)');
    expect(copydesk([...warn, '--max-warnings', '2', 'messy.txt'], { cwd }).code).toBe(0);
  });

  it('switches rules off with --rule and refuses unknown rules and bad values with exit 2', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    expect(copydesk(['--rule', 'punctuation-spacing:off', '--rule', 'repeated-word:off', 'messy.txt'], { cwd }).code).toBe(0);
    const unknown = copydesk(['--rule', 'nonsense:off', 'messy.txt'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^copydesk: --rule nonsense: unknown rule/);
    expect(copydesk(['--rule', 'repeated-word:loud', 'messy.txt'], { cwd }).code).toBe(2);
    expect(copydesk(['--format', 'xml', 'messy.txt'], { cwd }).code).toBe(2);
    expect(copydesk(['--no-such-flag'], { cwd }).code).toBe(2);
  });

  it('writes the report to --output-file and nothing to stdout', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const run = copydesk(['--format', 'json', '--output-file', 'out/report.json', 'messy.txt'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out', 'report.json'), 'utf8'))).toHaveLength(1);
  });

  it('prints github workflow commands, after every finding in a log group', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const lines = copydesk(['--format', 'github', 'messy.txt'], { cwd }).stdout.trim().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '::group::copydesk: 2 problems (2 errors, 0 warnings)',
      'messy.txt:1:26: error Missing space after “,” (punctuation-spacing)',
      'messy.txt:1:60: error Unexpected repeated word “the” (repeated-word)',
      '::endgroup::',
    ]);
    expect(lines[4]).toMatch(/^::error file=messy\.txt,line=1,col=26,endLine=1,endColumn=28,title=.*::Missing space after “,”$/);
  });

  it('lints standard input with --stdin, using --stdin-filename for the format', () => {
    const cwd = tempFolder();
    const run = copydesk(['--stdin', '--stdin-filename', 'draft.txt', '--format', 'json'], { cwd, input: MESSY });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages).toHaveLength(2);
  });

  it('prints the fixed text to stdout with --stdin --fix, and the remaining report to stderr', () => {
    const cwd = tempFolder();
    const run = copydesk(['--stdin', '--fix'], { cwd, input: MESSY });
    expect(run).toEqual({ code: 0, stdout: 'Talks proved unsuccessful, with both sides firm. He said the plan failed.\n', stderr: '' });
  });

  it('lists the rules with their severity and whether they fix', () => {
    const run = copydesk(['--list-rules'], { cwd: tempFolder() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^punctuation-spacing\s+error\s+fixable\s+\S/m);
    expect(run.stdout).toMatch(/^repeated-word\s+error\s+fixable\s+\S/m);
  });

  it('prints its version and help and exits 0', () => {
    const cwd = tempFolder();
    expect(copydesk(['--version'], { cwd }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = copydesk(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('fix');
  });
});

describe('copydesk fix', () => {
  it('writes the fixes, reports nothing left, and changes nothing on a second run', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    expect(copydesk(['fix', 'messy.txt'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    const once = fs.readFileSync(path.join(cwd, 'messy.txt'), 'utf8');
    expect(once).toBe('Talks proved unsuccessful, with both sides firm. He said the plan failed.\n');
    const mtime = fs.statSync(path.join(cwd, 'messy.txt')).mtimeMs;
    expect(copydesk(['fix', 'messy.txt'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'messy.txt'), 'utf8')).toBe(once);
    expect(fs.statSync(path.join(cwd, 'messy.txt')).mtimeMs).toBe(mtime);
  });

  it('keeps the BOM, CRLF line endings, the missing final newline and the file mode', () => {
    const cwd = tempFolder({ 'a.txt': '\uFEFFOne,two.\r\nThree,four.' });
    fs.chmodSync(path.join(cwd, 'a.txt'), 0o640);
    expect(copydesk(['lint', '--fix', 'a.txt'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'a.txt'), 'utf8')).toBe('\uFEFFOne, two.\r\nThree, four.');
    expect(fs.statSync(path.join(cwd, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(cwd)).toEqual(['a.txt']);
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const run = copydesk(['--fix-dry-run', 'messy.txt'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- messy.txt');
    expect(run.stdout).toContain('+++ messy.txt');
    expect(run.stdout).toContain('-Talks proved unsuccessful,with both sides firm. He said the [-the -]plan failed.');
    expect(run.stdout).toContain('+Talks proved unsuccessful,{+ +}with both sides firm. He said the plan failed.');
    expect(fs.readFileSync(path.join(cwd, 'messy.txt'), 'utf8')).toBe(MESSY);
  });
});

describe('configuration', () => {
  it('finds the nearest config upward from each file', () => {
    const cwd = tempFolder({
      '.copydeskrc.json': JSON.stringify({ rules: { 'repeated-word': 'off' } }),
      'desk/.copydeskrc.yaml': 'rules:\n  punctuation-spacing: off\n',
      'top.txt': MESSY,
      'desk/inner.txt': MESSY,
    });
    const results = JSON.parse(copydesk(['--format', 'json', '.'], { cwd }).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const rulesOf = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages.map((m) => m.ruleId);
    expect(rulesOf('top.txt')).toEqual(['punctuation-spacing']);
    expect(rulesOf('inner.txt')).toEqual(['repeated-word']);
  });

  it('reads a copydesk key in package.json and a copydesk.config.js', () => {
    const a = tempFolder({ 'package.json': JSON.stringify({ name: 'x', copydesk: { rules: { 'repeated-word': 'warn' } } }), 'a.txt': MESSY });
    expect(JSON.parse(copydesk(['--format', 'json', 'a.txt'], { cwd: a }).stdout)[0].warningCount).toBe(1);
    const b = tempFolder({ 'copydesk.config.js': "export default { rules: { 'punctuation-spacing': ['warn', { doubleSpaces: false }] } };", 'a.txt': MESSY });
    expect(JSON.parse(copydesk(['--format', 'json', 'a.txt'], { cwd: b }).stdout)[0].warningCount).toBe(1);
  });

  it('explains a broken config by file and problem, without a stack trace, and exits 2', () => {
    const cases: Record<string, [string, RegExp]> = {
      '.copydeskrc.json': ['{ "rules": ', /\.copydeskrc\.json:1:12: invalid JSON: value expected/],
      '.copydeskrc.yaml': ['rules: [unclosed', /\.copydeskrc\.yaml:\d+:\d+: invalid YAML/],
    };
    for (const [name, [content, pattern]] of Object.entries(cases)) {
      const cwd = tempFolder({ [name]: content, 'a.md': CLEAN });
      const run = copydesk(['a.md'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const wrongKey = tempFolder({ '.copydeskrc.json': '{ "rulez": {} }', 'a.md': CLEAN });
    expect(copydesk(['a.md'], { cwd: wrongKey }).stderr).toMatch(/\.copydeskrc\.json:1:3: rulez: unknown setting/);
    const wrongRule = tempFolder({ '.copydeskrc.json': '{ "rules": { "speling": "warn" } }', 'a.md': CLEAN });
    expect(copydesk(['a.md'], { cwd: wrongRule }).stderr).toMatch(/rules\.speling: unknown rule/);
    const wrongSeverity = tempFolder({ '.copydeskrc.json': '{ "rules": { "repeated-word": "loud" } }', 'a.md': CLEAN });
    expect(copydesk(['a.md'], { cwd: wrongSeverity }).stderr).toMatch(/rules\.repeated-word: expected "off", "warn", "error"/);
  });

  it('uses --config instead of searching, and exits 2 when it is missing', () => {
    const cwd = tempFolder({ 'custom.json': JSON.stringify({ rules: { 'punctuation-spacing': 'off', 'repeated-word': 'off' } }), 'a.txt': MESSY });
    expect(copydesk(['--config', 'custom.json', 'a.txt'], { cwd }).code).toBe(0);
    const missing = copydesk(['--config', 'none.json', 'a.txt'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: cannot read/);
  });

  it('honours the config ignore list', () => {
    const cwd = tempFolder({ '.copydeskrc.json': JSON.stringify({ ignore: ['archive/**'] }), 'archive/old.md': MESSY, 'new.md': CLEAN });
    expect(copydesk(['.'], { cwd }).code).toBe(0);
  });

  it('writes a starter config with --init and refuses to overwrite it', () => {
    const cwd = tempFolder();
    expect(copydesk(['--init'], { cwd }).code).toBe(0);
    const config = JSON.parse(fs.readFileSync(path.join(cwd, '.copydeskrc.json'), 'utf8'));
    expect(config.rules['punctuation-spacing']).toBe('error');
    // Not installed in this folder: the published schema.
    expect(config.$schema).toBe('https://raw.githubusercontent.com/copydesk/copydesk/main/copydesk.schema.json');
    const again = copydesk(['--init'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('names the schema of the copydesk installed in the project in --init output', () => {
    const cwd = tempFolder({ 'node_modules/copydesk/copydesk.schema.json': '{}' });
    expect(copydesk(['--init'], { cwd }).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, '.copydeskrc.json'), 'utf8')).$schema).toBe('./node_modules/copydesk/copydesk.schema.json');
  });

  it('reads comments and trailing commas in .copydeskrc.json', () => {
    const cwd = tempFolder({ '.copydeskrc.json': '{\n  // house style\n  "rules": {\n    /* no spell check */ "spelling": "off",\n  },\n}\n', 'a.md': 'The wibblesnort left.\n' });
    const run = copydesk(['a.md'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('prints the configuration that applies to a file', () => {
    const cwd = tempFolder({ '.copydeskrc.json': JSON.stringify({ rules: { 'repeated-word': ['warn', { allow: ['went'] }] } }) });
    const printed = JSON.parse(copydesk(['--print-config', 'a.md'], { cwd }).stdout);
    expect(printed.rules['repeated-word']).toEqual(['warn', { allow: ['went'] }]);
    expect(printed.configFile).toBe(path.join(cwd, '.copydeskrc.json'));
  });
});

describe('plugins', () => {
  const plugin = `export default [
    { id: 'no-lorem', description: 'No placeholder text', defaultSeverity: 'error', fixable: true,
      check: (document) => [...document.text.matchAll(/lorem/g)].map((m) => ({ message: 'Unexpected placeholder', range: [m.index, m.index + 5], fix: { range: [m.index, m.index + 5], text: 'text' } })) },
    { id: 'explodes', description: 'Throws', defaultSeverity: 'warn', fixable: false, check: () => { throw new Error('kaboom'); } },
  ];`;

  it('runs rules from a plugin path, and reports a rule that throws by id with exit 2 while the others still run', () => {
    const cwd = tempFolder({ 'plugin.mjs': plugin, '.copydeskrc.json': JSON.stringify({ plugins: ['./plugin.mjs'], rules: { spelling: 'off' } }), 'a.md': 'Some lorem here.\n', 'b.md': 'More lorem.\n' });
    const run = copydesk(['--format', 'json', '.'], { cwd });
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string; fatal?: boolean }[] }[];
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.messages.map((m) => m.ruleId).sort()).toEqual(['explodes', 'no-lorem']);
      expect(result.messages.find((m) => m.ruleId === 'explodes')).toMatchObject({ fatal: true, message: 'Rule "explodes" failed: kaboom' });
    }
  });

  it('applies a plugin rule fix and lists plugin rules', () => {
    const cwd = tempFolder({ 'plugin.mjs': plugin, '.copydeskrc.json': JSON.stringify({ plugins: ['./plugin.mjs'], rules: { explodes: 'off' } }), 'a.md': 'Some lorem here.\n' });
    expect(copydesk(['fix', 'a.md'], { cwd }).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'a.md'), 'utf8')).toBe('Some text here.\n');
    expect(copydesk(['--list-rules'], { cwd }).stdout).toMatch(/^no-lorem\s+error\s+fixable/m);
  });

  it('explains a plugin that cannot be loaded or is not a rule', () => {
    const missing = tempFolder({ '.copydeskrc.json': JSON.stringify({ plugins: ['./nowhere.mjs'] }), 'a.md': CLEAN });
    const run = copydesk(['a.md'], { cwd: missing });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plugin "\.\/nowhere\.mjs" cannot be loaded/);
    const shapeless = tempFolder({ 'p.cjs': 'module.exports = { id: "x" };', '.copydeskrc.json': JSON.stringify({ plugins: ['./p.cjs'] }), 'a.md': CLEAN });
    expect(copydesk(['a.md'], { cwd: shapeless }).stderr).toMatch(/rule "x" needs a check\(document, options\) function/);
  });

  it('awaits a rule’s prepare() before checking, and reports one that fails as a broken plugin', () => {
    const rule = (prepare: string) =>
      `let word; export default { id: 'banned', description: 'x', defaultSeverity: 'error', fixable: false,
        async prepare(options) { ${prepare} },
        check(document) { return document.text.includes(word) ? [{ message: 'Banned word ' + word, range: [0, 1] }] : []; } };`;
    const ready = tempFolder({ 'p.mjs': rule("await new Promise((r) => setTimeout(r, 20)); word = options.word;"), '.copydeskrc.json': JSON.stringify({ plugins: ['./p.mjs'], rules: { banned: ['error', { word: 'zeppelin' }] } }), 'a.txt': 'A zeppelin passed.\n' });
    const run = copydesk(['--format', 'json', 'a.txt'], { cwd: ready });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual(['Banned word zeppelin']);
    const broken = tempFolder({ 'p.mjs': rule("throw new Error('no word list');"), '.copydeskrc.json': JSON.stringify({ plugins: ['./p.mjs'] }), 'a.txt': 'Fine.\n' });
    const failed = copydesk(['a.txt'], { cwd: broken });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/rule banned: prepare\(\) failed: no word list/);
    expect(failed.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
