import { describe, expect, it } from 'vitest';
import { loadLanguageModel, OUTSIDE } from '../../src/language';

const model = loadLanguageModel();
const id = (word: string): number => model.id(word);
/** log10 likelihood of a sentence, from its start mark to its end mark. */
const sentence = (text: string): number => {
  const ids = [model.start, ...text.split(' ').map(id), model.end];
  let total = 0;
  for (let k = 1; k < ids.length; k++) total += model.conditional(k >= 2 ? ids[k - 2]! : OUTSIDE, ids[k - 1]!, ids[k]!);
  return total;
};

describe('language model', () => {
  it('is read once and knows the words of the confusion sets, and the sentence marks', () => {
    expect(loadLanguageModel()).toBe(model);
    for (const word of ['from', 'form', 'their', 'there', "they're", 'bear', 'bare']) expect(id(word), word).toBeGreaterThanOrEqual(0);
    expect(model.start).toBeGreaterThanOrEqual(0);
    expect(model.end).toBeGreaterThanOrEqual(0);
    expect(id('zqxjv')).toBe(OUTSIDE);
  });

  it('gives the probability of the longest n-gram it holds, and says which', () => {
    // P(from | drove) is a bigram of the model; "drove form" is not, so it backs off to the unigram.
    const fromDrove = model.conditional(OUTSIDE, id('drove'), id('from'));
    expect(model.order).toBe(2);
    const formDrove = model.conditional(OUTSIDE, id('drove'), id('form'));
    expect(model.order).toBe(1);
    expect(fromDrove).toBeGreaterThan(formDrove + 2);
    model.conditional(id('could'), id('not'), id('bear'));
    expect(model.order).toBe(3);
  });

  it('finds the right sentence likelier than one with a slip', () => {
    expect(sentence('we drove from the coast')).toBeGreaterThan(sentence('we drove form the coast') + 3);
    expect(sentence('we could not bear the heat')).toBeGreaterThan(sentence('we could not bare the heat') + 1);
    expect(sentence('please fill in the form below')).toBeGreaterThan(sentence('please fill in the from below') + 3);
  });

  it('treats a word it does not hold the same in every sentence, so it cancels out of a comparison', () => {
    expect(model.conditional(OUTSIDE, OUTSIDE, OUTSIDE)).toBe(model.conditional(id('the'), id('zqxjv'), OUTSIDE));
  });
});
