// The config's JSON Schema: the shipped copydesk.schema.json is the one the rules declare, and it accepts what
// copydesk accepts and refuses what copydesk refuses, as an editor would check a config against it.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index';
import { configSchema } from '../../src/config/json-schema';
import { validateConfig } from '../../src/config/schema';

const ROOT = path.join(import.meta.dirname, '..', '..');
const shipped = JSON.parse(fs.readFileSync(path.join(ROOT, 'copydesk.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true, strictTuples: false }).compile(shipped);

describe('the config schema', () => {
  it('is the schema the built-in rules declare (run `npm run schema` after changing a rule or option)', () => {
    expect(shipped).toEqual(configSchema(builtinRules));
  });

  it('is shipped in the package and exported by name', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, string> };
    expect(manifest.files).toContain('copydesk.schema.json');
    expect(manifest.exports['./copydesk.schema.json']).toBe('./copydesk.schema.json');
  });

  const accepted = [
    {},
    { $schema: './node_modules/copydesk/copydesk.schema.json', root: true },
    { rules: { typo: 'warn', spelling: 0, 'repeated-word': ['error', { allow: ['bravo'] }], 'house/style': ['warn', { any: 1 }] } },
    { rules: { capitalization: ['warn', { titleCase: true }] }, language: 'en-GB', ruleTimeLimit: 2.5, dictionary: ['Kyiv'], properNouns: ['iPhone'], boilerplate: ['^sponsored by'], plugins: ['./house.mjs'], ignore: ['drafts/'] },
  ];
  const refused = [
    { rulez: {} },
    { rules: { typo: 'loud' } },
    { rules: { 'repeated-word': ['warn', { alow: [] }] } },
    { rules: { 'repeated-word': ['warn', { allow: 'went' }] } },
    { rules: { typo: ['warn', {}, 'extra'] } },
    { language: 'fr' },
    { ruleTimeLimit: 0 },
    { dictionary: 'Kyiv' },
  ];

  it('accepts what copydesk accepts', () => {
    for (const config of accepted) {
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
      expect(() => validateConfig(config, 'config.json')).not.toThrow();
    }
  });

  it('refuses what copydesk refuses', () => {
    for (const config of refused) expect(validate(config), JSON.stringify(config)).toBe(false);
  });
});
