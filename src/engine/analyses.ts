// The document analyses several rules share, worked out once per document: each rule that asks gets the same answer.
import type { Document, DocumentAnalysis, RuleContext, RuleOptions } from '../types';

/**
 * The context the rules see for one document: the run's, with `analyze` answering from this document's own
 * store. Results are kept by analysis and options, so rules that ask with the same options share one result.
 */
export function contextFor(document: Document, context: RuleContext): RuleContext {
  const results = new Map<DocumentAnalysis<unknown>, Map<string, unknown>>();
  const analyze = <T>(analysis: DocumentAnalysis<T>, options: RuleOptions = context.analysisOptions?.[analysis.id] ?? {}): T => {
    let byOptions = results.get(analysis);
    if (!byOptions) results.set(analysis, (byOptions = new Map()));
    const key = JSON.stringify(options);
    if (!byOptions.has(key)) byOptions.set(key, analysis.analyze(document, options, shared));
    return byOptions.get(key) as T;
  };
  const shared: RuleContext = { ...context, analyze };
  return shared;
}

