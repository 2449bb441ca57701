// The client's settings for copydesk (`initializationOptions`, or the `copydesk` section of its configuration):
// what is valid is kept, what is not is said once and left out.
import { LANGUAGES, parseSeverity } from '../config/schema';
import type { Severity } from '../types';

/** How long after the last edit a document is linted, by default. */
export const DEFAULT_DEBOUNCE_MS = 150;

/** What the client may set, in `initializationOptions` or the `copydesk` section of its configuration. */
export interface Settings {
  /** false: no diagnostics and no actions. */
  readonly enable: boolean;
  /** Severity overrides by rule id, as `--rule` gives them (`"off"` turns a rule off). */
  readonly rules: Readonly<Record<string, Severity>>;
  /** en-US, en-GB, en-CA or en-AU, over the config's `language`. */
  readonly language?: string;
  /** Milliseconds from the last edit to linting. */
  readonly debounce: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, debounce: DEFAULT_DEBOUNCE_MS };

/** Reads settings from what a client sent, keeping what is valid and saying what is not. */
export function readSettings(raw: unknown, complain: (problem: string) => void): Settings {
  const value = (raw && typeof raw === 'object' && 'copydesk' in raw ? (raw as { copydesk: unknown }).copydesk : raw) as Record<string, unknown> | null | undefined;
  if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
  const rules: Record<string, Severity> = {};
  if (value.rules !== undefined) {
    if (typeof value.rules !== 'object' || value.rules === null || Array.isArray(value.rules)) complain('copydesk.rules: expected an object of rule ids and severities');
    else {
      for (const [id, severity] of Object.entries(value.rules)) {
        const parsed = parseSeverity(severity);
        if (parsed) rules[id] = parsed;
        else complain(`copydesk.rules.${id}: expected "off", "warn" or "error", not ${JSON.stringify(severity)}`);
      }
    }
  }
  let language: string | undefined;
  if (value.language !== undefined && value.language !== null && value.language !== '') {
    if (LANGUAGES.includes(value.language as (typeof LANGUAGES)[number])) language = value.language as string;
    else complain(`copydesk.language: expected one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value.language)}`);
  }
  let debounce = DEFAULT_DEBOUNCE_MS;
  if (value.debounce !== undefined) {
    if (typeof value.debounce === 'number' && Number.isFinite(value.debounce) && value.debounce >= 0 && value.debounce <= 10000) debounce = value.debounce;
    else complain(`copydesk.debounce: expected milliseconds from 0 to 10000, not ${JSON.stringify(value.debounce)}`);
  }
  return { enable: value.enable !== false, rules, ...(language ? { language } : {}), debounce };
}
