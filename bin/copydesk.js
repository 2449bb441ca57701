#!/usr/bin/env node
// Runs the copydesk CLI from the built bundle; the CLI sets the exit code.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Each regular expression is compiled once, to machine code, instead of first to bytecode and then again when it
// runs a second time: a short run compiles hundreds of them and runs most only a few times (about 10% of a run on
// one article). Set before any of copydesk's expressions runs; worker threads share the setting.
setFlagsFromString('--no-regexp-tier-up');

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('copydesk: not built yet; run `npm run build` (npm install does it through `prepare`).\n');
  process.exit(2);
}
await import(entry.href);
