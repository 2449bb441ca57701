// Writes an article of short, similar news paragraphs, the shape of a long live blog, a results page or a market
// report: every paragraph built from one small vocabulary, so that paragraphs share most of their word triples
// without being copies. Deterministic: the same size always gives the same bytes. Every SLIP_EVERY-th paragraph
// carries one misspelling from SLIPS, so a run over it can be checked for finding and fixing them.
// Used by `npm run bench` and by the size test; run alone: node scripts/similar-paragraphs.mjs <MB> <file>.

/** Misspellings the typo rule corrects, each with its correction. */
export const SLIPS = [
  ['recieved', 'received'],
  ['goverment', 'government'],
  ['untill', 'until'],
  ['tommorow', 'tomorrow'],
  ['beleive', 'believe'],
];
export const SLIP_EVERY = 50;

const PLACES = ['Northgate', 'Riverside', 'Eastfield', 'Westbrook', 'Hillcrest', 'Lakeview', 'Southport', 'Millbrook', 'Oakridge', 'Fairhaven', 'Stonebridge', 'Ashford'];
const GROUPS = ['council', 'union', 'board', 'club', 'committee', 'trust', 'league', 'panel'];
const THINGS = ['budget', 'contract', 'plan', 'report', 'proposal', 'schedule', 'review', 'forecast', 'agreement', 'survey'];
const MOVES = ['rose', 'fell', 'climbed', 'slipped', 'edged up', 'dropped', 'recovered', 'held steady'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'this morning', 'late in the day', 'after the break'];
const VERBS = ['approved', 'rejected', 'delayed', 'published', 'questioned', 'welcomed', 'revised', 'announced'];
const PEOPLE = ['the chair', 'a spokesperson', 'the treasurer', 'one member', 'the director', 'a local trader', 'the head coach', 'an analyst'];
const SAYS = ['said the figures were encouraging', 'said more work was needed', 'declined to comment further', 'expected a decision soon', 'called the result a fair outcome', 'warned against reading too much into it'];

/** A small, fast, seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article, about `bytes` long (ASCII, so characters are bytes), ending with a newline. */
export function similarParagraphs(bytes) {
  const next = random(2026);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = ['# Live updates: the day across the region\n'];
  let size = parts[0].length;
  for (let index = 1; size < bytes; index++) {
    const place = pick(PLACES);
    const figure = (1 + next() * 40).toFixed(1);
    const votes = (200 + Math.floor(next() * 9800)).toLocaleString('en-US');
    const minutes = 20 + Math.floor(next() * 160);
    let paragraph =
      `In ${place}, the ${pick(GROUPS)} ${pick(VERBS)} the ${pick(THINGS)} ${pick(WHEN)}, and turnout ${pick(MOVES)} ${figure} percent to ${votes} votes. ` +
      `After a meeting of ${minutes} minutes, ${pick(PEOPLE)} ${pick(SAYS)}.`;
    if (index % SLIP_EVERY === 0) {
      const [wrong] = SLIPS[(index / SLIP_EVERY) % SLIPS.length];
      paragraph += ` ${slipSentence(wrong, pick(THINGS))}`;
    }
    parts.push(`\n${paragraph}\n`);
    size += paragraph.length + 2;
  }
  return parts.join('');
}

/** A sentence that carries the misspelling in a context where only its correction fits. */
function slipSentence(wrong, thing) {
  switch (wrong) {
    case 'recieved':
      return `The office recieved the ${thing} by post.`;
    case 'goverment':
      return `The goverment will study the ${thing}.`;
    case 'untill':
      return `Nothing changes untill the ${thing} is signed.`;
    case 'tommorow':
      return `A vote on the ${thing} is due tommorow.`;
    default:
      return `Few beleive the ${thing} will pass.`;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [megabytes, file] = process.argv.slice(2);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, similarParagraphs(Number(megabytes) * 1048576));
}
