// English function words by class (src/language/data/word-classes.json, written for copydesk): what a word can do in a sentence, for rules that read a word by its neighbours.
import data from './data/word-classes.json';

/** The closed classes of the table: a word may stand in several. */
export type WordClass = 'determiner' | 'possessive' | 'subjectPronoun' | 'objectPronoun' | 'be' | 'have' | 'do' | 'modal' | 'preposition' | 'conjunction' | 'wh' | 'adverb';

export interface WordClasses {
  /** Whether the word (any case) stands in the class. */
  is(word: string, wordClass: WordClass): boolean;
  /** Whether the word stands in any class: a function word, not a noun, verb or adjective of open meaning. */
  isFunctionWord(word: string): boolean;
}

const CLASSES: readonly WordClass[] = ['determiner', 'possessive', 'subjectPronoun', 'objectPronoun', 'be', 'have', 'do', 'modal', 'preposition', 'conjunction', 'wh', 'adverb'];

let loaded: WordClasses | undefined;

export function loadWordClasses(): WordClasses {
  if (loaded) return loaded;
  const byWord = new Map<string, Set<WordClass>>();
  for (const wordClass of CLASSES) {
    for (const word of data[wordClass]) {
      const classes = byWord.get(word) ?? new Set<WordClass>();
      classes.add(wordClass);
      byWord.set(word, classes);
    }
  }
  const key = (word: string): string => word.toLowerCase().replace(/’/g, "'");
  loaded = {
    is: (word, wordClass) => byWord.get(key(word))?.has(wordClass) ?? false,
    isFunctionWord: (word) => byWord.has(key(word)),
  };
  return loaded;
}
