// Sentence and list starts: a sentence, heading or list item that starts lowercase where it should not.
import type { Block } from '../../src/types';
import { type Check, report } from './check';
import { readStart } from './start-readings';
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

/** A word right before an arrow is a label in a diagram ("source → blocks → report"), not the start of a sentence. */
const ARROW = /^\s*(?:→|⇒|⟶|->|=>)/;

/**
 * The lines of plain text that may go on with the line above: a line break and no blank line between them, and
 * no mark that ends a sentence at the end of the one above. Whether such lines are one wrapped paragraph or a
 * list of lines is read from their lengths, and a fix elsewhere can change that reading: a lowercase start there
 * is only offered a capital.
 */
export function continuedLines(check: Check): Set<Block> {
  const continued = new Set<Block>();
  const { document } = check;
  if (document.format !== 'text') return continued;
  const blocks = document.proseBlocks;
  for (let i = 1; i < blocks.length; i++) {
    const [previous, block] = [blocks[i - 1]!, blocks[i]!];
    const between = document.text.slice(previous.range[1], block.range[0]);
    if ((between.match(/\n/g) ?? []).length === 1 && !/[.!?…]["”’)\]]*\s*$/.test(previous.text)) continued.add(block);
  }
  return continued;
}

export function checkStarts(check: Check, block: Block, words: readonly Word[], siblings: Siblings | undefined, isAfterCode: boolean, isContinued = false): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (!word.isLowercase) continue;
    const position = positionOf(block.text, word.start);
    if (position.kind === 'block-start') {
      if (block.kind === 'table-row') continue;
      if (block.kind === 'list-item' && siblings && !listItemExpectsCapital(block, siblings)) continue;
      // A paragraph right after a code block that starts in lower case goes on with the sentence the code is part of.
      if (isAfterCode) continue;
    } else if (position.kind !== 'sentence-start' || !position.isSure) {
      continue;
    }
    if (isLowercaseOnPurpose(check, words, index, position) || ARROW.test(block.text.slice(word.end, word.end + 4))) continue;
    const reading = readStart(check, block, word);
    if (reading.kind === 'skip') continue;
    const expected = capitalize(word.text);
    const where = block.kind === 'heading' ? 'a heading' : block.kind === 'list-item' && position.kind === 'block-start' ? 'a list item' : 'a sentence';
    const message = `Unexpected lowercase “${word.text}” at the start of ${where}`;
    if (reading.kind === 'fix' && isContinued && position.kind === 'block-start') report(check, block, word.start, word.end, expected, `${message}, unless it goes on with the line above`, [expected]);
    else if (reading.kind === 'fix') report(check, block, word.start, word.end, expected, `${message}, expected “${expected}”`);
    else report(check, block, word.start, word.end, expected, `${message}${reading.tail}`, reading.readings);
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

/** The paragraphs that come right after a code block. */
export function blocksAfterCode(blocks: readonly Block[]): Set<Block> {
  const after = new Set<Block>();
  for (let i = 1; i < blocks.length; i++) if (blocks[i - 1]!.kind === 'code' && blocks[i]!.kind === 'paragraph') after.add(blocks[i]!);
  return after;
}
