// Shows what `--fix-dry-run` would change: a unified diff of each file, with the words that change marked within the
// changed lines (a fix to one word of a 400-character paragraph is otherwise hard to find). With colour, removed lines
// are red and added ones green, and the changed words are in reverse video; without, they are marked as git's
// --word-diff marks them: [-removed-] and {+added+}.
import { Chalk, type ChalkInstance } from 'chalk';
import { diffWordsWithSpace, structuredPatch, type StructuredPatchHunk } from 'diff';

export interface FixDiffOptions {
  readonly color: boolean;
}

/** A file's text before and after its fixes, under the name the diff gives it. */
export interface FixedFile {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

/** A piece of a changed line, and whether the fixes changed it. */
interface Segment {
  readonly text: string;
  readonly changed: boolean;
}

/** Past this many characters in a run of changed lines, the lines are shown without marks: the word diff would be slow. */
const MAX_MARKED_RUN = 20_000;

/** The unified diff (three lines of context) of each file the fixes change; empty when they change none. */
export function formatFixDiff(files: readonly FixedFile[], options: FixDiffOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let output = '';
  for (const file of files) {
    if (file.before === file.after) continue;
    const patch = structuredPatch(file.name, file.name, file.before, file.after, undefined, undefined, { context: 3 });
    if (patch.hunks.length === 0) continue;
    output += `${chalk.bold(`--- ${shown(file.name)}`)}\n${chalk.bold(`+++ ${shown(file.name)}`)}\n`;
    for (const hunk of patch.hunks) output += formatHunk(hunk, chalk);
  }
  return output;
}

function formatHunk(hunk: StructuredPatchHunk, chalk: ChalkInstance): string {
  let output = `${chalk.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`)}\n`;
  const { lines } = hunk;
  for (let i = 0; i < lines.length; ) {
    if (!isChange(lines[i]!)) {
      output += `${lines[i]!.startsWith('\\') ? chalk.dim(lines[i]!) : shown(lines[i]!)}\n`;
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && (isChange(lines[end]!) || lines[end]!.startsWith('\\'))) end++;
    output += formatRun(lines.slice(i, end), chalk);
    i = end;
  }
  return output;
}

const isChange = (line: string): boolean => line.startsWith('-') || line.startsWith('+');

/** A run of removed and added lines (and their "\ No newline at end of file"), each with its changed words marked. */
function formatRun(run: readonly string[], chalk: ChalkInstance): string {
  const removed = run.filter((line) => line.startsWith('-')).map((line) => line.slice(1));
  const added = run.filter((line) => line.startsWith('+')).map((line) => line.slice(1));
  const [oldMarks, newMarks] = markChanges(removed, added);
  let output = '';
  let oldLine = 0;
  let newLine = 0;
  for (const line of run) {
    if (line.startsWith('-')) output += formatLine('-', removed[oldLine]!, oldMarks?.[oldLine++], chalk);
    else if (line.startsWith('+')) output += formatLine('+', added[newLine]!, newMarks?.[newLine++], chalk);
    else output += `${chalk.dim(line)}\n`;
  }
  return output;
}

/**
 * The changed words of each removed and each added line, by a word diff of the run's old lines against its new
 * ones; none when the run only removes or only adds lines, or is too long to compare quickly.
 */
function markChanges(removed: readonly string[], added: readonly string[]): [Segment[][], Segment[][]] | [] {
  const before = removed.join('\n');
  const after = added.join('\n');
  if (removed.length === 0 || added.length === 0 || before.length + after.length > MAX_MARKED_RUN) return [];
  const oldLines: Segment[][] = [[]];
  const newLines: Segment[][] = [[]];
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added) addSegments(oldLines, part.value, part.removed);
    if (!part.removed) addSegments(newLines, part.value, part.added);
  }
  return [oldLines, newLines];
}

/** Adds a part of the diff to the lines it falls on (a line break in it starts the next line), joined to a like segment. */
function addSegments(lines: Segment[][], text: string, changed: boolean): void {
  const pieces = text.split('\n');
  pieces.forEach((piece, i) => {
    if (i > 0) lines.push([]);
    if (piece === '') return;
    const line = lines.at(-1)!;
    const last = line.at(-1);
    if (last?.changed === changed) line[line.length - 1] = { text: last.text + piece, changed };
    else line.push({ text: piece, changed });
  });
}

/** A removed or added line: a line changed in part has its changed words marked, a line changed whole has none. */
function formatLine(sign: '-' | '+', text: string, segments: readonly Segment[] | undefined, chalk: ChalkInstance): string {
  const colour = sign === '-' ? chalk.red : chalk.green;
  const inPart = segments !== undefined && segments.some((segment) => segment.changed) && segments.some((segment) => !segment.changed);
  if (!inPart) return `${colour(sign + shown(text))}\n`;
  const [open, close] = sign === '-' ? ['[-', '-]'] : ['{+', '+}'];
  const marked = segments.map((segment) => {
    if (!segment.changed) return colour(shown(segment.text));
    return chalk.level > 0 ? colour.inverse(shown(segment.text)) : `${open}${shown(segment.text)}${close}`;
  });
  return `${colour(sign)}${marked.join('')}\n`;
}

/** A line as the terminal may print it: control characters but tabs as their pictures (ESC as ␛), a final CR kept. */
function shown(line: string): string {
  const cr = line.endsWith('\r') ? '\r' : '';
  const body = cr ? line.slice(0, -1) : line;
  return body.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (character) => String.fromCharCode(character === '\u007f' ? 0x2421 : 0x2400 + character.charCodeAt(0))) + cr;
}
