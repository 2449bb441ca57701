// Builds copydesk: bundles the CLI and the library with esbuild (one file each starts far faster than hundreds of modules).
import { build } from 'esbuild';

const banner = "import { createRequire as __copydeskRequire } from 'node:module'; const require = __copydeskRequire(import.meta.url);";
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'none',
};

await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
