// Tests the titles of quick fixes: what a fix does, read from the text it replaces and the text it puts in.
import { describe, expect, it } from 'vitest';
import { fixTitle } from '../../src/lsp/fix-title';

/** The title of the fix that replaces the first `found` in `text` (from `from` on) by `by`. */
function titleOf(text: string, found: string, by: string, ruleId?: string, from = 0): string {
  const start = text.indexOf(found, from);
  return fixTitle(text, { range: [start, start + found.length], text: by }, ruleId);
}

describe('fixTitle', () => {
  it('names a change of case by the word as it will read', () => {
    expect(titleOf('We met putin.', 'putin', 'Putin')).toBe('Capitalize “Putin”');
    expect(titleOf('the Federal transit Administration', 'Federal transit Administration', 'Federal Transit Administration')).toBe('Capitalize “Federal Transit Administration”');
    expect(titleOf('It May rain.', 'May', 'may')).toBe('Lowercase “may”');
    expect(titleOf('An Iphone.', 'Iphone', 'iPhone')).toBe('Change to “iPhone”');
  });

  it('names an inserted space by the mark or word beside it', () => {
    expect(titleOf('the mat,and', '', ' ', undefined, 8)).toBe('Insert a space after “,”');
    expect(fixTitle('He said(quietly)', { range: [7, 7], text: ' ' })).toBe('Insert a space before “(”');
    expect(fixTitle('one.two', { range: [4, 4], text: '\n' })).toBe('Insert a line break after “.”');
    expect(fixTitle('wait', { range: [4, 4], text: '…' })).toBe('Insert “…”');
  });

  it('names a removal: a repeated word, a space, whole lines by the rule, or the text', () => {
    expect(titleOf('sat on on the mat', ' on', '', 'repeated-word', 6)).toBe('Remove the repeated “on”');
    expect(titleOf('The the cat', 'The ', '', 'repeated-word')).toBe('Remove the repeated “The”');
    expect(titleOf('it was was was late', ' was was', '', 'repeated-word', 5)).toBe('Remove the repeated “was”');
    expect(titleOf('Hello , world', ' ', '')).toBe('Remove the space before “,”');
    expect(titleOf('Story.\n\nShare this article\n', 'Share this article\n', '', 'boilerplate')).toBe('Remove this page chrome');
    expect(titleOf('# Title\n\nText.\n\n# Title\n', '\n# Title\n', '', 'duplicate-section', 10)).toBe('Remove the repeated section');
    expect(titleOf('One.\nTwo.\nThree.\n', 'Two.\nThree.\n', '', 'house-style')).toBe('Remove these 2 lines');
    expect(titleOf('See [1] here.', ' [1]', '')).toBe('Remove “[1]”');
  });

  it('names a replacement by what goes in, quoted short on one line', () => {
    expect(titleOf('It was wiht us.', 'wiht', 'with')).toBe('Replace with “with”');
    expect(titleOf('Two  spaces.', '  ', ' ')).toBe('Replace the spaces with one');
    expect(titleOf('x', 'x', 'a very long replacement that goes on and on past forty characters')).toBe('Replace with “a very long replacement that goes on…”');
  });
});
