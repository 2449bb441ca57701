// Formats results as a proof: one self-contained HTML page (inline CSS and script, nothing fetched) with each
// article's text, every finding marked on its span, each fix as a proof-reader's mark, and a list and filters.
// Every piece of text, from the article, a message, a rule id or a path, goes through escapeHtml.
import { diffLines, diffWordsWithSpace } from 'diff';
import { pathBelow } from '../io/paths';
import { formatOf } from '../parse/document';
import type { LintResult, Message } from '../types';
import { countMessages, severityOf } from './json';
import { createLineIndex, positionAt } from './positions';

export interface HtmlOptions {
  /** Paths are shown relative to this folder. */
  readonly cwd: string;
  readonly version: string;
}

/** Text for HTML, in elements and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A range of the text to wrap in an element; pieces of it are reopened when a range it crosses closes first. */
interface Span {
  readonly start: number;
  readonly end: number;
  /** Wider spans open first at the same place; at equal width, lower layers open first. */
  readonly layer: number;
  readonly open: string;
  /** The opening tag of a piece after the first. */
  readonly reopen: string;
  readonly close: string;
}

/** HTML to put at a place in the text: what a fix inserts. */
interface Insert {
  readonly at: number;
  readonly html: string;
}

/**
 * The text as HTML with the spans as elements, well nested: where two spans cross, the one opened later is
 * closed and opened again as a piece. Linear in the text plus the spans times the depth of nesting.
 */
function markUp(text: string, spans: readonly Span[], inserts: readonly Insert[]): string {
  return markUpRows(text, spans, inserts, []).join('');
}

/**
 * The same, cut into rows at `breaks` (sorted offsets; one repeated gives an empty row): every element open at a
 * break is closed before it and opened again as a piece after it, so each row is well-formed HTML of its own.
 */
function markUpRows(text: string, spans: readonly Span[], inserts: readonly Insert[], breaks: readonly number[]): string[] {
  const starts = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  const insertsAt = [...inserts].sort((a, b) => a.at - b.at);
  const places = [...new Set([0, text.length, ...breaks, ...spans.flatMap((span) => [span.start, span.end]), ...inserts.map((insert) => insert.at)])].sort((a, b) => a - b);
  const open: Span[] = [];
  const rows: string[] = [];
  let parts: string[] = [];
  let nextStart = 0;
  let nextInsert = 0;
  let nextBreak = 0;
  for (let i = 0; i < places.length; i++) {
    const at = places[i]!;
    // Close what ends here; what was opened after it and goes on is closed with it and reopened.
    let lowest = open.length;
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= at) lowest = j;
    const reopened: Span[] = [];
    for (let j = open.length - 1; j >= lowest; j--) {
      const span = open[j]!;
      parts.push(span.close);
      if (span.end > at) reopened.unshift(span);
    }
    open.length = lowest;
    for (const span of reopened) {
      parts.push(span.reopen);
      open.push(span);
    }
    // A row ends here: what is still open closes before it and opens again after it.
    while (nextBreak < breaks.length && breaks[nextBreak] === at) {
      nextBreak++;
      rows.push(parts.join('') + open.map((span) => span.close).reverse().join(''));
      parts = open.map((span) => span.reopen);
    }
    while (nextInsert < insertsAt.length && insertsAt[nextInsert]!.at === at) parts.push(insertsAt[nextInsert++]!.html);
    while (nextStart < starts.length && starts[nextStart]!.start === at) {
      const span = starts[nextStart++]!;
      parts.push(span.open);
      // An empty span (a finding at a place, not over text) closes at once.
      if (span.end === at) parts.push(span.close);
      else open.push(span);
    }
    const next = places[i + 1];
    if (next !== undefined) parts.push(escapeHtml(text.slice(at, next)));
  }
  for (let j = open.length - 1; j >= 0; j--) parts.push(open[j]!.close);
  rows.push(parts.join(''));
  return rows;
}

/** Headings (ATX `#` lines) of a Markdown source, as spans over their lines, so they read as headings. */
function headingSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/^(#{1,6})[ \t]+[^\n]*$/gm)) {
    const level = match[1]!.length;
    spans.push({ start: match.index, end: match.index + match[0].length, layer: 0, open: `<span class="h h${level}">`, reopen: `<span class="h h${level}">`, close: '</span>' });
  }
  return spans;
}

/** Whether a fix takes out whole lines (a block of boilerplate, a duplicated section). */
function isBlockRemoval(text: string, start: number, end: number, replacement: string): boolean {
  return replacement === '' && (start === 0 || text[start - 1] === '\n') && text.slice(start, end).includes('\n');
}

interface Context {
  readonly fileIndex: number;
  readonly ruleClass: (ruleId: string | null) => string;
}

/** A failure to check the file (unreadable, a rule that threw): a banner, not a mark on the text. */
function isAboutTheFile(message: Message): boolean {
  return message.fatal === true && message.range[1] === 0;
}

function severityName(message: Message): 'error' | 'warning' {
  return severityOf(message) === 2 ? 'error' : 'warning';
}

/** The spans and inserts for the findings in `text`: a mark each, and its fix as struck-out and inserted text. */
function findingMarks(text: string, messages: readonly Message[], context: Context): { spans: Span[]; inserts: Insert[] } {
  const spans: Span[] = [];
  const inserts: Insert[] = [];
  messages.forEach((message, index) => {
    if (isAboutTheFile(message)) return;
    const id = `m-${context.fileIndex}-${index}`;
    const filterBy = `data-rule="${escapeHtml(message.ruleId ?? '')}" data-sev="${severityName(message)}"`;
    const attributes = `class="f ${context.ruleClass(message.ruleId)} ${severityName(message)}" ${filterBy}`;
    spans.push({
      start: message.range[0],
      end: message.range[1],
      layer: 1,
      open: `<mark ${attributes} id="${id}" tabindex="0" aria-describedby="t-${context.fileIndex}-${index}">`,
      reopen: `<mark ${attributes} data-of="${id}">`,
      close: '</mark>',
    });
    const fix = message.fix;
    if (!fix) return;
    if (fix.range[1] > fix.range[0]) {
      const block = isBlockRemoval(text, fix.range[0], fix.range[1], fix.text) ? ' block' : '';
      const tag = `<del class="x${block}" data-of="${id}" ${filterBy}>`;
      spans.push({ start: fix.range[0], end: fix.range[1], layer: 2, open: tag, reopen: tag, close: '</del>' });
    }
    if (fix.text !== '') inserts.push({ at: fix.range[1], html: `<ins data-of="${id}" ${filterBy}>${escapeHtml(fix.text)}</ins>` });
  });
  return { spans, inserts };
}

/** The tooltip of each finding: its message, rule and what the fix or the suggestions would do. */
function tooltips(messages: readonly Message[], fileIndex: number): string {
  return messages
    .map((message, index) => {
      if (isAboutTheFile(message)) return '';
      const changes = [
        ...(message.fix ? [`Fix: ${message.fix.text === '' ? 'remove this' : `“${message.fix.text}”`}`] : []),
        ...(message.suggestions ?? []).map((suggestion) => suggestion.message),
      ];
      return (
        `<div role="tooltip" class="tip" id="t-${fileIndex}-${index}" hidden><b>${escapeHtml(message.message)}</b>` +
        `<span class="rid">${escapeHtml(message.ruleId ?? 'copydesk')} · ${severityName(message)}</span>` +
        (changes.length > 0 ? `<ul>${changes.map((change) => `<li>${escapeHtml(change)}</li>`).join('')}</ul>` : '') +
        '</div>'
      );
    })
    .join('');
}

/** The list beside the text: each finding's place and message, linking to its mark. */
function findingList(text: string, messages: readonly Message[], context: Context): string {
  const index = createLineIndex(text);
  const items = messages.map((message, i) => {
    const { line, column } = positionAt(index, message.range[0]);
    const place = isAboutTheFile(message) ? 'file' : `<a href="#m-${context.fileIndex}-${i}">${line}:${column}</a>`;
    const suggestion = message.suggestions?.length ? ` <span class="sug">${escapeHtml(message.suggestions.map((each) => each.message).join('; '))}</span>` : '';
    return `<li class="${context.ruleClass(message.ruleId)} ${severityName(message)}" data-rule="${escapeHtml(message.ruleId ?? '')}" data-sev="${severityName(message)}">${place} <code>${escapeHtml(message.ruleId ?? 'copydesk')}</code> ${escapeHtml(message.message)}${suggestion}</li>`;
  });
  return items.length > 0 ? `<ol class="list">${items.join('')}</ol>` : '<p class="none">No findings.</p>';
}

/**
 * What the fixes changed: the original as HTML with what they removed struck through, in rows, and the ranges of
 * the fixed text they put in. Lines first, so a removed block stays one block, then words within changed lines.
 * Each line the fixes left alone is a row of its own and each run of changes one row, starting in the fixed text
 * at `breaks`, so that the original and the fixed text can be laid side by side row by row, level however much
 * one side lost.
 */
function comparison(source: string, output: string): { beforeRows: string[]; breaks: number[]; added: [number, number][]; removed: number; inserted: number; changes: number } {
  const rows: string[] = [];
  const breaks: number[] = [];
  let parts: string[] = [];
  const added: [number, number][] = [];
  let removed = 0;
  let inserted = 0;
  let changes = 0;
  let at = 0;
  let isChanging = false;
  const endRow = (): void => {
    if (rows.length === 0 && parts.length === 0) return;
    rows.push(parts.join(''));
    breaks.push(at);
    parts = [];
  };
  const lines = diffLines(source, output);
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i]!;
    if (!change.added && !change.removed) {
      for (const line of change.value.split(/(?<=\n)/)) {
        endRow();
        parts.push(escapeHtml(line));
        at += line.length;
      }
      isChanging = false;
      continue;
    }
    if (!isChanging) endRow();
    isChanging = true;
    const next = lines[i + 1];
    // A changed line: its old and new forms side by side, compared word by word.
    const pieces = change.removed && next?.added ? (i++, diffWordsWithSpace(change.value, next.value)) : [change];
    let previous: { removed?: boolean } | undefined;
    for (const piece of pieces) {
      // A change is a stretch taken out, put in, or taken out and put in its place.
      if ((piece.added && !previous?.removed) || piece.removed) changes++;
      previous = piece;
      if (piece.added) {
        inserted++;
        added.push([at, at + piece.value.length]);
        at += piece.value.length;
      } else if (piece.removed) {
        removed++;
        // Whole lines out (a block of boilerplate, a repeated section): shaded as a block.
        const isBlock = piece.value.endsWith('\n') && (parts.length === 0 || /\n(?:<\/del>)?$/.test(parts.at(-1)!));
        parts.push(`<del class="x d${isBlock ? ' block' : ''}">${escapeHtml(piece.value)}</del>`);
      } else {
        parts.push(escapeHtml(piece.value));
        at += piece.value.length;
      }
    }
  }
  rows.push(parts.join(''));
  return { beforeRows: rows, breaks, added, removed, inserted, changes };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A file with nothing to show: no finding, and no fix changed it. */
function isClean(result: LintResult): boolean {
  return result.messages.length === 0 && (result.output === undefined || result.output === result.source);
}

function fileSection(result: LintResult, fileIndex: number, name: string, ruleClass: Context['ruleClass']): string {
  const counts = countMessages(result.messages);
  const context: Context = { fileIndex, ruleClass };
  const isFixed = result.source !== null && result.output !== undefined && result.output !== result.source;
  const compared = isFixed ? comparison(result.source!, result.output!) : undefined;
  const remaining = `${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')}, ${counts.fixableErrorCount + counts.fixableWarningCount} fixable`;
  // Under a dry run the findings are what remains once the fixes are made: said apart from the fixes, so that a
  // file the fixes change a great deal does not read as clean.
  const counted = compared ? `fixes make ${plural(compared.changes, 'change')}; then ${remaining} remain` : remaining;
  const heading = `<h2>${escapeHtml(name)}</h2><p class="counts">${counted}</p>`;
  const fatal = result.messages.filter(isAboutTheFile);
  const banner = fatal.map((message) => `<p class="fatal" role="alert">${escapeHtml(message.message)}</p>`).join('');
  if (result.source === null) return `<section class="file" id="file-${fileIndex}">${heading}${banner}</section>`;
  const text = result.output ?? result.source;
  const isMarkdown = formatOf(result.filePath) === 'markdown';
  const { spans, inserts } = findingMarks(text, result.messages, context);
  const headings = isMarkdown ? headingSpans(text) : [];
  let body: string;
  if (compared) {
    const { beforeRows, breaks, added, removed, inserted } = compared;
    const additions = added.map(([start, end]): Span => ({ start, end, layer: 3, open: '<ins class="d">', reopen: '<ins class="d">', close: '</ins>' }));
    const afterRows = markUpRows(text, [...headings, ...spans, ...additions], inserts, breaks);
    const rows = beforeRows.map((before, index) => `<div class="text">${before}</div><div class="text">${afterRows[index] ?? ''}</div>`).join('');
    body = `<div class="pair"><h3>Original (${removed} removed)</h3><h3>Fixed (${inserted} added), with what remains</h3>${rows}</div>`;
  } else body = `<div class="text">${markUp(text, [...headings, ...spans], inserts)}</div>`;
  return `<section class="file" id="file-${fileIndex}"${isClean(result) ? ' data-clean' : ''}>${heading}${banner}<div class="layout"><article>${body}</article><aside>${findingList(text, result.messages, context)}</aside></div><div class="tips">${tooltips(result.messages, fileIndex)}</div></section>`;
}

/** Rule colours: ten hues, light enough behind text in both themes; rules past ten share them in turn. */
const PALETTE = ['#ffd54f', '#81d4fa', '#ef9a9a', '#a5d6a7', '#ce93d8', '#ffab91', '#80cbc4', '#b0bec5', '#e6ee9c', '#f48fb1'];

const STYLE = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem}
header h1{font-size:1.1rem;margin:0 0 .3rem}
.filters{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
.filters label{white-space:nowrap}
main{padding:1rem;max-width:90rem;margin:0 auto}
table{border-collapse:collapse;margin:0 0 1.5rem;background:#fff}
th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:left}
td.n{text-align:right}
[data-clean][hidden]{display:none}
.file{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem 1rem;margin:0 0 1.5rem}
.file h2{font-size:1.05rem;margin:.4rem 0 0;overflow-wrap:anywhere}
.counts{margin:0 0 .5rem;color:var(--muted);font-size:.9rem}
.fatal{background:#fdecea;border-left:4px solid #c62828;padding:.4rem .6rem}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,1fr);gap:1rem}
@media (max-width:50rem){.layout{grid-template-columns:1fr}}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem;align-items:start}
.pair h3{font-size:.9rem;color:var(--muted);margin:.2rem 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:46rem}
.h{font-weight:700}.h1{font-size:1.5em}.h2{font-size:1.3em}.h3{font-size:1.15em}
mark.f{background:var(--c);color:inherit;border-radius:2px;cursor:help;outline-offset:1px}
mark.f.warning{background:none;border-bottom:3px solid var(--c)}
mark.f:empty::after{content:"\\2038";color:#c62828;font-weight:700}
mark.f:focus{outline:2px solid #1a73e8}
mark.f.off{background:none;border:0;cursor:auto}
del.x{text-decoration:line-through;text-decoration-color:#c62828;text-decoration-thickness:2px}
del.x.block{display:inline;background:repeating-linear-gradient(135deg,#fdecea 0 6px,#fff 6px 12px)}
ins{text-decoration:none;background:#c8e6c9;border-bottom:2px solid #2e7d32}
del.x.off{text-decoration:none;background:none}
ins.off{display:none}
.list{margin:0;padding-left:1.2rem;font-size:.9rem}
.list li{margin:0 0 .35rem;border-left:4px solid var(--c);padding-left:.4rem}
.list li[hidden]{display:none}
.list code{font-size:.85em;color:var(--muted)}
.sug{color:#2e7d32}
.tip{position:absolute;z-index:3;max-width:26rem;background:#202124;color:#fff;padding:.45rem .6rem;border-radius:4px;font-size:.9rem;box-shadow:0 2px 8px #0004}
.tip .rid{display:block;color:#c0c0c0;font-size:.85em}
.tip ul{margin:.3rem 0 0;padding-left:1.1rem}
.none{color:var(--muted)}
`;

const SCRIPT = `
(() => {
  let shown;
  const owner = (element) => (element.dataset.of ? document.getElementById(element.dataset.of) : element);
  const hide = () => { if (shown) shown.hidden = true; shown = undefined; };
  const show = (piece) => {
    const mark = owner(piece);
    if (!mark || mark.classList.contains('off')) return;
    const tip = document.getElementById(mark.getAttribute('aria-describedby'));
    if (!tip || tip === shown) return;
    hide();
    const box = piece.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(4, Math.min(box.left + scrollX, document.documentElement.clientWidth - tip.offsetWidth - 4)) + 'px';
    tip.style.top = box.bottom + scrollY + 4 + 'px';
    shown = tip;
  };
  const markOf = (target) => (target instanceof Element ? target.closest('mark.f') : null);
  document.addEventListener('focusin', (event) => { const mark = markOf(event.target); if (mark) show(mark); else hide(); });
  document.addEventListener('mouseover', (event) => { const mark = markOf(event.target); if (mark) show(mark); });
  document.addEventListener('mouseout', (event) => { if (markOf(event.target) && !markOf(event.relatedTarget) && !(document.activeElement && markOf(document.activeElement))) hide(); });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('.list a[href^="#m-"]') : null;
    const mark = link && document.getElementById(link.getAttribute('href').slice(1));
    if (mark) { event.preventDefault(); mark.scrollIntoView({ block: 'center' }); mark.focus(); }
  });
  const boxes = [...document.querySelectorAll('input[data-filter]')];
  const apply = () => {
    const off = new Set(boxes.filter((box) => !box.checked).map((box) => box.dataset.filter + ':' + box.value));
    for (const element of document.querySelectorAll('[data-rule]')) {
      const isOff = off.has('rule:' + element.dataset.rule) || off.has('sev:' + element.dataset.sev);
      element.classList.toggle('off', isOff);
      if (element.tagName === 'LI') element.hidden = isOff;
      else if (element.id) element.tabIndex = isOff ? -1 : 0;
    }
    hide();
  };
  for (const box of boxes) box.addEventListener('change', apply);
  const clean = document.querySelector('input[data-show="clean"]');
  const showClean = () => { for (const element of document.querySelectorAll('[data-clean]')) element.hidden = !clean.checked; };
  if (clean) { clean.addEventListener('change', showClean); showClean(); }
})();
`;

/** What the page is about: the findings, and under a dry run the fixes apart from what remains after them. */
function headline(results: readonly LintResult[], totals: { errorCount: number; warningCount: number }): string {
  const found = `${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')}`;
  const fixed = results.filter((result) => result.source !== null && result.output !== undefined && result.output !== result.source).length;
  if (fixed === 0) return `${found} in ${plural(results.length, 'file')}`;
  return `fixes change ${fixed} of ${plural(results.length, 'file')}; ${found} remain`;
}

/** Files with no finding and no fix shown with the rest: a box, unticked when there are many of them. */
const SHOW_CLEAN_UP_TO = 10;

function cleanFilter(results: readonly LintResult[]): string {
  const clean = results.filter(isClean).length;
  if (results.length < 2 || clean === 0) return '';
  const checked = results.length <= SHOW_CLEAN_UP_TO ? ' checked' : '';
  return `<label><input type="checkbox"${checked} data-show="clean"> files without problems (${clean})</label>`;
}

/** The whole page for a run's results. */
export function formatHtml(results: readonly LintResult[], options: HtmlOptions): string {
  const ruleIds = [...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId ?? '')))].sort();
  const classOf = new Map(ruleIds.map((id, index) => [id, `r${index}`]));
  const ruleClass = (ruleId: string | null): string => classOf.get(ruleId ?? '') ?? 'r0';
  const names = results.map((result) => pathBelow(options.cwd, result.filePath) ?? result.filePath);
  const totals = countMessages(results.flatMap((result) => result.messages));
  const perRule = new Map<string, number>();
  for (const result of results) for (const message of result.messages) perRule.set(message.ruleId ?? '', (perRule.get(message.ruleId ?? '') ?? 0) + 1);
  const colours = ruleIds.map((id, index) => `.r${index}{--c:${PALETTE[index % PALETTE.length]}}`).join('');
  const filters =
    ruleIds.map((id) => `<label><input type="checkbox" checked data-filter="rule" value="${escapeHtml(id)}"> <span class="${classOf.get(id)}">${escapeHtml(id || 'copydesk')}</span> (${perRule.get(id)})</label>`).join('') +
    `<label><input type="checkbox" checked data-filter="sev" value="error"> errors (${totals.errorCount})</label>` +
    `<label><input type="checkbox" checked data-filter="sev" value="warning"> warnings (${totals.warningCount})</label>`;
  const summary =
    results.length > 1
      ? `<table><caption>${plural(results.length, 'file')}</caption><thead><tr><th scope="col">file</th><th scope="col">errors</th><th scope="col">warnings</th><th scope="col">fixable</th></tr></thead><tbody>${results
          .map((result, index) => {
            const counts = countMessages(result.messages);
            return `<tr${isClean(result) ? ' data-clean' : ''}><td><a href="#file-${index}">${escapeHtml(names[index]!)}</a></td><td class="n">${counts.errorCount}</td><td class="n">${counts.warningCount}</td><td class="n">${counts.fixableErrorCount + counts.fixableWarningCount}</td></tr>`;
          })
          .join('')}</tbody></table>`
      : '';
  const sections = results.map((result, index) => fileSection(result, index, names[index]!, ruleClass)).join('');
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    // Nothing may be fetched: styles and script are inline, and nothing else is allowed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>copydesk proof: ${results.length === 1 ? escapeHtml(names[0]!) : `${results.length} files`}</title>` +
    `<style>${STYLE}${colours}</style></head><body>` +
    `<header><h1>copydesk proof · ${escapeHtml(headline(results, totals))}</h1>` +
    `<div class="filters" role="group" aria-label="Show findings">${filters}${cleanFilter(results)}</div></header>` +
    `<main>${summary}${sections}</main>` +
    `<footer><p class="none" style="padding:0 1rem">copydesk ${escapeHtml(options.version)}</p></footer>` +
    `<script>${SCRIPT}</script></body></html>\n`
  );
}
