// Types for scripts/pages/lib.mjs, which the page-set scripts run as plain JavaScript and the tests import.
export type Half = 'tune' | 'test';
export type Bag = Map<string, number>;
/** One page's word counts: the article's words in the page, the rest of the page, and what the kept text holds of each. */
export interface PageCounts { readonly articleWords: number; readonly chromeWords: number; readonly keptArticle: number; readonly keptChrome: number }
export interface Summary {
  readonly pages: number;
  readonly articleKept: number;
  readonly chromeRemoved: number;
  readonly f1: number;
  readonly pagesLosing: number;
  readonly articleWords: number;
  readonly chromeWords: number;
}

export function wordsOf(text: string): string[];
export function bagOf(text: string): Bag;
export function overlap(a: Bag, b: Bag): number;
export function scorePage(goldText: string, pageText: string, keptText: string): PageCounts;
export function f1Of(counts: PageCounts): { precision: number; recall: number; f1: number };
export function summarize(pages: readonly PageCounts[]): Summary;
export function fnv1a(text: string): number;
export function splitSites(pagesBySite: ReadonlyMap<string, number>): Map<string, Half>;
