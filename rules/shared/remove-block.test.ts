import { describe, expect, it } from 'vitest';
import { removeBlock } from './remove-block';

describe('removing a block', () => {
  it('takes the blank lines after it, or before it at the end, keeping the text’s last line break as it was', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n';
    expect(removeBlock(text, [6, 10])).toEqual({ range: [6, 12], text: '' });
    expect(removeBlock(text, [12, 18])).toEqual({ range: [11, 19], text: '' });
    expect(removeBlock('One.\n\nTwo.', [6, 10])).toEqual({ range: [4, 10], text: '' });
    expect(removeBlock('One.\r\n\r\nTwo.\r\n', [8, 12])).toEqual({ range: [6, 14], text: '' });
  });
});
