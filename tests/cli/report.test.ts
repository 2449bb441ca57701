// The reports as the built command line prints them: the stylish report fitted to the width, compact lines, rule
// pages in SARIF and the terminal report, top-level help, and the --fix-dry-run diff with and without colour.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copydesk, tempFolder } from './helpers';

const MESSY = 'Talks proved unsuccessful,with both sides firm. He said the the plan failed.\n';
const PAGES = 'https://github.com/copydesk/copydesk/blob/main/rules';

describe('the stylish report', () => {
  it('shows each finding’s line with carets, cut to COLUMNS (80 when unset) around the finding, and the rule pages', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const run = copydesk(['messy.txt'], { cwd, env: { COLUMNS: '60' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '',
        path.join(cwd, 'messy.txt'),
        '  1:26  error  Missing space after “,”  punctuation-spacing',
        '        …proved unsuccessful,with both sides firm. He said …',
        '                            ^^',
        '  1:60  error  Unexpected repeated word “the”  repeated-word',
        '        …,with both sides firm. He said the the plan failed.',
        '                                           ^^^^',
        '',
        'Rule pages:',
        `  punctuation-spacing  ${PAGES}/punctuation-spacing/README.md`,
        `  repeated-word        ${PAGES}/repeated-word/README.md`,
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  2 errors and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    const wide = copydesk(['messy.txt'], { cwd, env: { COLUMNS: undefined } }).stdout.split('\n');
    expect(wide[3]).toBe(`        ${MESSY.slice(0, 71)}…`);
  });

  it('is in colour with FORCE_COLOR, and plain when standard output is no terminal, or with NO_COLOR', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const coloured = copydesk(['messy.txt'], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('  \u001b[2m1:26\u001b[22m  \u001b[31merror\u001b[39m  Missing space after “,”');
    expect(coloured).toContain('\u001b[31m\u001b[1m,w\u001b[22m\u001b[39m');
    expect(copydesk(['messy.txt'], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: undefined } }).stdout).not.toMatch(/\u001b/);
    expect(copydesk(['messy.txt'], { cwd, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b/);
  });

  it('keeps a long message on one line when the width is unknown, and wraps it under itself to COLUMNS', () => {
    const cwd = tempFolder({ 'a.md': 'The council met.\n\nShare this article with your friends and let us know what you think in the comments below!\n' });
    const head = '  3:1  error  Unexpected share boilerplate: “Share this article with your friends and let us know what yo…” (matches the share pattern)  boilerplate';
    expect(copydesk(['a.md'], { cwd, env: { COLUMNS: undefined } }).stdout.split('\n')[2]).toBe(head);
    expect(copydesk(['a.md'], { cwd, env: { COLUMNS: '72' } }).stdout.split('\n').slice(2, 7)).toEqual([
      '  3:1  error  Unexpected share boilerplate: “Share this article with',
      '              your friends and let us know what yo…” (matches the share',
      '              pattern)  boilerplate',
      '       Share this article with your friends and let us know what you th…',
      `       ${'^'.repeat(64)}`,
    ]);
  });

  it('leaves the lines out with --no-context', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const lines = copydesk(['--no-context', 'messy.txt'], { cwd }).stdout.split('\n');
    expect(lines.slice(2, 5)).toEqual(['  1:26  error  Missing space after “,”  punctuation-spacing', '  1:60  error  Unexpected repeated word “the”  repeated-word', '']);
  });
});

describe('--format compact', () => {
  it('prints a line a finding, path:line:column: severity message (rule), and exits as lint does', () => {
    const cwd = tempFolder({ 'drafts/messy.txt': MESSY });
    expect(copydesk(['--format', 'compact', 'drafts'], { cwd })).toEqual({
      code: 1,
      stdout: 'drafts/messy.txt:1:26: error Missing space after “,” (punctuation-spacing)\ndrafts/messy.txt:1:60: error Unexpected repeated word “the” (repeated-word)\n',
      stderr: '',
    });
  });

  it('is among the formats the option accepts, which refuses others by name', () => {
    const run = copydesk(['--format', 'unix', 'a.md'], { cwd: tempFolder() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are stylish, compact, json, jsonl, sarif, github, html.');
  });
});

describe('rule pages', () => {
  it('are each SARIF rule’s helpUri, and copydesk’s home page its informationUri', () => {
    const cwd = tempFolder({ 'messy.txt': MESSY });
    const driver = JSON.parse(copydesk(['--format', 'sarif', 'messy.txt'], { cwd }).stdout).runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://github.com/copydesk/copydesk#readme');
    const rules = driver.rules as { id: string; helpUri?: string }[];
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(rule.helpUri).toBe(`${PAGES}/${rule.id}/README.md`);
  });

  it('are a plugin rule’s own `docs`, and a `docs` that is no web address is a broken plugin', () => {
    const plugin = (docs: string) =>
      `export default { id: 'no-lorem', description: 'No placeholder text', defaultSeverity: 'error', fixable: false, docs: ${JSON.stringify(docs)},
        check: (document) => [...document.text.matchAll(/lorem/g)].map((m) => ({ message: 'Unexpected placeholder', range: [m.index, m.index + 5] })) };`;
    const files = { '.copydeskrc.json': JSON.stringify({ plugins: ['./plugin.mjs'] }), 'a.md': 'Some lorem here.\n' };
    const cwd = tempFolder({ ...files, 'plugin.mjs': plugin('https://example.org/style/no-lorem') });
    expect(copydesk(['a.md'], { cwd }).stdout).toContain('Rule pages:\n  no-lorem  https://example.org/style/no-lorem\n');
    const sarif = JSON.parse(copydesk(['--format', 'sarif', 'a.md'], { cwd }).stdout);
    expect(sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'no-lorem').helpUri).toBe('https://example.org/style/no-lorem');
    const local = tempFolder({ ...files, 'plugin.mjs': plugin('file:///home/me/no-lorem.md') });
    const broken = copydesk(['a.md'], { cwd: local });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/rule "no-lorem": `docs` must be the address of its documentation page \(https:\/\/…\)/);
  });
});

describe('copydesk --help', () => {
  it('shows lint’s arguments and options, lint being what copydesk alone runs', () => {
    const run = copydesk(['--help'], { cwd: tempFolder() });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Usage: copydesk [lint|fix] [options] [paths...]');
    expect(lines).toContain('Arguments:');
    expect(lines).toContain('Commands:');
    const lintHelp = copydesk(['lint', '--help'], { cwd: tempFolder() }).stdout;
    const flags = [...lintHelp.matchAll(/^ {2}(-[^\s,]+(?:, --\S+)?(?: <[^>]+>)?)/gm)].map((match) => match[1]);
    expect(flags).toContain('--fix-dry-run');
    expect(flags).toContain('--no-context');
    expect(flags).toContain('-f, --format <format>');
    for (const flag of flags) expect(run.stdout).toContain(`\n  ${flag} `);
    expect(run.stdout).toContain('\n  -v, --version ');
  });
});

describe('--fix-dry-run', () => {
  const dryRun = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const cwd = tempFolder({ 'site/drafts/messy.txt': MESSY, 'site/other.md': 'Fine.\n' });
    return { cwd, run: copydesk(['--fix-dry-run', ...args], { cwd: path.join(cwd, 'site'), env }) };
  };

  it('names each file as the command line did, and marks the changed words in plain text', () => {
    const { run } = dryRun(['../site/drafts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '--- ../site/drafts/messy.txt',
        '+++ ../site/drafts/messy.txt',
        '@@ -1,1 +1,1 @@',
        '-Talks proved unsuccessful,with both sides firm. He said the [-the -]plan failed.',
        '+Talks proved unsuccessful,{+ +}with both sides firm. He said the plan failed.',
        '',
      ].join('\n'),
    );
    const { cwd, run: absolute } = dryRun([]);
    expect(absolute.stdout.split('\n')[0]).toBe('--- drafts/messy.txt');
    const named = copydesk(['--fix-dry-run', path.join(cwd, 'site', 'drafts', 'messy.txt')], { cwd: path.join(cwd, 'site') });
    expect(named.stdout.split('\n')[0]).toBe(`--- ${path.join(cwd, 'site', 'drafts', 'messy.txt')}`);
    expect(fs.readFileSync(path.join(cwd, 'site', 'drafts', 'messy.txt'), 'utf8')).toBe(MESSY);
  });

  it('colours with FORCE_COLOR (as on a terminal), the changed words in reverse video, and not with NO_COLOR', () => {
    const { run } = dryRun(['drafts'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      '\u001b[1m--- drafts/messy.txt\u001b[22m',
      '\u001b[1m+++ drafts/messy.txt\u001b[22m',
      '\u001b[36m@@ -1,1 +1,1 @@\u001b[39m',
      '\u001b[31m-\u001b[39m\u001b[31mTalks proved unsuccessful,with both sides firm. He said the \u001b[39m\u001b[31m\u001b[7mthe \u001b[27m\u001b[39m\u001b[31mplan failed.\u001b[39m',
      '\u001b[32m+\u001b[39m\u001b[32mTalks proved unsuccessful,\u001b[39m\u001b[32m\u001b[7m \u001b[27m\u001b[39m\u001b[32mwith both sides firm. He said the plan failed.\u001b[39m',
    ]);
    const { run: plain } = dryRun(['drafts'], { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(plain.stdout).not.toMatch(/\u001b/);
    expect(plain.stdout).toContain('{+ +}');
  });
});
