// Reads inline directives (<!-- copydesk-disable RULE -->, -enable, -disable-next-line) and says where a rule is off.
import type { Document, Range } from '../types';

const DIRECTIVE = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** The rules named, or null for all rules. */
  readonly rules: readonly string[] | null;
  readonly range: Range;
}

/** Ranges of the source where each rule (or '*', every rule) is switched off. */
export type DisabledRanges = ReadonlyMap<string, readonly Range[]>;

export function findDisabledRanges(document: Document): DisabledRanges {
  const disabled = new Map<string, Range[]>();
  const text = document.text;
  if (!text.includes('copydesk-')) return disabled;
  const open = new Map<string, number>();
  const add = (rule: string, range: Range): void => {
    const list = disabled.get(rule) ?? [];
    list.push(range);
    disabled.set(rule, list);
  };
  for (const directive of readDirectives(document)) {
    const names = directive.rules ?? ['*'];
    if (directive.kind === 'disable-next-line') {
      const lineEnd = nextLineBreak(text, directive.range[1]);
      const nextEnd = nextLineBreak(text, lineEnd + 1);
      for (const name of names) add(name, [lineEnd, nextEnd]);
    } else if (directive.kind === 'disable') {
      for (const name of names) if (!open.has(name)) open.set(name, directive.range[0]);
    } else {
      // A bare enable closes everything that is open.
      const closing = directive.rules ?? [...open.keys()];
      for (const name of closing) {
        const start = open.get(name);
        if (start !== undefined) add(name, [start, directive.range[1]]);
        open.delete(name);
      }
    }
  }
  for (const [name, start] of open) add(name, [start, text.length]);
  return disabled;
}

function* readDirectives(document: Document): Generator<Directive> {
  const code = document.blocks.filter((block) => block.kind === 'code' || block.kind === 'front-matter');
  for (const match of document.text.matchAll(DIRECTIVE)) {
    const start = match.index;
    if (code.some((block) => block.range[0] <= start && start < block.range[1])) continue;
    const names = match[2]!.split(/[\s,]+/).filter((name) => name.length > 0 && name !== '--');
    yield {
      kind: match[1] as Directive['kind'],
      rules: names.length > 0 ? names : null,
      range: [start, start + match[0].length],
    };
  }
}

function nextLineBreak(text: string, from: number): number {
  const index = text.indexOf('\n', from);
  return index < 0 ? text.length : index;
}

export function isDisabled(disabled: DisabledRanges, ruleId: string, offset: number): boolean {
  for (const key of [ruleId, '*']) {
    const ranges = disabled.get(key);
    if (ranges?.some(([start, end]) => start <= offset && offset <= end)) return true;
  }
  return false;
}
