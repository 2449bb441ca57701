// retext-english through unified: the parser that splits prose into sentences and words, loaded when a run
// first parses an article (a run answered from the cache never needs it).
import retextEnglish from 'retext-english';
import { unified } from 'unified';

export function createEnglish() {
  return unified().use(retextEnglish).freeze();
}

export type English = ReturnType<typeof createEnglish>;
