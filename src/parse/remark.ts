// The Markdown parser proper (unified, remark-parse, remark-gfm): loaded only when an article needs it.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

export function parseMarkdownTree(source: string): Root {
  processor ??= createProcessor();
  return processor.parse(source) as Root;
}
