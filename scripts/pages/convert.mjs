// What the page set does to a saved page: the two conversions a careless scraper makes of the whole page, and the
// article's own HTML, cut out of the page by its site's selectors.
import domino from '@mixmark-io/domino';
import { convert } from 'html-to-text';
import TurndownService from 'turndown';

/** The whole page as plain text, through html-to-text with its defaults (links as `text [url]`, lines wrapped at 80). */
export function pageToText(html) {
  return convert(html);
}

const turndown = new TurndownService();
// Left in, the contents of <script> and <style> would come out as text; a scraper leaves them out, as this does.
turndown.remove(['script', 'style']);

/** The whole page as Markdown, through turndown with its defaults, less scripts and style sheets. */
export function pageToMarkdown(html) {
  return turndown.turndown(html);
}

/**
 * The article's HTML: each element a `keep` selector matches (one inside another counts once), in the page's order,
 * less what a `drop` selector matches inside them. Empty when nothing matches.
 */
export function articleHtml(html, keep, drop = []) {
  const doc = domino.createDocument(html);
  const found = new Set();
  for (const selector of keep) for (const element of Array.from(doc.querySelectorAll(selector))) found.add(element);
  const outermost = [...found].filter((element) => ![...found].some((other) => other !== element && other.contains(element)));
  outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const element of outermost) {
    for (const selector of drop) for (const inner of Array.from(element.querySelectorAll(selector))) inner.remove();
  }
  return outermost.map((element) => element.outerHTML).join('\n');
}
