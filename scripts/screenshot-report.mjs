// Takes the screenshot of the terminal report in the README (docs/terminal-report.png): runs the built CLI in colour
// on fixtures/messy-article.txt at a terminal's width, turns its ANSI colour codes into an HTML page, and has Debian's
// Chromium take a picture of the page. Run `npm run build` first; `node scripts/screenshot-report.mjs [out.png]`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';

const ROOT = path.join(import.meta.dirname, '..');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'terminal-report.png'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLUMNS = 110;
const FONT_PX = 14;
const LINE_PX = 18;
const CHAR_PX = 8.43; // DejaVu Sans Mono at 14 px
const PADDING_PX = 16;

/** The colours of a dark terminal, by SGR foreground code. */
const COLOURS = { 31: '#ff6b68', 32: '#78d06f', 33: '#e5c07b', 36: '#56b6c2' };

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The style of the text after a run of SGR codes, from the style before it. */
function applyCodes(style, codes) {
  const next = { ...style };
  for (const code of codes.length === 0 ? [0] : codes) {
    if (code === 0) Object.assign(next, { fg: undefined, bold: false, dim: false, underline: false, inverse: false });
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 22) Object.assign(next, { bold: false, dim: false });
    else if (code === 4) next.underline = true;
    else if (code === 24) next.underline = false;
    else if (code === 7) next.inverse = true;
    else if (code === 27) next.inverse = false;
    else if (code === 39) next.fg = undefined;
    else if (COLOURS[code]) next.fg = COLOURS[code];
  }
  return next;
}

function css(style) {
  const fg = style.fg ?? '#d4d4d4';
  const rules = style.inverse ? [`color:#1e1e1e`, `background:${fg}`] : style.fg ? [`color:${fg}`] : [];
  if (style.bold) rules.push('font-weight:bold');
  if (style.dim) rules.push('opacity:0.6');
  if (style.underline) rules.push('text-decoration:underline');
  return rules.join(';');
}

/** The text with its SGR codes turned into spans, each run of one style in one span. */
export function ansiToHtml(text) {
  let html = '';
  let style = {};
  let at = 0;
  const emit = (piece) => {
    if (piece === '') return;
    const rules = css(style);
    html += rules === '' ? escapeHtml(piece) : `<span style="${rules}">${escapeHtml(piece)}</span>`;
  };
  for (const match of text.matchAll(/\u001b\[([\d;]*)m/g)) {
    emit(text.slice(at, match.index));
    style = applyCodes(style, match[1] === '' ? [] : match[1].split(';').map(Number));
    at = match.index + match[0].length;
  }
  emit(text.slice(at));
  return html;
}

/** The report as the CLI prints it in colour, linting the fixture under a plain folder name, as a writer's would be. */
function runReport() {
  const folder = path.join(os.tmpdir(), 'newsroom');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
  fs.copyFileSync(path.join(ROOT, 'fixtures', 'messy-article.txt'), path.join(folder, 'messy-article.txt'));
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'copydesk.js'), 'messy-article.txt'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '', COLUMNS: String(COLUMNS) },
  });
  fs.rmSync(folder, { recursive: true, force: true });
  if (run.status !== 1) throw new Error(`copydesk exited with ${run.status}: ${run.stderr}`);
  return `$ copydesk messy-article.txt\n${run.stdout}`;
}

function page(report) {
  return `<!doctype html><meta charset="utf-8"><style>
  html, body { margin: 0; background: #1e1e1e; }
  pre { margin: 0; padding: ${PADDING_PX}px; width: calc(${COLUMNS}ch + 1px); color: #d4d4d4; font: ${FONT_PX}px/${LINE_PX}px 'DejaVu Sans Mono', monospace;
        white-space: pre-wrap; word-break: break-all; }
</style><pre>${ansiToHtml(report)}</pre>`;
}

const report = runReport();
// A line longer than the terminal wraps at its last column, as it would on screen (the page breaks it there too).
const rows = report
  .replace(/\n$/, '')
  .split('\n')
  .reduce((sum, line) => sum + Math.max(1, Math.ceil(stringWidth(line) / COLUMNS)), 0);
const html = path.join(os.tmpdir(), 'copydesk-terminal-report.html');
fs.writeFileSync(html, page(report));
const width = Math.ceil(COLUMNS * CHAR_PX + 2 * PADDING_PX) + 2;
const height = rows * LINE_PX + 2 * PADDING_PX;
const shot = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--hide-scrollbars', '--force-device-scale-factor=1', `--screenshot=${OUT}`, `--window-size=${width},${height}`, `file://${html}`], { encoding: 'utf8' });
fs.rmSync(html);
if (shot.status !== 0 || !fs.existsSync(OUT)) throw new Error(`chromium failed: ${shot.stderr}`);
console.log(`${path.relative(process.cwd(), OUT)}: ${width}×${height}, ${rows} rows`);
