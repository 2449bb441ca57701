// The text lint did not report, for the fixer's properties: every stretch between the reported ranges must come
// through fixing in order, but for the white space a block's removal takes at its edges.
import { reportedRanges } from '../../src/engine/reported-ranges';
import type { Message } from '../../src/types';

/** The stretches of `text` outside every range the messages name (finding or fix), white space at their ends trimmed. */
export function unreportedStretches(text: string, messages: readonly Message[]): string[] {
  const stretches: string[] = [];
  let cursor = 0;
  for (const [start, end] of reportedRanges(messages)) {
    stretches.push(text.slice(cursor, start));
    cursor = Math.max(cursor, end);
  }
  stretches.push(text.slice(cursor));
  return stretches.map((stretch) => stretch.trim()).filter((stretch) => stretch.length > 0);
}

/** Whether every stretch appears in the output, in order and apart. */
export function keepsInOrder(output: string, stretches: readonly string[]): boolean {
  let cursor = 0;
  for (const stretch of stretches) {
    const found = output.indexOf(stretch, cursor);
    if (found < 0) return false;
    cursor = found + stretch.length;
  }
  return true;
}
