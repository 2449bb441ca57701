import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../src/lsp/settings';

describe('readSettings', () => {
  it('reads the copydesk section, whether it is given whole or inside the client’s settings', () => {
    const section = { enable: false, rules: { spelling: 'off', typo: 1 }, language: 'en-GB', debounce: 300 };
    const expected = { enable: false, rules: { spelling: 'off', typo: 'warn' }, language: 'en-GB', debounce: 300 };
    expect(readSettings(section, () => undefined)).toEqual(expected);
    expect(readSettings({ copydesk: section }, () => undefined)).toEqual(expected);
  });

  it('keeps what is valid, says what is not, and falls back to the defaults', () => {
    const problems: string[] = [];
    const settings = readSettings({ rules: { spelling: 'loud', typo: 'error' }, language: 'en-NZ', debounce: -5 }, (problem) => problems.push(problem));
    expect(settings).toEqual({ enable: true, rules: { typo: 'error' }, debounce: 150 });
    expect(problems).toEqual([
      'copydesk.rules.spelling: expected "off", "warn" or "error", not "loud"',
      'copydesk.language: expected one of en-US, en-GB, en-CA, en-AU, not "en-NZ"',
      'copydesk.debounce: expected milliseconds from 0 to 10000, not -5',
    ]);
    expect(readSettings(null, () => undefined)).toBe(DEFAULT_SETTINGS);
    expect(readSettings('on', () => undefined)).toBe(DEFAULT_SETTINGS);
  });
});
