import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/document';

describe('word spans', () => {
  it('are letters, marks and digits, with inner apostrophes', () => {
    const block = parseDocument('Don’t stop: O\'Neill’s café, naïve 3rd-rate x’ ’y 𝐀𝐁 e\u0301t\u00e9.', { format: 'text' }).proseBlocks[0]!;
    expect(block.spans.map((span) => span.text)).toEqual(['Don’t', 'stop', "O'Neill’s", 'café', 'naïve', '3rd', 'rate', 'x', 'y', '𝐀𝐁', 'e\u0301t\u00e9']);
    for (const span of block.spans) expect(block.text.slice(span.start, span.end)).toBe(span.text);
  });
});
