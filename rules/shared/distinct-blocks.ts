// Evidence an article gives about its words (how often it writes one, in which case) counts each text once: a
// block pasted twice word for word is no second use, and a fix that removes the copy leaves the evidence as it
// was, so the rules judge the fixed article as they judged the article.

/** The blocks whose text no earlier block has, in order. */
export function distinctBlocks<T>(blocks: readonly T[], textOf: (block: T) => string): T[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    const text = textOf(block);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
