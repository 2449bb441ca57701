// American and British spellings: the endings that tell them apart, an article's dialect, and a word's other form.

/** Endings of distinctly American spellings ("color", "organize", "center", "traveled", "defense"). */
export const AMERICAN = /(?:or|ors|ize|izes|ized|izing|ization|izations|yze|yzed|yzing|ter|ters|og|ogs|eled|eling|ense)$/;
/** Endings of distinctly British spellings ("colour", "organise", "centre", "travelled", "defence"). */
export const BRITISH = /(?:our|ours|ise|ises|ised|ising|isation|isations|yse|ysed|ysing|tre|tres|ogue|ogues|elled|elling|ence)$/;

/**
 * An article's dialect from its own spellings: two or more of one dialect and none of the other; undefined
 * when mixed or silent. `isUs` and `isGb` say whether each dialect's dictionary has a word.
 */
export function dialectOf(keys: Iterable<string>, isUs: (word: string) => boolean, isGb: (word: string) => boolean): 'en-US' | 'en-GB' | undefined {
  let us = 0;
  let gb = 0;
  for (const key of keys) {
    if (!AMERICAN.test(key) && !BRITISH.test(key)) continue;
    const american = isUs(key);
    const british = isGb(key);
    if (american && !british) us++;
    if (british && !american) gb++;
  }
  if (us >= 2 && gb === 0) return 'en-US';
  if (gb >= 2 && us === 0) return 'en-GB';
  return undefined;
}

const TO_BRITISH: readonly (readonly [RegExp, string])[] = [
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/yz(e|ed|ing)$/, 'ys$1'],
  [/or(s?)$/, 'our$1'],
  [/ter(s?)$/, 'tre$1'],
  [/(.)eled$/, '$1elled'],
  [/(.)eling$/, '$1elling'],
  [/og(s?)$/, 'ogue$1'],
  [/ense$/, 'ence'],
];
const TO_AMERICAN: readonly (readonly [RegExp, string])[] = [
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|ing)$/, 'yz$1'],
  [/our(s?)$/, 'or$1'],
  [/tre(s?)$/, 'ter$1'],
  [/elled$/, 'eled'],
  [/elling$/, 'eling'],
  [/ogue(s?)$/, 'og$1'],
  [/ence$/, 'ense'],
];

/** The word as the other dialect spells it, when `has` knows that form: "organize" → "organise" for British. */
export function otherDialectForm(word: string, toBritish: boolean, has: (word: string) => boolean): string | undefined {
  for (const [pattern, replacement] of toBritish ? TO_BRITISH : TO_AMERICAN) {
    if (!pattern.test(word)) continue;
    const form = word.replace(pattern, replacement);
    if (form !== word && has(form)) return form;
  }
  return undefined;
}
