// Sentence and list starts: a sentence, heading or list item that starts lowercase where it should not.
import type { Block } from '../../src/types';
import { type Check, report } from './check';
import { type Position, type Word, capitalize, positionOf } from './word-forms';

/** Lowercase list items are a style when the list keeps to it; they are a slip among capitalized siblings or as full sentences. */
function listItemExpectsCapital(block: Block, siblings: readonly Block[]): boolean {
  if (/[.!?]["”’)]?$/.test(block.text.trim())) return true;
  let capitals = 0;
  let lowers = 0;
  for (const item of siblings) {
    const letter = /^[^\p{L}\p{N}\uFFFC]*(\p{L})/u.exec(item.text)?.[1];
    if (letter === undefined) continue;
    if (letter !== letter.toLowerCase()) capitals++;
    else lowers++;
  }
  return capitals > lowers;
}

function isLowercaseOnPurpose(check: Check, words: readonly Word[], index: number, position: Position): boolean {
  const word = words[index]!;
  if (check.configured.get(word.key) === word.key) return true;
  // A byline: "by Jane Doe".
  const next = words[index + 1];
  return word.key === 'by' && position.kind === 'block-start' && next !== undefined && next.isCapitalized;
}

export function checkStarts(check: Check, block: Block, words: readonly Word[], siblings: readonly Block[]): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const position = positionOf(block.text, word.start);
    if (position.kind === 'block-start') {
      if (block.kind === 'table-row') continue;
      if (block.kind === 'list-item' && !listItemExpectsCapital(block, siblings)) continue;
    } else if (position.kind !== 'sentence-start' || !position.isSure) {
      continue;
    }
    if (isLowercaseOnPurpose(check, words, index, position)) continue;
    const expected = capitalize(word.text);
    const where = block.kind === 'heading' ? 'a heading' : block.kind === 'list-item' && position.kind === 'block-start' ? 'a list item' : 'a sentence';
    report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}” at the start of ${where}, expected “${expected}”`);
  }
}

/** Groups consecutive list items of one depth: the siblings each item is compared with. */
export function siblingsOf(blocks: readonly Block[]): Map<Block, Block[]> {
  const groups = new Map<Block, Block[]>();
  let current: Block[] = [];
  for (const block of blocks) {
    const previous = current[current.length - 1];
    if (block.kind !== 'list-item' || (previous && previous.depth !== block.depth)) current = [];
    if (block.kind === 'list-item') {
      current.push(block);
      groups.set(block, current);
    }
  }
  return groups;
}
