// Reads rule options with their defaults, refusing values of the wrong type with a clear message.
import type { RuleOptions } from '../../src/types';

export function readBooleanOption(options: RuleOptions, name: string, fallback: boolean): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`option "${name}" must be true or false, not ${JSON.stringify(value)}`);
  return value;
}

export function readStringListOption(options: RuleOptions, name: string): readonly string[] {
  const value = options[name];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new TypeError(`option "${name}" must be a list of strings`);
  }
  return value as string[];
}
