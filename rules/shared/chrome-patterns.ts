// The page-chrome patterns of page-chrome.json, compiled once: the families of chrome, bylines and datelines, questions to the reader.
import data from './page-chrome.json';
import { wordCount } from './chrome-score';

interface Family {
  readonly name: string;
  readonly pattern: RegExp;
  readonly isShortOnly: boolean;
}

/**
 * Unicode mode only where a pattern could match differently without it: Unicode classes, letters beyond ASCII,
 * and anything that can match a character it does not name (`.`, `[^…]`, `\S`, `\W`, `\D`), which without it
 * would take an emoji for two characters. Plain words and anchors match the same either way, faster.
 */
const flagsFor = (source: string): string => (/\\[pPSWD]|[^\x00-\x7f]|\.|\[\^/.test(source) ? 'iu' : 'i');
export const compile = (patterns: readonly string[], flags: (source: string) => string = flagsFor): RegExp[] => patterns.map((pattern) => new RegExp(pattern, flags(pattern)));
/**
 * A family's patterns as one alternation: one test a block instead of one a pattern. The patterns are written in
 * lower case and tested against the block in lower case, without the `i` flag: matching that need not fold case
 * runs several times faster.
 */
const compileAny = (patterns: readonly string[]): RegExp => {
  // Joined, a pattern's groups are renumbered and its names may clash: back-references and named groups would break.
  const joinUnsafe = patterns.find((pattern) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern));
  if (joinUnsafe !== undefined) throw new Error(`boilerplate pattern ${JSON.stringify(joinUnsafe)}: back-references and named groups cannot be joined`);
  const cased = patterns.find((pattern) => /[A-Z]/.test(pattern.replace(/\\[pPu]\{[^}]*\}|\\./g, '')));
  if (cased !== undefined) throw new Error(`boilerplate pattern ${JSON.stringify(cased)}: write it in lower case (blocks are matched in lower case)`);
  const source = patterns.map((pattern) => `(?:${pattern})`).join('|');
  return new RegExp(source, flagsFor(source).replace('i', ''));
};
export const families: readonly Family[] = Object.entries(data.families).map(([name, family]) => ({
  name,
  pattern: compileAny(family.patterns),
  isShortOnly: 'short' in family && family.short === true,
}));
export const bylinePatterns = compile(data.byline.patterns);
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
/** One part of a byline or dateline, between separators: a date, a time, a read time, an update stamp. */
const STAMP = new RegExp(
  `^(?:(?:last |first )?(?:updated|published|posted|modified)(?: on| at)?:?\\s*)?` +
    `(?:(?:${MONTH}|${DAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}|[ap]\\.?m\\.?|(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|IST|AE[SD]T)|at|on|today|yesterday|\\d+ (?:hours?|minutes?|days?|weeks?) ago|\\d+\\s*min(?:ute)?s?(?: read)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4})(?:[\\s,]+|$))+$`,
  'i',
);
/** The first part of a byline: "By Jane Doe", "Posted by Jane Doe and Li Wei", "Words: Jane Doe". */
const BYLINE_HEAD = /^(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Ww]ords|[Ss]tory|[Tt]ext|[Pp]hotos?|[Rr]eporting)\s+[Bb]y|[Bb]y|BY|[Ww]ords:|[Aa]uthor:)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|di|del|der|al|bin|la|le|and|&))*$/u;
/** A person's name: two to four capitalized words ("Lena Ortiz", "Mary-Kate O’Neill", "Ana de la Cruz" aside). */
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** A role after the name: "Health Reporter", "Staff Writer", "Senior Correspondent in Kyiv". */
const ROLE = /\b(editor|reporter|writer|correspondent|journalist|columnist|contributor|staff|desk|photographer|analyst|critic|producer|bureau|chief|reporting|contributing)s?\b/i;

/**
 * Whether a short block is the article's byline or dateline ("By Jane Doe | Updated May 7, 2025",
 * "Posted by Jane Doe · 6 min read", "Tuesday 9 September 2025 · 4 min read"): metadata, not chrome.
 */
export function isByline(text: string): boolean {
  const parts = text
    .replace(/^[*_\s]+|[*_\s]+$/g, '')
    .split(/\s*(?:[|·•]|\s[—–-]\s)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0 || wordCount(text) > 24) return false;
  // "By Jane Doe, Health Reporter": the name, then what follows its comma.
  const [head, ...afterName] = parts[0]!.split(/,\s*/);
  const rest = [afterName.join(', '), ...parts.slice(1)].filter((part) => part.length > 0);
  const isHead = BYLINE_HEAD.test(head!) || bylinePatterns.some((pattern) => pattern.test(head!));
  // "Lena Ortiz · March 3, 2026": a name without "By" is a byline when a dated stamp goes with it.
  const isNameAndDate = PERSONAL_NAME.test(head!) && rest.some((part) => STAMP.test(part) && /\d/.test(part));
  if (!isHead && !isNameAndDate && !(STAMP.test(head!) && /\d/.test(head!))) return false;
  return rest.every((part) => STAMP.test(part) || ROLE.test(part) || /^(?:\p{Lu}[\p{L}'’.&-]*\s?){1,5}$/u.test(part));
}
export const engagementPatterns = compile(data.engagement.patterns);
