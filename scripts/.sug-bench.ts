import { suggestionsFor } from '../rules/spelling';
const words = process.argv.slice(2).join(' ').split(' ');
suggestionsFor('warmupwordx');
const t = performance.now();
for (const w of words) suggestionsFor(w);
console.log(words.length, 'words', (performance.now() - t).toFixed(1), 'ms');
