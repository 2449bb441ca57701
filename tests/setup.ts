// Loads the parsers before any test parses an article directly, as the API does before it reads a file.
import { loadParsers } from '../src/parse/document';

await loadParsers();
