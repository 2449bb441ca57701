// The layout's promises, checked on the source: a rule imports no other rule, src/ reaches the rules through the
// registry only, no module imports itself back, and no function or rule file grows past what a reader can hold.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index';

const ROOT = path.join(import.meta.dirname, '..');
/** A function of more lines than this is split into named steps; data tables are not functions. */
const MAX_FUNCTION_LINES = 80;
/** A rule's file of more lines than this is split into parts in the rule's folder. */
const MAX_RULE_FILE_LINES = 400;

/** Every TypeScript source file below a folder of the project (tests left out), as a path from the root. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const file = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) found.push(file);
  }
  return found;
}

const files = [...sourceFiles('src'), ...sourceFiles('rules')];
const texts = new Map(files.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')]));

/** The project files a module imports (static, dynamic and type-only), as paths from the root. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(texts.get(file)!, true, true);
  const found: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
    const module = [target, `${target}.ts`, `${target}/index.ts`].find((candidate) => texts.has(candidate));
    if (module) found.push(module);
  }
  return found;
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const ruleFolderOf = (file: string): string | undefined => /^rules\/([^/]+)\//.exec(file)?.[1];

describe('the layout', () => {
  it('has a folder for each built-in rule, named by its id, with its rule, tests and documentation page', () => {
    for (const rule of builtinRules) {
      for (const name of ['rule.ts', `${rule.id}.test.ts`, 'README.md']) expect(fs.existsSync(path.join(ROOT, 'rules', rule.id, name)), `rules/${rule.id}/${name}`).toBe(true);
    }
    const folders = fs.readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'shared').map((entry) => entry.name);
    expect(builtinRules.map((rule) => rule.id)).toEqual(folders.sort());
  });

  it('lets a rule import only src/types, src/language, rules/shared and its own folder', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const folder = ruleFolderOf(file);
      if (!folder || file === 'rules/index.ts') continue;
      for (const target of imports) {
        const allowed = target === 'src/types.ts' || target === 'src/language/index.ts' || target.startsWith('rules/shared/') || (folder !== 'shared' && target.startsWith(`rules/${folder}/`));
        if (!allowed) wrong.push(`${file} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets src/ reach the rules only through the registry', () => {
    const wrong = [...graph].flatMap(([file, imports]) => (file.startsWith('src/') && file !== 'src/registry.ts' ? imports.filter((target) => target.startsWith('rules/')).map((target) => `${file} imports ${target}`) : []));
    expect(wrong).toEqual([]);
  });

  it('has no import cycles, type-only imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      trail.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...trail.slice(trail.indexOf(target)), target].join(' → '));
        else if (!state.has(target)) visit(target);
      }
      trail.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});

describe('sizes a reader can hold', () => {
  it(`keeps every function in src/ and rules/ within ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const [file, text] of texts) {
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
          const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (last - first + 1 > MAX_FUNCTION_LINES) long.push(`${file}:${first + 1} (${last - first + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });

  it(`keeps every rule's source file within ${MAX_RULE_FILE_LINES} lines`, () => {
    const long = [...texts].filter(([file, text]) => file.startsWith('rules/') && text.split('\n').length > MAX_RULE_FILE_LINES).map(([file]) => file);
    expect(long).toEqual([]);
  });
});
