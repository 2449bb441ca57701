#!/usr/bin/env node
// Runs the copydesk CLI from the built bundle; the CLI sets the exit code.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('copydesk: not built yet; run `npm run build` (npm install does it through `prepare`).\n');
  process.exit(2);
}
await import(entry.href);
