// Tests the --fix-dry-run diff: unified hunks, the changed words marked within changed lines, colour only when asked.
import { describe, expect, it } from 'vitest';
import { formatFixDiff } from '../../src/report/diff';

const BEFORE = 'Title\n\nTalks proved unsuccessful,with both sides firm. He said the the plan failed.\n\nShare this article\n';
const AFTER = 'Title\n\nTalks proved unsuccessful, with both sides firm. He said the plan failed.\n\n';
const FILE = { name: '../drafts/story.md', before: BEFORE, after: AFTER };

describe('formatFixDiff', () => {
  it('marks the changed words within a changed line as git’s --word-diff does, and a line removed whole not at all', () => {
    expect(formatFixDiff([FILE], { color: false })).toBe(
      [
        '--- ../drafts/story.md',
        '+++ ../drafts/story.md',
        '@@ -1,5 +1,4 @@',
        ' Title',
        ' ',
        '-Talks proved unsuccessful,with both sides firm. He said the [-the -]plan failed.',
        '+Talks proved unsuccessful,{+ +}with both sides firm. He said the plan failed.',
        ' ',
        '-Share this article',
        '',
      ].join('\n'),
    );
  });

  it('colours removed lines red and added ones green, the changed words in reverse video', () => {
    const coloured = formatFixDiff([FILE], { color: true });
    expect(coloured).toContain('\u001b[1m--- ../drafts/story.md\u001b[22m\n\u001b[1m+++ ../drafts/story.md\u001b[22m\n\u001b[36m@@ -1,5 +1,4 @@\u001b[39m\n');
    expect(coloured).toContain('\u001b[31m-\u001b[39m\u001b[31mTalks proved unsuccessful,with both sides firm. He said the \u001b[39m\u001b[31m\u001b[7mthe \u001b[27m\u001b[39m\u001b[31mplan failed.\u001b[39m\n');
    expect(coloured).toContain('\u001b[32m+\u001b[39m\u001b[32mTalks proved unsuccessful,\u001b[39m\u001b[32m\u001b[7m \u001b[27m\u001b[39m\u001b[32mwith both sides firm. He said the plan failed.\u001b[39m\n');
    expect(coloured).toContain('\u001b[31m-Share this article\u001b[39m\n');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(
      formatFixDiff([FILE], { color: false }).replace('[-the -]', 'the ').replace('{+ +}', ' '),
    );
  });

  it('marks each line of a run that changes several, and shows control characters as their pictures', () => {
    const before = 'one teh two\nthree wiht \u001b[2J four\n';
    const after = 'one the two\nthree with \u001b[2J four\n';
    expect(formatFixDiff([{ name: 'a.md', before, after }], { color: false }).split('\n').slice(3)).toEqual([
      '-one [-teh-] two',
      '-three [-wiht-] ␛[2J four',
      '+one {+the+} two',
      '+three {+with+} ␛[2J four',
      '',
    ]);
  });

  it('prints nothing for files the fixes leave as they were', () => {
    expect(formatFixDiff([{ name: 'a.md', before: 'Same.\n', after: 'Same.\n' }], { color: true })).toBe('');
  });
});
