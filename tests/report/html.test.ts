// Tests the HTML proof as text: escaping of hostile input, marks nested well however findings overlap, the text
// kept whole, and the page's parts (summary, list, filters, comparison). tests/browser checks it in a browser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml } from '../../src/report/html';
import type { LintResult, Message } from '../../src/types';

const OPTIONS = { cwd: '/work', version: '1.2.3' };

function at(text: string, found: string, rest: Omit<Message, 'range'>, from = 0): Message {
  const start = text.indexOf(found, from);
  if (start < 0) throw new Error(`“${found}” not in the text`);
  return { ...rest, range: [start, start + found.length] };
}

/** The article's text as the page shows it: the text column without tags, inserted fix text and tooltips. */
function shownText(html: string): string {
  const column = /<div class="text">([\s\S]*?)<\/div><\/article>/.exec(html)![1]!;
  return decode(column.replace(/<ins[^>]*>[\s\S]*?<\/ins>/g, '').replace(/<[^>]+>/g, ''));
}

function decode(html: string): string {
  return html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** Whether every tag opened is closed in order: the page's elements nest. */
function isWellNested(html: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)(mark|del|ins|span|div|section|article|aside|ol|li|a|code|b|ul|p|h2|h3)\b[^>]*>/g)) {
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('formatHtml', () => {
  it('keeps hostile text inert: script and textarea in an article, quotes and tags in paths and messages', () => {
    const source = 'Before </textarea><script>alert(1)</script> and and "quoted" \'it\' <!-- x --> after.\n';
    const result: LintResult = {
      filePath: `/work/"><img src=x onerror=alert(1)>.md`,
      source,
      messages: [
        at(source, '<script>', { ruleId: 'typo', severity: 2, message: 'Unexpected "</script><script>alert(2)</script>"', fix: { range: [0, 0], text: '</div><script>alert(3)</script>' } }),
        at(source, 'and and', { ruleId: `x"><script>alert(4)</script>`, severity: 1, message: "it's <b>bold</b>" }),
      ],
    };
    const html = formatHtml([result], OPTIONS);
    // The page's own script is the only one, and no element or attribute came from the input.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<\/textarea>|<b>bold|<[^>]*onerror/);
    expect(html).toContain('Before &#60;/textarea&#62;');
    expect(html).toContain('&#60;script&#62;</mark>alert(1)&#60;/script&#62;');
    expect(isWellNested(html.replace(/<script>[\s\S]*<\/script>/, ''))).toBe(true);
    expect(shownText(html)).toBe(source);
  });

  it('marks overlapping and nested findings with well-nested elements, and keeps the text whole', () => {
    const source = '# A title on on top\n\nThe cat sat on on the mat,and slept.\n';
    const messages: Message[] = [
      at(source, 'A title on on top', { ruleId: 'capitalization', severity: 2, message: 'Title' }),
      at(source, ' on', { ruleId: 'repeated-word', severity: 2, message: 'Repeat', fix: { range: [9, 12], text: '' } }, 8),
      // Crosses the heading's end and the next finding.
      { ruleId: 'duplicate-section', severity: 2, message: 'Across', range: [15, 30] },
      at(source, ',a', { ruleId: 'punctuation-spacing', severity: 2, message: 'Space', fix: { range: [48, 48], text: ' ' } }),
    ];
    const html = formatHtml([{ filePath: '/work/a.md', source, messages }], OPTIONS);
    expect(isWellNested(html.replace(/<script>[\s\S]*<\/script>/, ''))).toBe(true);
    expect(shownText(html)).toBe(source);
    // The crossing finding is one mark with an id, continued in pieces that name it.
    expect(html.match(/id="m-0-2"/g)).toHaveLength(1);
    expect(html).toContain('data-of="m-0-2"');
    // Its fix as a proof-reader's mark: the removal struck out, the insertion marked.
    expect(html).toMatch(/<del class="x" data-of="m-0-1"[^>]*> on<\/del>/);
    expect(html).toMatch(/<ins data-of="m-0-3"[^>]*> <\/ins>/);
    expect(html).toContain('<span class="h h1">');
  });

  it('keeps the text whole and the elements nested for any findings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<', '&', '"', 'é', '#') , maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 8 }), (source, ranges) => {
        const messages: Message[] = ranges.map(([a, b, hasFix], index) => {
          const start = Math.min(a, b) % (source.length + 1);
          const end = Math.min(source.length, start + (Math.max(a, b) % 7));
          return { ruleId: `rule-${index % 3}`, severity: index % 2 === 0 ? 2 : 1, message: `m${index}`, range: [start, end], ...(hasFix ? { fix: { range: [start, end] as const, text: 'x' } } : {}) };
        });
        const html = formatHtml([{ filePath: '/work/a.md', source, messages }], OPTIONS);
        expect(isWellNested(html.replace(/<script>[\s\S]*<\/script>/, ''))).toBe(true);
        expect(shownText(html)).toBe(source);
        expect(html.match(/<mark [^>]*id="m-0-/g) ?? []).toHaveLength(messages.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives several files a summary linking to each, filters with counts, and a list that links to each mark', () => {
    const one: LintResult = { filePath: '/work/one.md', source: 'It was was late.\n', messages: [{ ruleId: 'repeated-word', severity: 2, message: 'Repeat', range: [6, 10], fix: { range: [6, 10], text: '' } }] };
    const two: LintResult = { filePath: '/work/sub/two.txt', source: 'Fine, teh end.\n', messages: [{ ruleId: 'typo', severity: 1, message: 'Teh', range: [6, 9], suggestions: [{ message: 'Replace with “the”', fix: { range: [6, 9], text: 'the' } }] }] };
    const html = formatHtml([one, two], OPTIONS);
    expect(html).toContain('<tr><td><a href="#file-0">one.md</a></td><td class="n">1</td><td class="n">0</td><td class="n">1</td></tr>');
    expect(html).toContain('<tr><td><a href="#file-1">sub/two.txt</a></td><td class="n">0</td><td class="n">1</td><td class="n">0</td></tr>');
    expect(html).toMatch(/data-filter="rule" value="repeated-word"> <span class="r0">repeated-word<\/span> \(1\)/);
    expect(html).toMatch(/data-filter="sev" value="warning"> warnings \(1\)/);
    expect(html).toContain('<a href="#m-1-0">1:7</a> <code>typo</code> Teh <span class="sug">Replace with “the”</span>');
    expect(html).toMatch(/<div role="tooltip" class="tip" id="t-1-0" hidden><b>Teh<\/b>/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('shows a fixed file beside its original: what was removed struck out, what was put in marked', () => {
    const source = 'Share this article\n\nIt was was late,and dark.\n';
    const output = 'It was late, and dark.\n';
    const html = formatHtml([{ filePath: '/work/a.md', source, output, messages: [] }], OPTIONS);
    expect(html).toContain('<del class="x d block">Share this article\n\n</del>');
    expect(html).toContain('It was <del class="x d">was </del>late,and dark.');
    // Side by side, row by row: the original's row, then the fixed text's.
    expect(html).toMatch(/Fixed \(\d+ added\), with what remains<\/h3><div class="text"><del[^]*?<\/div><div class="text">It was late,<ins class="d"> <\/ins>and dark\./);
    // The fixes apart from what remains: a file the fixes change is not "0 errors" and nothing else.
    expect(html).toContain('<p class="counts">fixes make 3 changes; then 0 errors, 0 warnings, 0 fixable remain</p>');
    expect(html).toContain('<h1>copydesk proof · fixes change 1 of 1 file; 0 errors, 0 warnings remain</h1>');
  });

  it('lays a dry run out in rows: each line the fixes left alone level with itself, each run of changes a row', () => {
    const source = 'Keep one.\n\nShare this article\n\nKeep two.\n';
    const output = 'Keep one.\n\nKeep two.\n';
    const html = formatHtml([{ filePath: '/work/a.md', source, output, messages: [] }], OPTIONS);
    const pair = /<div class="pair">.*?<\/h3>.*?<\/h3>(.*)<\/div><\/article>/s.exec(html)![1]!;
    const cells = [...pair.matchAll(/<div class="text">(.*?)<\/div>/gs)].map((match) => match[1]);
    expect(cells).toEqual(['Keep one.\n', 'Keep one.\n', '\n', '\n', '<del class="x d block">Share this article\n\n</del>', '', 'Keep two.\n', 'Keep two.\n']);
  });

  it('marks the files with nothing to show, and offers them at a tick that is off when there are many', () => {
    const clean = (index: number) => ({ filePath: `/work/c${index}.md`, source: 'Fine.\n', messages: [] });
    const slip = { filePath: '/work/slip.md', source: 'It was was late.\n', messages: [{ ruleId: 'repeated-word', severity: 2 as const, message: 'm', range: [6, 10] as [number, number] }] };
    const many = formatHtml([slip, ...Array.from({ length: 11 }, (_, index) => clean(index))], OPTIONS);
    expect(many).toContain('<label><input type="checkbox" data-show="clean"> files without problems (11)</label>');
    expect(many.match(/<tr data-clean>/g)).toHaveLength(11);
    expect(many.match(/<section class="file" id="file-\d+" data-clean>/g)).toHaveLength(11);
    const few = formatHtml([slip, clean(0)], OPTIONS);
    expect(few).toContain('<label><input type="checkbox" checked data-show="clean"> files without problems (1)</label>');
    expect(formatHtml([slip], OPTIONS)).not.toContain('files without problems');
  });

  it('says why a file could not be read', () => {
    const html = formatHtml([{ filePath: '/work/photo.md', source: null, messages: [{ ruleId: null, severity: 2, message: 'photo.md looks binary', range: [0, 0], fatal: true }] }], OPTIONS);
    expect(html).toContain('<p class="fatal" role="alert">photo.md looks binary</p>');
  });
});
