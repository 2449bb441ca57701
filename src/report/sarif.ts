// Formats results as a SARIF 2.1.0 log, in the subset GitHub code scanning reads.
import path from 'node:path';
import type { Fix, LintResult, Message, Range, Rule, Severity } from '../types';
import { severityOf } from './json';
import { createResultIndex, locateLastCharacter, type LineIndex } from './positions';

/** What SARIF needs to know of a rule: the rules used, or all enabled ones; `docs` is its page (see src/links.ts). */
export type RuleMeta = Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'fixable' | 'docs'>;

export interface SarifOptions {
  readonly rules: readonly RuleMeta[];
  /** copydesk's version, for tool.driver.version. */
  readonly version: string;
  /** Artifact URIs are relative to this folder (the working directory), absolute file URIs outside it. */
  readonly cwd: string;
  /** copydesk's home page, for tool.driver.informationUri. */
  readonly informationUri?: string;
}

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * The rule id of fatal messages that name no rule (an unreadable file, invalid UTF-8). They become results,
 * not `invocations[].toolExecutionNotifications`: code scanning reads only `results` (with a location), and
 * ignores notifications, so a file that could not be checked would vanish from GitHub without a trace.
 */
export const FATAL_RULE_ID = 'copydesk/fatal';
const FATAL_DESCRIPTION = 'A file could not be checked at all: it was unreadable, binary or not valid UTF-8.';

/** The uriBaseId of relative artifact URIs, resolved through `originalUriBaseIds`. */
export const SOURCE_ROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifText {
  readonly text: string;
}

export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
  readonly index?: number;
}

export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly charOffset: number;
  readonly charLength: number;
}

export interface SarifFix {
  readonly description?: SarifText;
  readonly artifactChanges: readonly {
    readonly artifactLocation: SarifArtifactLocation;
    readonly replacements: readonly { readonly deletedRegion: SarifRegion; readonly insertedContent: SarifText }[];
  }[];
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: SarifText;
  readonly locations: readonly {
    readonly physicalLocation: { readonly artifactLocation: SarifArtifactLocation; readonly region: SarifRegion };
  }[];
  readonly fixes?: readonly SarifFix[];
}

export interface SarifRule {
  readonly id: string;
  readonly shortDescription: SarifText;
  readonly fullDescription: SarifText;
  readonly help: SarifText;
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel; readonly enabled?: false };
  readonly properties: { readonly fixable: boolean; readonly 'problem.severity': 'error' | 'warning' | 'recommendation' };
}

export interface SarifRun {
  readonly tool: {
    readonly driver: { readonly name: 'copydesk'; readonly version: string; readonly informationUri?: string; readonly rules: readonly SarifRule[] };
  };
  readonly originalUriBaseIds: Readonly<Record<string, { readonly uri: string }>>;
  readonly artifacts: readonly { readonly location: SarifArtifactLocation; readonly roles: readonly ['analysisTarget'] }[];
  readonly results: readonly SarifResult[];
  readonly columnKind: 'utf16CodeUnits';
  readonly newlineSequences: readonly string[];
}

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [SarifRun];
}

export function toSarifLog(results: readonly LintResult[], options: SarifOptions): SarifLog {
  const rules = new RuleTable(options.rules);
  const artifacts = new ArtifactTable(path.resolve(options.cwd));
  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    const artifactLocation = artifacts.locate(result.filePath);
    if (result.messages.length === 0) continue;
    const index = createResultIndex(result);
    for (const message of result.messages) {
      sarifResults.push(toSarifResult(message, rules.resolve(message), artifactLocation, index));
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: options.version,
            ...(options.informationUri !== undefined && { informationUri: options.informationUri }),
            rules: rules.descriptors,
          },
        },
        // A base URI must end with a slash, or relative URIs would resolve against its parent.
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: withTrailingSlash(fileUri(artifacts.root)) } },
        artifacts: artifacts.entries,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        // A lone \r ends a line too (see positions.ts); SARIF's default list lacks it.
        newlineSequences: ['\r\n', '\n', '\r'],
      },
    ],
  };
}

/** Indented JSON, ending with a newline. */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  return `${JSON.stringify(toSarifLog(results, options), null, 2)}\n`;
}

function toSarifResult(message: Message, ruleIndex: RuleIndex, artifactLocation: SarifArtifactLocation, index: LineIndex): SarifResult {
  const fixes: SarifFix[] = [];
  const seen = new Set<string>();
  const addFix = (fix: Fix, description?: string): void => {
    const key = JSON.stringify([fix.range, fix.text, description]);
    // SARIF wants the fixes of a result unique.
    if (seen.has(key)) return;
    seen.add(key);
    fixes.push({
      ...(description !== undefined && { description: { text: description } }),
      artifactChanges: [
        { artifactLocation, replacements: [{ deletedRegion: toRegion(index, fix.range), insertedContent: { text: fix.text } }] },
      ],
    });
  };
  if (message.fix) addFix(message.fix);
  for (const suggestion of message.suggestions ?? []) addFix(suggestion.fix, suggestion.message);
  return {
    ruleId: ruleIndex.id,
    ruleIndex: ruleIndex.index,
    level: severityOf(message) === 2 ? 'error' : 'warning',
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation, region: toRegion(index, message.range) } }],
    ...(fixes.length > 0 && { fixes }),
  };
}

function toRegion(index: LineIndex, range: Range): SarifRegion {
  const start = Math.min(Math.max(range[0], 0), index.length);
  const end = Math.min(Math.max(range[1], start), index.length);
  const location = locateLastCharacter(index, [start, end]);
  return {
    startLine: location.line,
    startColumn: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    charOffset: start,
    charLength: end - start,
  };
}

interface RuleIndex {
  readonly id: string;
  readonly index: number;
}

/** driver.rules, grown with any rule a message names that the caller did not describe, so every ruleIndex is valid. */
class RuleTable {
  readonly descriptors: SarifRule[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(rules: readonly RuleMeta[]) {
    for (const rule of rules) this.add(rule);
  }

  resolve(message: Message): RuleIndex {
    // A fatal message with a rule id is that rule failing: it stays with the rule, whose name it carries.
    const id = message.ruleId ?? FATAL_RULE_ID;
    const known = this.indexes.get(id);
    if (known !== undefined) return { id, index: known };
    const description = id === FATAL_RULE_ID ? FATAL_DESCRIPTION : `Findings of the rule "${id}".`;
    const defaultSeverity: Severity = severityOf(message) === 2 ? 'error' : 'warn';
    return { id, index: this.add({ id, description, defaultSeverity, fixable: false }) };
  }

  private add(rule: RuleMeta): number {
    const known = this.indexes.get(rule.id);
    if (known !== undefined) return known;
    // Code scanning refuses empty strings where it wants text.
    const text = rule.description.trim() === '' ? rule.id : rule.description;
    this.descriptors.push({
      id: rule.id,
      shortDescription: { text },
      fullDescription: { text },
      help: { text },
      ...(rule.docs !== undefined && { helpUri: rule.docs }),
      // Code scanning takes only note, warning and error as levels; a rule off by default says so with `enabled`.
      defaultConfiguration:
        rule.defaultSeverity === 'error'
          ? { level: 'error' }
          : rule.defaultSeverity === 'warn'
            ? { level: 'warning' }
            : { level: 'note', enabled: false },
      properties: {
        fixable: rule.fixable,
        'problem.severity': rule.defaultSeverity === 'error' ? 'error' : rule.defaultSeverity === 'warn' ? 'warning' : 'recommendation',
      },
    });
    this.indexes.set(rule.id, this.descriptors.length - 1);
    return this.descriptors.length - 1;
  }
}

/** run.artifacts: every file looked at, once, with the location results point to. */
class ArtifactTable {
  readonly entries: { readonly location: SarifArtifactLocation; readonly roles: readonly ['analysisTarget'] }[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(readonly root: string) {}

  locate(filePath: string): SarifArtifactLocation {
    const base = artifactUri(filePath, this.root);
    const key = `${base.uriBaseId ?? ''}\n${base.uri}`;
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.entries.length;
      this.entries.push({ location: base, roles: ['analysisTarget'] });
      this.indexes.set(key, index);
    }
    return { ...base, index };
  }
}

/** A relative URI under the root (forward slashes, percent-encoded), else an absolute file URI. */
export function artifactUri(filePath: string, root: string): { readonly uri: string; readonly uriBaseId?: string } {
  const absolute = path.resolve(root, filePath);
  const relative = path.relative(root, absolute);
  const isInside = relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  if (isInside) return { uri: relative.split(path.sep).map(encodeSegment).join('/'), uriBaseId: SOURCE_ROOT };
  return { uri: fileUri(absolute) };
}

/** file:///a/b%20c on POSIX, file:///C:/a/b on Windows (the drive's colon stays as it is). */
function fileUri(absolute: string): string {
  const segments = absolute.split(path.sep).map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeSegment(segment)));
  const joined = segments.join('/');
  return `file://${joined.startsWith('/') ? '' : '/'}${joined}`;
}

function withTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** encodeURIComponent also escapes ':' and '@', so a first segment like "a:b" cannot read as a URI scheme. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}
