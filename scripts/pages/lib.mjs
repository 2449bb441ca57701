// The page set's scorer, in its pure parts: words as a bag, one page's counts, the totals, and the split by site.
//
// A page's words are compared as bags (multisets) of lowercase words, as CleanEval's and the article-extraction
// benchmarks' word-level scores compare them: where a word stands does not count, how often it stands does.

/** The words of a text: runs of letters and digits, lowercased ("Don’t" gives "don" and "t", as "don't" does). */
export function wordsOf(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A bag of the words of a text: each word with how often it occurs. */
export function bagOf(text) {
  const bag = new Map();
  for (const word of wordsOf(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

const size = (bag) => {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
};

/** Of each word, as many as both bags hold. */
export function overlap(a, b) {
  let total = 0;
  for (const [word, count] of a) total += Math.min(count, b.get(word) ?? 0);
  return total;
}

/**
 * One page's counts. `article` is the words of the gold article text that the page text holds (a word the conversion
 * of the whole page lost cannot be kept), `chrome` the rest of the page's words; `keptArticle` how many of the
 * article's words the kept text still holds, `keptChrome` how many words it holds beyond them.
 */
export function scorePage(goldText, pageText, keptText) {
  const page = bagOf(pageText);
  const gold = bagOf(goldText);
  const article = new Map();
  for (const [word, count] of gold) {
    const inPage = Math.min(count, page.get(word) ?? 0);
    if (inPage > 0) article.set(word, inPage);
  }
  const kept = bagOf(keptText);
  const articleWords = size(article);
  const keptArticle = overlap(article, kept);
  return {
    articleWords,
    chromeWords: size(page) - articleWords,
    keptArticle,
    keptChrome: size(kept) - keptArticle,
  };
}

/** Precision, recall and F1 of a kept text against its article, from its counts; an empty page scores 1 on all three. */
export function f1Of(counts) {
  const kept = counts.keptArticle + counts.keptChrome;
  const precision = kept === 0 ? (counts.articleWords === 0 ? 1 : 0) : counts.keptArticle / kept;
  const recall = counts.articleWords === 0 ? 1 : counts.keptArticle / counts.articleWords;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The totals of many pages: article words kept and page chrome removed pooled over the pages' words (a long page
 * weighs more), F1 the mean of the pages' own (each page weighs the same), and the pages that lost any article word.
 */
export function summarize(pages) {
  let articleWords = 0;
  let keptArticle = 0;
  let chromeWords = 0;
  let keptChrome = 0;
  let f1 = 0;
  let pagesLosing = 0;
  for (const page of pages) {
    articleWords += page.articleWords;
    keptArticle += page.keptArticle;
    chromeWords += page.chromeWords;
    keptChrome += Math.min(page.keptChrome, page.chromeWords);
    f1 += f1Of(page).f1;
    if (page.keptArticle < page.articleWords) pagesLosing += 1;
  }
  return {
    pages: pages.length,
    articleKept: articleWords === 0 ? 1 : keptArticle / articleWords,
    chromeRemoved: chromeWords === 0 ? 1 : 1 - keptChrome / chromeWords,
    f1: pages.length === 0 ? 1 : f1 / pages.length,
    pagesLosing,
    articleWords,
    chromeWords,
  };
}

/** FNV-1a, 32 bits, of a string's UTF-16 units: a hash that is the same on every machine and Node.js release. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Splits sites into a tuning half and a test half, whole sites to a half, so that no template is seen in both. Sites
 * are taken in the order of the hash of their id and each goes to the half with fewer pages so far (the tuning half
 * on a tie): the same sites give the same split whatever order they come in, and the halves differ by no more than
 * the largest site's pages.
 */
export function splitSites(pagesBySite) {
  const order = [...pagesBySite.keys()].sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : a > b ? 1 : 0));
  const halves = new Map();
  let tune = 0;
  let test = 0;
  for (const site of order) {
    const pages = pagesBySite.get(site) ?? 0;
    if (tune <= test) {
      halves.set(site, 'tune');
      tune += pages;
    } else {
      halves.set(site, 'test');
      test += pages;
    }
  }
  return halves;
}
