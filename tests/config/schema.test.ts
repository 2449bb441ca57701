import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFinder, readConfigFile } from '../../src/config/load';
import { DEFAULT_CONFIG, validateConfig } from '../../src/config/schema';

describe('validating a config', () => {
  it('reads severities as words or numbers, and [severity, options]', () => {
    const config = validateConfig({ rules: { a: 'warn', b: 2, c: ['off', { x: 1 }], d: [1] } }, 'rc.json');
    expect(config.rules).toEqual({
      a: { severity: 'warn', options: {} },
      b: { severity: 'error', options: {} },
      c: { severity: 'off', options: { x: 1 } },
      d: { severity: 'warn', options: {} },
    });
    expect(config.source).toBe('rc.json');
  });

  it('names the file and key of every problem', () => {
    expect(() => validateConfig([], 'rc.json')).toThrow('rc.json: (top level): expected an object');
    expect(() => validateConfig({ rulez: {} }, 'rc.json')).toThrow(/^rc\.json: rulez: unknown setting/);
    expect(() => validateConfig({ rules: [] }, 'rc.json')).toThrow('rc.json: rules: expected an object of rule ids');
    expect(() => validateConfig({ rules: { a: 'loud' } }, 'rc.json')).toThrow(/^rc\.json: rules\.a: expected "off", "warn", "error"/);
    expect(() => validateConfig({ rules: { a: ['warn', 'x'] } }, 'rc.json')).toThrow('rc.json: rules.a: options must be an object');
    expect(() => validateConfig({ dictionary: 'Kyiv' }, 'rc.json')).toThrow('rc.json: dictionary: expected a list of strings');
  });

  it('fills in the lists a config leaves out', () => {
    expect(validateConfig({}, 'rc.json')).toEqual({ ...DEFAULT_CONFIG, source: 'rc.json' });
  });
});

describe('finding a config', () => {
  const folder = (files: Record<string, string>): string => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), content);
    }
    return root;
  };

  it('uses the nearest config upward, preferring .copydeskrc.json over the others in one folder', async () => {
    const root = folder({
      '.copydeskrc.yaml': 'dictionary: [Top]\n',
      'a/.copydeskrc.json': '{ "dictionary": ["Json"] }',
      'a/.copydeskrc.yaml': 'dictionary: [Yaml]\n',
      'a/b/c/x.md': '',
    });
    const finder = new ConfigFinder();
    expect((await finder.find(path.join(root, 'a', 'b', 'c'))).dictionary).toEqual(['Json']);
    expect((await finder.find(root)).dictionary).toEqual(['Top']);
  });

  it('skips a package.json without a copydesk key and reads one with it', async () => {
    const root = folder({ 'package.json': '{ "name": "x", "copydesk": { "properNouns": ["Kyiv"] } }', 'a/package.json': '{ "name": "inner" }' });
    expect((await new ConfigFinder().find(path.join(root, 'a'))).properNouns).toEqual(['Kyiv']);
  });

  it('reads an empty YAML file as an empty config and strips a BOM from JSON', async () => {
    const root = folder({ 'a.yaml': '', 'b.json': '\uFEFF{ "ignore": ["x"] }' });
    expect((await readConfigFile(path.join(root, 'a.yaml'))).ignore).toEqual([]);
    expect((await readConfigFile(path.join(root, 'b.json'))).ignore).toEqual(['x']);
  });
});

describe('the words file beside a config', () => {
  it('adds its words to the dictionary, skipping comments and blank lines', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-words-'));
    fs.writeFileSync(path.join(root, '.copydeskrc.json'), '{ "dictionary": ["Kyiv"] }');
    fs.writeFileSync(path.join(root, '.copydesk-words.txt'), '# house words\nfrobnicator\n\nwidgetry  # our product\n');
    expect((await readConfigFile(path.join(root, '.copydeskrc.json'))).dictionary).toEqual(['Kyiv', 'frobnicator', 'widgetry']);
  });

  it('checks the language setting', () => {
    expect(validateConfig({ language: 'en-GB' }, 'rc.json').language).toBe('en-GB');
    expect(() => validateConfig({ language: 'british' }, 'rc.json')).toThrow(/rc\.json: language: expected one of en-US, en-GB, en-CA, en-AU/);
  });
});
