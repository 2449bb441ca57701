// The JSON Schema of a copydesk config (.copydeskrc.json, .copydeskrc.yaml, package.json's "copydesk"), made from
// the rules' own declarations: each built-in rule's severities and options, with their types, defaults and
// descriptions. Editors read it to complete and check a config as it is typed; `npm run schema` writes it to
// copydesk.schema.json, which the package ships and `copydesk --init` names in `$schema`.
import type { Rule, RuleOptionSpec } from '../types';
import { LANGUAGES, MAX_TIME_LIMIT_SECONDS } from './schema';

/** Where the schema is published: the repository's copy, for a config that cannot reach an installed package. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/copydesk/copydesk/main/copydesk.schema.json';

const SEVERITY = { $ref: '#/definitions/severity' };

const STRINGS = { type: 'array', items: { type: 'string' } };

function optionSchema(spec: RuleOptionSpec): Record<string, unknown> {
  const type = spec.type === 'string[]' ? STRINGS : { type: spec.type };
  return { ...type, description: spec.description, ...(spec.default !== undefined ? { default: spec.default } : {}) };
}

/** A rule's setting: a severity, or [severity, {options}] with the options it declares. */
function ruleSetting(rule: Rule): Record<string, unknown> {
  const options = rule.options ?? {};
  const optionsObject = {
    type: 'object',
    properties: Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, optionSchema(spec)])),
    additionalProperties: false,
  };
  return {
    description: `${rule.description} (default: "${rule.defaultSeverity}"${rule.fixable ? '; fixable' : ''}).`,
    oneOf: [SEVERITY, { type: 'array', items: [SEVERITY, optionsObject], additionalItems: false, minItems: 1 }],
  };
}

const list = (description: string) => ({ ...STRINGS, description });

/** The schema for configs that run `rules` (the built-in ones; a plugin's rules are allowed under any other id). */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'copydesk configuration',
    type: 'object',
    additionalProperties: false,
    definitions: {
      severity: { description: '"off", "warn" or "error" (or 0, 1, 2).', enum: ['off', 'warn', 'error', 0, 1, 2] },
    },
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows.' },
      root: { type: 'boolean', description: 'This folder is the project root: the search for a config stops here.' },
      rules: {
        type: 'object',
        description: 'Rules by id: "off", "warn", "error", or [severity, {options}].',
        properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSetting(rule)])),
        additionalProperties: { description: 'A plugin rule.', oneOf: [SEVERITY, { type: 'array', items: [SEVERITY, { type: 'object' }], additionalItems: false, minItems: 1 }] },
      },
      language: { enum: [...LANGUAGES], description: 'The English the articles are written in (default: told from the article).' },
      ruleTimeLimit: { type: 'number', exclusiveMinimum: 0, maximum: MAX_TIME_LIMIT_SECONDS, description: 'Seconds a rule may take on one file (default 5).' },
      dictionary: list('Words to accept as spelled.'),
      properNouns: list('Names and their capitalization ("iPhone", "McKinsey").'),
      boilerplate: list('More patterns of page chrome, as regular expressions in lower case (matched without regard to case).'),
      plugins: list('Plugin modules: package names or paths relative to this file.'),
      ignore: list('Files to skip, as .gitignore patterns relative to this file.'),
    },
  };
}
