// Loads the Markdown parser before any test parses Markdown directly, as the API does before it reads a file.
import { loadMarkdownParser } from '../src/parse/markdown';

await loadMarkdownParser();
