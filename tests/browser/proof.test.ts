/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML proof in a real browser: Debian's Chromium driven by playwright-core. The page loads with no error and
// no request, each finding's mark covers its exact text, the filters hide and show marks, the keyboard reaches
// every mark and shows its message, and a screenshot of the seed article's proof is kept in test-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copydesk, hasShared, SHARED, tempFolder } from '../cli/helpers';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((each): each is string => Boolean(each));
const executablePath = CANDIDATES.find((candidate) => fs.existsSync(candidate));
if (!executablePath) console.warn('Notice: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium); the browser tests of the HTML proof are skipped.');

const ROOT = path.join(import.meta.dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** The seed article when ../shared is here, else the project's own messy fixture. */
const ARTICLE = hasShared ? path.join(SHARED, 'seed', 'article.txt') : path.join(ROOT, 'fixtures', 'messy-article.txt');

interface JsonMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly fatal?: boolean;
}

let browser: Browser;

/** Opens a proof, noting console errors, page errors and every request made. */
async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[]; loadMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  const started = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests, loadMs: performance.now() - started };
}

describe.skipIf(!executablePath)('the HTML proof in Chromium', () => {
  let folder: string;
  let proof: string;
  let source: string;
  let messages: JsonMessage[];
  let ranges: [number, number][];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: ['--no-sandbox'] });
    folder = tempFolder({ 'article.txt': fs.readFileSync(ARTICLE) });
    proof = path.join(folder, 'proof.html');
    expect(copydesk(['--format', 'html', '-o', proof, 'article.txt'], { cwd: folder }).code).toBe(1);
    source = fs.readFileSync(path.join(folder, 'article.txt'), 'utf8');
    const json = JSON.parse(copydesk(['--format', 'json', 'article.txt'], { cwd: folder }).stdout) as { messages: (JsonMessage & { fix?: unknown })[] }[];
    messages = json[0]!.messages;
    // The JSON gives lines and columns; the proof marks offsets. The API gives those.
    const api = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index');
    ranges = (await api.lint([path.join(folder, 'article.txt')], { cwd: folder })).results[0]!.messages.map((message) => [message.range[0], message.range[1]]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error and no request beyond the file itself, and keeps a screenshot', async () => {
    const { page, errors, requests } = await open(proof);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(proof).href]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // With a finding focused, as a reader using the keyboard sees it: the mark and its message.
    await page.evaluate(() => {
      const mark = [...document.querySelectorAll<HTMLElement>('mark[id]')].find((each) => each.closest('.text') && each.getBoundingClientRect().top > 500);
      mark?.focus();
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'seed-proof.png') });
    expect(fs.statSync(path.join(ARTIFACTS, 'seed-proof.png')).size).toBeGreaterThan(10000);
    await page.close();
  });

  it('marks every finding on its exact text, with its rule and message', async () => {
    const { page } = await open(proof);
    const shown = await page.evaluate((count) => {
      const textOf = (element: Element): string => {
        const copy = element.cloneNode(true) as Element;
        for (const inserted of copy.querySelectorAll('ins')) inserted.remove();
        return copy.textContent ?? '';
      };
      return Array.from({ length: count }, (_, index) => {
        const id = `m-0-${index}`;
        const mark = document.getElementById(id);
        if (!mark) return null;
        const pieces = [mark, ...document.querySelectorAll(`mark[data-of="${id}"]`)];
        const tip = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
        return { text: pieces.map(textOf).join(''), rule: mark.dataset.rule, tip: tip?.querySelector('b')?.textContent };
      });
    }, messages.length);
    expect(messages.length).toBeGreaterThan(10);
    messages.forEach((message, index) => {
      if (message.fatal) return;
      const [start, end] = ranges[index]!;
      expect(shown[index], `finding ${index} (${message.ruleId})`).toEqual({ text: source.slice(start, end), rule: message.ruleId, tip: message.message });
    });
    await page.close();
  });

  it('hides the marks and list entries of a rule, and of a severity, when its box is unchecked, and shows them again', async () => {
    const { page } = await open(proof);
    const state = () =>
      page.evaluate(() => ({
        capitalization: [...document.querySelectorAll('mark[data-rule="capitalization"]')].map((mark) => mark.classList.contains('off') && getComputedStyle(mark).backgroundColor === 'rgba(0, 0, 0, 0)'),
        listed: [...document.querySelectorAll('li[data-rule="capitalization"]')].map((item) => (item as HTMLElement).offsetParent !== null),
        others: [...document.querySelectorAll('mark[data-rule]:not([data-rule="capitalization"])')].some((mark) => mark.classList.contains('off')),
        warnings: [...document.querySelectorAll('mark[data-sev="warning"]')].map((mark) => mark.classList.contains('off')),
      }));
    const before = await state();
    expect(before.capitalization.length).toBeGreaterThan(0);
    expect(before.capitalization.every((off) => !off)).toBe(true);
    await page.locator('input[data-filter="rule"][value="capitalization"]').uncheck();
    const hidden = await state();
    expect(hidden.capitalization.every(Boolean)).toBe(true);
    expect(hidden.listed.every((visible) => !visible)).toBe(true);
    expect(hidden.others).toBe(false);
    await page.locator('input[data-filter="rule"][value="capitalization"]').check();
    expect(await state()).toEqual(before);
    await page.locator('input[data-filter="sev"][value="warning"]').uncheck();
    const noWarnings = await state();
    expect(noWarnings.warnings.length).toBeGreaterThan(0);
    expect(noWarnings.warnings.every(Boolean)).toBe(true);
    await page.close();
  });

  it('lets the keyboard reach every mark, showing its message as it gets focus', async () => {
    const { page } = await open(proof);
    const ids = await page.evaluate(() => [...document.querySelectorAll('mark[id]')].map((mark) => mark.id));
    const reached = new Map<string, string | null>();
    const stops = await page.evaluate(() => document.querySelectorAll('input, a[href], [tabindex="0"]').length);
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.matches('mark[id]')) return null;
        const tip = document.getElementById(element.getAttribute('aria-describedby') ?? '');
        return { id: element.id, tip: tip && !tip.hidden && tip.offsetParent !== null ? tip.querySelector('b')!.textContent : null };
      });
      if (focused) reached.set(focused.id, focused.tip);
    }
    expect([...reached.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(reached.get(id), id).toBe(messages[Number(id.split('-')[2])]!.message);
    await page.close();
  });

  it('keeps hostile articles and names inert: nothing runs, nothing is fetched', async () => {
    const hostile = 'It was was late. </textarea></pre><script>window.hacked = 1</script>\n\n<img src="https://example.com/x.png" onerror="window.hacked = 2"> "quoted" and and \'more\'.\n';
    const cwd = tempFolder({ [`"><svg onload=window.hacked=3>.md`]: hostile });
    const file = path.join(cwd, 'proof.html');
    copydesk(['--format', 'html', '-o', file, '.'], { cwd });
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img, svg, article script').length)).toBe(0);
    expect(await page.locator('.text').first().textContent()).toContain('</textarea></pre><script>window.hacked = 1</script>');
    await page.close();
  });

  it('opens a proof of 500 articles, with a summary row and a section for each', async () => {
    const corpus = hasShared ? path.join(SHARED, 'corpus', 'clean') : path.join(ROOT, 'fixtures');
    const articles = fs.readdirSync(corpus).filter((name) => /\.(?:md|txt)$/.test(name)).sort();
    const many = tempFolder();
    for (let i = 0; i < 500; i++) {
      const name = articles[i % articles.length]!;
      fs.writeFileSync(path.join(many, `${String(i).padStart(3, '0')}-${name}`), `Copy ${i}, with a slip: it was was late.\n\n${fs.readFileSync(path.join(corpus, name), 'utf8')}`);
    }
    const file = path.join(many, 'proof.html');
    copydesk(['--format', 'html', '-o', file, '.'], { cwd: many, timeout: 120000 });
    const { page, errors, loadMs } = await open(file);
    expect(errors).toEqual([]);
    const counts = await page.evaluate(() => ({ rows: document.querySelectorAll('tbody tr').length, sections: document.querySelectorAll('section.file').length }));
    expect(counts).toEqual({ rows: 500, sections: 500 });
    console.info(`500-article proof: ${(fs.statSync(file).size / 1048576).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`);
    await page.close();
  }, 180000);

  it('shows only the files with problems when there are many, and the others at a tick', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) files[`clean-${String(i).padStart(2, '0')}.md`] = `Story ${i} ran on time.\n`;
    files['slip.md'] = 'It was was late.\n';
    const many = tempFolder(files);
    const file = path.join(many, 'proof.html');
    copydesk(['--format', 'html', '-o', file, '.'], { cwd: many });
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    const visible = () => page.evaluate(() => ({
      rows: [...document.querySelectorAll('tbody tr')].filter((row) => (row as HTMLElement).offsetParent !== null).length,
      sections: [...document.querySelectorAll('section.file')].filter((section) => (section as HTMLElement).offsetParent !== null).map((section) => section.querySelector('h2')!.textContent),
    }));
    expect(await visible()).toEqual({ rows: 1, sections: ['slip.md'] });
    const box = page.locator('input[data-show="clean"]');
    expect(await box.isChecked()).toBe(false);
    expect(await box.evaluate((input) => input.parentElement!.textContent)).toBe(' files without problems (14)');
    await box.check();
    expect((await visible()).rows).toBe(15);
    await box.uncheck();
    expect((await visible()).sections).toEqual(['slip.md']);
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'proof-filter.png') });
    await page.close();
  });

  it('keeps the original and the fixed text level, line by line, under a dry run', async () => {
    const lines = ['# Council votes', '', 'Share this article', '', 'The council voted on Tuesday to end the rule.', '', 'Sign up for our newsletter', '', 'The mayor said she would sign it.', ''];
    const dry = tempFolder({ 'story.md': lines.join('\n') });
    const file = path.join(dry, 'proof.html');
    copydesk(['lint', '--fix-dry-run', '--format', 'html', '-o', file, 'story.md'], { cwd: dry });
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    const tops = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.pair > .text')];
      const topOf = (text: string, side: number) => cells.filter((_, index) => index % 2 === side).find((cell) => cell.textContent!.startsWith(text))!.getBoundingClientRect().top;
      return ['The council voted', 'The mayor said'].map((text) => [topOf(text, 0), topOf(text, 1)]);
    });
    for (const [left, right] of tops) expect(Math.abs(left! - right!)).toBeLessThan(1);
    expect(await page.locator('.counts').textContent()).toMatch(/^fixes make 2 changes; then 0 errors, 0 warnings, 0 fixable remain$/);
    await page.close();
  });
});
