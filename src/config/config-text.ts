// Reads the text of a JSON (with comments) or YAML config, and finds where a setting stands in it: a config
// problem is reported at its line and column (`.copydeskrc.json:4:5: rules.speling: unknown rule`), as a
// compiler reports a syntax error, so that an editor can jump to it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { CopydeskError } from '../errors';
import { createLineIndex, positionAt } from '../report/positions';

/** A place in a config's text: 1-based line and column, counted in characters. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** A setting's path in a config: keys and list indices ("rules", "typo", 1, "allow"). */
export type SettingPath = readonly (string | number)[];

const isYamlFile = (file: string): boolean => /\.ya?ml$/.test(file);

function placeOf(text: string, offset: number): Place {
  return positionAt(createLineIndex(text), offset);
}

const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false };

/**
 * Parses a JSON config that may hold comments and trailing commas (JSONC, as VS Code's settings do). A syntax
 * error names its line and column.
 */
export function parseJsonConfig(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, PARSE_OPTIONS);
  const first = errors[0];
  if (first) {
    const { line, column } = placeOf(text, first.offset);
    throw new CopydeskError('config', `${file}:${line}:${column}: invalid JSON: ${describeParseError(first.error)}`, { file, place: { line, column } });
  }
  return value;
}

/** jsonc-parser's error codes in words: "InvalidSymbol" → "invalid symbol". */
function describeParseError(code: ParseError['error']): string {
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * Where a setting stands in a config file: its key (`at: 'key'`, for a setting that should not be there) or its
 * value. Undefined when the file cannot be read or parsed, is JavaScript, or does not hold the path.
 */
export function locateSetting(file: string, settingPath: SettingPath, at: 'key' | 'value' = 'value'): Place | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const base = path.basename(file);
  if (isYamlFile(base)) return locateInYaml(text, settingPath, at);
  if (!/\.json$/.test(base)) return undefined;
  const tree = parseTree(text, [], PARSE_OPTIONS);
  if (!tree) return undefined;
  const full = base === 'package.json' ? ['copydesk', ...settingPath] : [...settingPath];
  const node = full.length === 0 ? tree : findNodeAtLocation(tree, full);
  if (!node) return undefined;
  const target = at === 'key' && node.parent?.type === 'property' ? node.parent.children![0]! : node;
  return placeOf(text, target.offset);
}

/** The same in a YAML config, by the yaml package's source ranges. */
function locateInYaml(text: string, settingPath: SettingPath, at: 'key' | 'value'): Place | undefined {
  const yaml = yamlLoaded;
  if (!yaml) return undefined;
  const document = yaml.parseDocument(text);
  if (settingPath.length === 0) return document.contents?.range ? placeOf(text, document.contents.range[0]) : undefined;
  const parent = settingPath.length === 1 ? document.contents : document.getIn(settingPath.slice(0, -1), true);
  if (!yaml.isMap(parent) && !yaml.isSeq(parent)) return undefined;
  const last = settingPath[settingPath.length - 1]!;
  if (yaml.isSeq(parent)) {
    const item = parent.items[Number(last)] as { range?: [number, number] } | undefined;
    return item?.range ? placeOf(text, item.range[0]) : undefined;
  }
  const pair = parent.items.find((each) => (yaml.isScalar(each.key) ? each.key.value : each.key) === last);
  const node = (at === 'key' ? pair?.key : (pair?.value ?? pair?.key)) as { range?: [number, number] } | undefined;
  return node?.range ? placeOf(text, node.range[0]) : undefined;
}

type Yaml = typeof import('yaml');
let yamlLoaded: Yaml | undefined;

/** The yaml module when a YAML config has been read (load.ts loads it then); locating never loads it itself. */
export function rememberYaml(module: Yaml): void {
  yamlLoaded = module;
}

/**
 * A problem with a setting of a config file: `file:line:column: key: what`, the place found in the file when it
 * can be, else `file: key: what`; `file` null for the defaults or flags.
 */
export function settingProblem(file: string | null, settingPath: SettingPath, what: string, at: 'key' | 'value' = 'value'): CopydeskError {
  // A rule's options stand second in its setting (["warn", {…}]): named "rules.typo.allow", as a user thinks of them.
  const key = settingPath.length === 0 ? '(top level)' : settingPath.filter((part, index) => !(index === 2 && part === 1 && settingPath[0] === 'rules')).join('.');
  const place = file ? locateSetting(file, settingPath, at) : undefined;
  const where = file === null ? '(config)' : place ? `${file}:${place.line}:${place.column}` : file;
  return new CopydeskError('config', `${where}: ${key}: ${what}`, { file, ...(place ? { place } : {}) });
}
