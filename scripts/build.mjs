// Builds copydesk: bundles the CLI and the library with esbuild (one file each starts far faster than hundreds of modules).
import fs from 'node:fs';
import { build } from 'esbuild';

// Bundled CommonJS dependencies (commander, signal-exit) expect require, __filename and __dirname.
const banner = [
  "import { createRequire as __copydeskRequire } from 'node:module';",
  "import { fileURLToPath as __copydeskPath } from 'node:url';",
  'const require = __copydeskRequire(import.meta.url);',
  'const __filename = __copydeskPath(import.meta.url);',
  "const __dirname = __copydeskPath(new URL('.', import.meta.url));",
].join(' ');
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's default entry is a UMD build that requires its parts by computed names, which a bundle cannot
  // follow; its ES module build can be bundled.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

// Chunk names change with their content: start from an empty dist so old chunks do not pile up.
fs.rmSync('dist', { recursive: true, force: true });

await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });

// The misspelling table and the word sets are made from their sources once, here, rather than on every run.
await build({ ...common, entryPoints: ['scripts/build-data.ts'], outfile: 'dist/build-data.mjs' });
await import(new URL('../dist/build-data.mjs', import.meta.url).href);
fs.rmSync('dist/build-data.mjs');
