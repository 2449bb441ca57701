// Known misspellings and their corrections: copydesk's own few (data/misspellings.json) before the common-misspellings table the build writes.
import own from './data/misspellings.json';
import { DATA_FILES, readDataTable } from './data-files';
import type { LineTable } from './line-table';

export interface Misspellings {
  /** The corrections for a lower-case misspelling (straight apostrophes), or undefined when it is not one. */
  corrections(word: string): readonly string[] | undefined;
  /** Whether the lower-case word is a known misspelling, by copydesk's own list or the common-misspellings table. */
  has(word: string): boolean;
  /** Whether copydesk's own list corrects the word: its one correction is meant, whatever else is near. */
  isOwn(word: string): boolean;
}

/** copydesk's own corrections: misspellings the table lacks, and the table's entries given one preferred correction. */
const ownCorrections = new Map<string, string>([...Object.entries(own.preferred), ...Object.entries(own.words)]);

let misspellings: Misspellings | undefined;

/** The misspellings, read once per process; each distinct word is looked up once. */
export function loadMisspellings(): Misspellings {
  if (misspellings) return misspellings;
  let table: LineTable | undefined;
  const answers = new Map<string, readonly string[] | null>();
  const listed = (word: string): readonly string[] | undefined => {
    let answer = answers.get(word);
    if (answer === undefined) {
      table ??= readDataTable(DATA_FILES.misspellings);
      const line = table.find(word);
      answer = line === undefined ? null : line.slice(line.indexOf('\t') + 1).split(',');
      answers.set(word, answer);
    }
    return answer ?? undefined;
  };
  misspellings = {
    corrections(word) {
      const corrected = ownCorrections.get(word);
      return corrected === undefined ? listed(word) : [corrected];
    },
    has: (word) => ownCorrections.has(word) || listed(word) !== undefined,
    isOwn: (word) => ownCorrections.has(word),
  };
  return misspellings;
}

