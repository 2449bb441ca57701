// The rule pages (rules/<id>/README.md) against the rules: each page has its sections in order, documents every
// option the rule declares and every config setting it reads, names only files that exist, gives config
// snippets copydesk accepts, and its examples are run through the rule tester.
//
// An example is an HTML comment, then a fenced block (the text ends with a line break), and for a fix, a second
// comment and block with the fixed text:
//
//   <!-- example: flags 1, markdown -->            "flags N": exactly N findings; "passes": none
//   ```text
//   The the council met.
//   ```
//   <!-- fixed -->                                  no fixed block: the rule fixes nothing
//   ```text
//   The council met.
//   ```
//
// After the format, an example may give the rule's options as JSON (`, {"bylines": true}`) and the config it
// runs under, shaped as .copydeskrc.json (`, config {"properNouns": ["Kyiv"]}`).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index';
import { resolveRules } from '../src/config/rule-set';
import { validateConfig } from '../src/config/schema';
import { verifyInvalid, verifyValid } from '../src/testing/rule-tester';
import type { Format, Rule, RuleOptions } from '../src/types';

const ROOT = path.join(import.meta.dirname, '..');
const RULES = path.join(ROOT, 'rules');
const pageOf = (id: string): string => path.join(RULES, id, 'README.md');
const relative = (file: string): string => path.relative(ROOT, file);

const MARKER = /^<!-- example: (?:flags (\d+)|(passes)), (markdown|text)(?:, (\{.*?\}))?(?:, config (\{.*\}))? -->$/;
const FIXED = '<!-- fixed -->';
const FENCE = /^(`{3,}|~{3,})[\w-]*\s*$/;

interface Example {
  /** The line of its marker, from 1. */
  readonly line: number;
  /** How many findings, or none. */
  readonly flags: number | 'passes';
  readonly format: Format;
  readonly options: RuleOptions;
  /** The config it runs under, as .copydeskrc.json holds it. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly text: string;
  /** The text after every fix; null when the rule fixes nothing. */
  readonly fixed: string | null;
}

interface Page {
  readonly lines: readonly string[];
  /** The `## ` headings outside fenced blocks, in order, with the lines of their sections and where those start. */
  readonly sections: readonly { readonly title: string; readonly start: number; readonly body: readonly string[] }[];
  /** The contents of fenced blocks, with their info strings. */
  readonly blocks: readonly { readonly info: string; readonly text: string; readonly line: number }[];
  readonly examples: readonly Example[];
  /** What is wrong with the page's example markup. */
  readonly problems: readonly string[];
}

/** The fenced block opening at `start`: its info string, its text (ending with a line break) and the line after it. */
function fenceAt(lines: readonly string[], start: number): { info: string; text: string; next: number } | undefined {
  const open = FENCE.exec(lines[start] ?? '');
  if (!open) return undefined;
  const mark = open[1]!;
  const info = lines[start]!.slice(mark.length).trim();
  for (let end = start + 1; end < lines.length; end++) {
    const line = lines[end]!;
    if (line.startsWith(mark) && line.trim() === mark[0]!.repeat(line.trim().length)) {
      return { info, text: lines.slice(start + 1, end).map((each) => `${each}\n`).join(''), next: end + 1 };
    }
  }
  return undefined;
}

function nextContentLine(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  return at;
}

function readPage(file: string): Page {
  return readPageText(fs.readFileSync(file, 'utf8'), relative(file));
}

function readPageText(source: string, name: string): Page {
  const lines = source.split('\n');
  const where = (index: number): string => `${name}:${index + 1}`;
  // The sections and fenced blocks: a line inside a block is never a heading.
  const sections: { title: string; start: number; body: string[] }[] = [];
  const blocks: { info: string; text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; ) {
    const fence = fenceAt(lines, i);
    const end = fence ? fence.next : i + 1;
    if (fence) blocks.push({ info: fence.info, text: fence.text, line: i + 1 });
    if (!fence && lines[i]!.startsWith('## ')) sections.push({ title: lines[i]!.slice(3).trim(), start: i + 1, body: [] });
    else sections.at(-1)?.body.push(...lines.slice(i, end));
    i = end;
  }
  // The examples: a marker, its block, and perhaps the fixed text's marker and block.
  const examples: Example[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const fence = fenceAt(lines, i);
    if (fence) {
      i = fence.next;
      continue;
    }
    i++;
    if (line === FIXED) problems.push(`${where(i - 1)}: fixed text with no example before it`);
    if (!line.startsWith('<!-- example')) continue;
    const marker = MARKER.exec(line);
    if (!marker) {
      problems.push(`${where(i - 1)}: cannot read the example marker ${JSON.stringify(line)}`);
      continue;
    }
    const [, count, , format, optionsJson, configJson] = marker;
    let options: RuleOptions = {};
    let config: Record<string, unknown> = {};
    try {
      options = optionsJson ? (JSON.parse(optionsJson) as RuleOptions) : {};
      config = configJson ? (JSON.parse(configJson) as Record<string, unknown>) : {};
    } catch (error) {
      problems.push(`${where(i - 1)}: ${(error as Error).message}`);
    }
    const text = fenceAt(lines, nextContentLine(lines, i));
    if (!text) {
      problems.push(`${where(i - 1)}: an example marker must be followed by a fenced block`);
      continue;
    }
    const example = { line: i, flags: count === undefined ? ('passes' as const) : Number(count), format: format as Format, options, config, text: text.text };
    i = text.next;
    let fixed: string | null = null;
    const fixedAt = nextContentLine(lines, i);
    if (lines[fixedAt] === FIXED) {
      const block = fenceAt(lines, nextContentLine(lines, fixedAt + 1));
      if (!block) problems.push(`${where(fixedAt)}: ${FIXED} must be followed by a fenced block`);
      else if (example.flags === 'passes') problems.push(`${where(fixedAt)}: a "passes" example has no fixed text`);
      else fixed = block.text;
      i = block ? block.next : fixedAt + 1;
    }
    examples.push({ ...example, fixed });
  }
  return { lines, sections, blocks, examples, problems };
}

/** A text shown in a test name: on one line, its middle left out when it is long. */
function shown(text: string): string {
  const flat = text.trim().replace(/\s*\n\s*/g, ' / ');
  return flat.length <= 64 ? flat : `${flat.slice(0, 30).trimEnd()} … ${flat.slice(-30).trimStart()}`;
}

/** The lines a fix changed: what it took out, and what it put in their place. */
function changedLines(text: string, fixed: string): { removed: string; added: string } {
  const a = text.split('\n');
  const b = fixed.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail).join('\n'), added: b.slice(head, b.length - tail).join('\n') };
}

function nameOf(id: string, example: Example): string {
  const settings = [
    Object.keys(example.options).length > 0 ? ` with ${JSON.stringify(example.options)}` : '',
    Object.keys(example.config).length > 0 ? ` under the config ${JSON.stringify(example.config)}` : '',
  ].join('');
  if (example.flags === 'passes') return `${id} README: leaves "${shown(example.text)}" alone${settings}`;
  const flags = `${id} README: flags ${example.flags} in "${shown(example.text)}"${settings}`;
  if (example.fixed === null) return `${flags} and fixes nothing`;
  const { removed, added } = changedLines(example.text, example.fixed);
  return added.trim() === '' ? `${flags} and fixes it by removing "${shown(removed)}"` : `${flags} and fixes it to "${shown(added)}"`;
}

/** The problems with one example: a config copydesk refuses, or findings and fixes other than the page says. */
async function verify(rule: Rule, example: Example, file: string): Promise<string[]> {
  const rules = { ...((example.config.rules as Record<string, unknown> | undefined) ?? {}), [rule.id]: ['error', example.options] };
  const config = validateConfig({ ...example.config, rules }, `${file}:${example.line}`);
  // The rule's options and every rule setting pass the checks a run makes on .copydeskrc.json.
  const { context } = await resolveRules(config);
  await rule.prepare?.(example.options);
  const testCase = { text: example.text, format: example.format, options: example.options, context };
  return example.flags === 'passes' ? verifyValid(rule, testCase) : verifyInvalid(rule, { ...testCase, errors: example.flags, output: example.fixed });
}

const REQUIRED = ['What it flags', 'What it leaves alone', 'Options', 'Examples', 'Data', 'Cost'] as const;
/** The config-wide settings a rule may read, as its code names them. */
const SETTINGS = ['dictionary', 'properNouns', 'boilerplate', 'language'] as const;

/** The source of a rule: every file of its folder but its tests. */
function ruleSource(rule: Rule): string {
  const folder = path.join(RULES, rule.id);
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
    .join('\n');
}

/** The config-wide settings and other rules' options a rule reads, from its source. */
function settingsRead(rule: Rule): { settings: string[]; borrowed: string[] } {
  const source = ruleSource(rule);
  const settings: string[] = SETTINGS.filter((key) => new RegExp(`context\\??\\.${key}\\b`).test(source));
  const borrowed: string[] = [];
  // A rule that reads the page chrome judges it with the config's boilerplate patterns and the options of
  // the rule that configures the analysis (boilerplate), whether that rule is on or off.
  if (/pageChromeOf\(/.test(source)) {
    if (!settings.includes('boilerplate')) settings.push('boilerplate');
    const configuring = builtinRules.find((other) => other.configures?.id === 'page-chrome');
    if (configuring && configuring !== rule) borrowed.push(...Object.keys(configuring.options ?? {}));
  }
  return { settings, borrowed };
}

const cell = (text: string): string => text.trim().replace(/^`|`$/g, '');

/** The body rows of the table whose first column is "option" (other tables are skipped): each row's cells. */
function optionRows(section: readonly string[]): string[][] {
  const rows: string[][] = [];
  let table: 'none' | 'options' | 'other' = 'none';
  for (const line of section) {
    if (!line.startsWith('|')) {
      table = 'none';
      continue;
    }
    const cells = line.split('|').slice(1, -1);
    if (table === 'none') table = cell(cells[0] ?? '').toLowerCase() === 'option' ? 'options' : 'other';
    else if (table === 'options' && !/^\s*:?-+:?\s*$/.test(cells[0] ?? '')) rows.push(cells);
  }
  return rows;
}

for (const rule of builtinRules) {
  const file = pageOf(rule.id);
  const exists = fs.existsSync(file);
  const page = exists ? readPage(file) : undefined;

  describe(`${rule.id} README`, () => {
    it(`${rule.id} README: exists at rules/${rule.id}/README.md`, () => {
      expect(exists, `${relative(file)} is missing`).toBe(true);
    });
    if (!page) return;

    it(`${rule.id} README: opens with the rule id and a paragraph giving its default severity and whether it fixes`, () => {
      expect(page.lines[0]).toBe(`# ${rule.id}`);
      const start = nextContentLine(page.lines, 1);
      let end = start;
      while (end < page.lines.length && page.lines[end]!.trim() !== '') end++;
      const intro = page.lines.slice(start, end).join(' ');
      expect(intro).not.toMatch(/^#/);
      expect(intro).toContain(`\`${rule.defaultSeverity}\``);
      expect(intro).toMatch(rule.fixable ? /\bfix/i : /\b(?:does not|never|cannot) fix\b/i);
    });

    it(`${rule.id} README: has the required sections, in order`, () => {
      const hasData = fs.readdirSync(path.join(RULES, rule.id)).some((name) => name.endsWith('.json'));
      const titles = page.sections.map((section) => section.title);
      const wanted = REQUIRED.filter((title) => title !== 'Data' || hasData || titles.includes('Data'));
      expect(titles).toEqual(wanted);
    });

    it(`${rule.id} README: documents every option the rule declares in its Options table, with its type and default`, () => {
      const rows = optionRows(page.sections.find((section) => section.title === 'Options')?.body ?? []);
      const declared = rule.options ?? {};
      for (const [name, spec] of Object.entries(declared)) {
        const row = rows.find((cells) => cell(cells[0]!) === name);
        expect(row, `no row for option "${name}" in the Options table of ${relative(file)}`).toBeDefined();
        expect(cell(row![1] ?? ''), `the type of "${name}"`).toBe(spec.type);
        if (spec.default !== undefined) expect(row![2] ?? '', `the default of "${name}"`).toContain(`\`${JSON.stringify(spec.default)}\``);
      }
      // An option the rule does not declare would be refused in a config.
      expect(rows.map((cells) => cell(cells[0]!)).filter((name) => !(name in declared))).toEqual([]);
    });

    it(`${rule.id} README: names in its Options section the config settings and other rules' options it reads`, () => {
      const options = (page.sections.find((section) => section.title === 'Options')?.body ?? []).join('\n');
      const { settings, borrowed } = settingsRead(rule);
      for (const key of [...settings, ...borrowed]) expect(options, `${key} in the Options section of ${relative(file)}`).toContain(`\`${key}\``);
    });

    it(`${rule.id} README: gives config snippets that copydesk accepts and that set the rule`, async () => {
      const snippets = page.blocks.filter((block) => block.info === 'json');
      expect(snippets.length, `a .copydeskrc.json snippet in ${relative(file)}`).toBeGreaterThan(0);
      for (const snippet of snippets) {
        const config = validateConfig(JSON.parse(snippet.text), `${relative(file)}:${snippet.line}`);
        await resolveRules(config);
        expect(Object.keys(config.rules), `the snippet at ${relative(file)}:${snippet.line}`).toContain(rule.id);
      }
    });

    it(`${rule.id} README: names only files that exist`, () => {
      const text = page.lines.join('\n');
      for (const [, name] of text.matchAll(/`((?:rules|src|scripts|tests|fixtures)\/[^`\s<>*]+)`/g)) expect(fs.existsSync(path.join(ROOT, name!)), `${name} in ${relative(file)}`).toBe(true);
    });

    it(`${rule.id} README: writes 3 to 6 examples, all readable`, () => {
      expect(page.problems).toEqual([]);
      expect(page.examples.length).toBeGreaterThanOrEqual(3);
      expect(page.examples.length).toBeLessThanOrEqual(6);
      const section = page.sections.find((each) => each.title === 'Examples');
      const [from, to] = section ? [section.start, section.start + section.body.length] : [0, 0];
      for (const example of page.examples) expect(example.line > from && example.line <= to, `the example at line ${example.line} stands under ## Examples`).toBe(true);
      // A rule that does not fix has no fixed text to show.
      if (!rule.fixable) expect(page.examples.filter((example) => example.fixed !== null)).toEqual([]);
    });

    for (const example of page.examples) {
      it(nameOf(rule.id, example), async () => {
        expect(await verify(rule, example, relative(file))).toEqual([]);
      });
    }
  });
}

describe('rules/shared README', () => {
  const file = path.join(RULES, 'shared', 'README.md');

  it('rules/shared README: exists and names every module the rules share', () => {
    expect(fs.existsSync(file), `${relative(file)} is missing`).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# /);
    const modules = fs.readdirSync(path.join(RULES, 'shared')).filter((name) => /\.(?:ts|json)$/.test(name) && !name.endsWith('.test.ts'));
    for (const name of modules) expect(text, name).toContain(name);
  });

  it('rules/shared README: names only files that exist', () => {
    const text = fs.readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/`((?:rules|src|scripts|tests|fixtures)\/[^`\s<>*]+)`/g)) expect(fs.existsSync(path.join(ROOT, name!)), name).toBe(true);
  });
});

describe('the example reader', () => {
  const sample = (body: string): Page => readPageText(body, 'sample.md');

  it('reads an example with its options, config and fixed text, and a passing one', () => {
    const page = sample(
      '# x\n\n## Examples\n\n<!-- example: flags 2, text, {"allow": ["so"]}, config {"language": "en-GB"} -->\n```text\nA  b\n\nc\n```\n<!-- fixed -->\n````markdown\n```\ncode\n```\n````\n\n<!-- example: passes, markdown -->\n```markdown\n## Not a section\n```\n',
    );
    expect(page.problems).toEqual([]);
    expect(page.sections.map((section) => [section.title, section.start])).toEqual([['Examples', 3]]);
    expect(page.examples).toEqual([
      { line: 5, flags: 2, format: 'text', options: { allow: ['so'] }, config: { language: 'en-GB' }, text: 'A  b\n\nc\n', fixed: '```\ncode\n```\n' },
      { line: 18, flags: 'passes', format: 'markdown', options: {}, config: {}, text: '## Not a section\n', fixed: null },
    ]);
  });

  it('refuses a marker it cannot read, a marker without a block, and fixed text for a passing example', () => {
    const page = sample('<!-- example: flag 1, text -->\n```text\nA.\n```\n<!-- example: flags 1, text -->\n\nNo block.\n<!-- example: passes, text -->\n```text\nA.\n```\n<!-- fixed -->\n```text\nB.\n```\n');
    expect(page.problems).toHaveLength(3);
  });
});
