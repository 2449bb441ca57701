// Types for scripts/similar-paragraphs.mjs, which the bench runs as plain JavaScript and the tests import.
/** Misspellings the generated article carries, each with its correction. */
export const SLIPS: readonly (readonly [wrong: string, right: string])[];
export const SLIP_EVERY: number;
/** An article of similar short news paragraphs, about `bytes` long, the same for the same size. */
export function similarParagraphs(bytes: number): string;
