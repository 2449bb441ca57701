// Country and capital names, demonyms and language names from the gazetteer (src/language/data/gazetteer.json, from world-countries, ODbL).
import gazetteer from './data/gazetteer.json';

/** Words that make a leading compass word a description, not part of the name ("south Georgia" the region). */
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western)\s/i;

export interface Gazetteer {
  /** Single-word names and adjectives by lower case: "danish" → "Danish". */
  readonly words: ReadonlyMap<string, string>;
  /** Whether the single word is a demonym or language name (an adjective), not a place. */
  isAdjective(key: string): boolean;
  /** Multi-word place names to report even wholly lowercased ("costa rica"): none that starts with "The" or a compass word. */
  readonly strictPlaces: readonly string[];
}

let loaded: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const words = new Map<string, string>();
  const adjectives = new Set<string>();
  for (const name of gazetteer.places) if (!name.includes(' ')) words.set(name.toLowerCase(), name);
  for (const name of gazetteer.adjectives) {
    if (name.includes(' ')) continue;
    words.set(name.toLowerCase(), name);
    adjectives.add(name.toLowerCase());
  }
  const strictPlaces = gazetteer.places.filter((name) => name.includes(' ') && !name.startsWith('The ') && !COMPASS.test(name));
  loaded = { words, isAdjective: (key) => adjectives.has(key), strictPlaces };
  return loaded;
}
