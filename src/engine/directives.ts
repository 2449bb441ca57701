// Reads inline directives (<!-- copydesk-disable RULE -->, -enable, -disable-next-line) and says where a rule is off.
import type { Document, Range } from '../types';

const DIRECTIVE = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** The rules named, or null for all rules. */
  readonly rules: readonly string[] | null;
  readonly range: Range;
}

/** Where rules are off: replays the directives up to an offset, as ESLint does (a named enable after a bare disable turns that rule back on). */
export interface Directives {
  readonly list: readonly Directive[];
  isDisabled(ruleId: string, offset: number): boolean;
}

export function readDirectives(document: Document): Directives {
  const list: Directive[] = [];
  for (const [start, end] of document.comments) {
    const slice = document.text.slice(start, end);
    if (!slice.includes('copydesk-')) continue;
    for (const match of slice.matchAll(DIRECTIVE)) {
      const names = match[2]!.split(/[\s,]+/).filter((name) => name.length > 0 && name !== '--');
      const from = start + match.index;
      list.push({ kind: match[1] as Directive['kind'], rules: names.length > 0 ? names : null, range: [from, from + match[0].length] });
    }
  }
  const nextLines = list
    .filter((directive) => directive.kind === 'disable-next-line')
    .map((directive) => {
      const lineEnd = lineBreakAfter(document.text, directive.range[1]);
      return { rules: directive.rules, range: [lineEnd, lineBreakAfter(document.text, lineEnd + 1)] as const };
    });
  const spans = list.filter((directive) => directive.kind !== 'disable-next-line');
  return {
    list,
    isDisabled(ruleId, offset) {
      if (nextLines.some(({ rules, range }) => (rules === null || rules.includes(ruleId)) && range[0] <= offset && offset <= range[1])) return true;
      let all = false;
      let own: boolean | undefined;
      for (const directive of spans) {
        if (directive.range[0] > offset) break;
        const isOff = directive.kind === 'disable';
        if (directive.rules === null) {
          all = isOff;
          own = undefined;
        } else if (directive.rules.includes(ruleId)) {
          own = isOff;
        }
      }
      return own ?? all;
    },
  };
}

function lineBreakAfter(text: string, from: number): number {
  const index = text.indexOf('\n', from);
  return index < 0 ? text.length : index;
}
