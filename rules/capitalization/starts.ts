// Sentence and list starts: a sentence, heading or list item that starts lowercase where it should not.
import type { Block } from '../../src/types';
import { type Check, report } from './check';
import { type Position, type Word, capitalize, positionOf } from './word-forms';

/** The items of one list at one depth, with how many start with a capital and how many in lower case (counted once a list). */
export interface Siblings {
  readonly items: readonly Block[];
  capitals: number;
  lowers: number;
}

/** Whether an item starts with a capital (true), in lower case (false), or with no letter (undefined). */
function startsWithCapital(item: Block): boolean | undefined {
  const letter = /^[^\p{L}\p{N}\uFFFC]*(\p{L})/u.exec(item.text)?.[1];
  return letter === undefined ? undefined : letter !== letter.toLowerCase();
}

/**
 * Lowercase list items are a style when the list keeps to it; they are a slip among capitalized siblings, or as
 * a full sentence (ending in . ! ?) that no lowercase sibling backs: the last item of a list that runs as one
 * sentence ("- the text;" "- a list of the findings.") ends in a full stop too.
 */
function listItemExpectsCapital(block: Block, siblings: Siblings): boolean {
  // This item is one of the lowercase ones counted: the others decide.
  const lowers = siblings.lowers - 1;
  if (siblings.capitals > lowers) return true;
  return lowers === 0 && /[.!?]["”’)]?$/.test(block.text.trim());
}

function isLowercaseOnPurpose(check: Check, words: readonly Word[], index: number, position: Position): boolean {
  const word = words[index]!;
  if (check.configured.get(word.key) === word.key) return true;
  // A byline: "by Jane Doe".
  const next = words[index + 1];
  return word.key === 'by' && position.kind === 'block-start' && next !== undefined && next.isCapitalized;
}

export function checkStarts(check: Check, block: Block, words: readonly Word[], siblings: Siblings | undefined): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const position = positionOf(block.text, word.start);
    if (position.kind === 'block-start') {
      if (block.kind === 'table-row') continue;
      if (block.kind === 'list-item' && siblings && !listItemExpectsCapital(block, siblings)) continue;
    } else if (position.kind !== 'sentence-start' || !position.isSure) {
      continue;
    }
    if (isLowercaseOnPurpose(check, words, index, position)) continue;
    const expected = capitalize(word.text);
    const where = block.kind === 'heading' ? 'a heading' : block.kind === 'list-item' && position.kind === 'block-start' ? 'a list item' : 'a sentence';
    report(check, block, word.start, word.end, expected, `Unexpected lowercase “${word.text}” at the start of ${where}, expected “${expected}”`);
  }
}

/** Groups consecutive list items of one depth: the siblings each item is compared with, their first letters counted once a list. */
export function siblingsOf(blocks: readonly Block[]): Map<Block, Siblings> {
  const groups = new Map<Block, Siblings>();
  let current: Siblings = { items: [], capitals: 0, lowers: 0 };
  for (const block of blocks) {
    const previous = current.items[current.items.length - 1];
    if (block.kind !== 'list-item' || (previous && previous.depth !== block.depth)) current = { items: [], capitals: 0, lowers: 0 };
    if (block.kind === 'list-item') {
      (current.items as Block[]).push(block);
      const capital = startsWithCapital(block);
      if (capital === true) current.capitals++;
      else if (capital === false) current.lowers++;
      groups.set(block, current);
    }
  }
  return groups;
}
