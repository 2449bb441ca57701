// Finds copydesk's own folder: where the build writes its data (dist/data) and where its README lies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** copydesk's own folder: the one whose package.json names copydesk, above this module. */
export function packageRoot(): string {
  if (root) return root;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'copydesk') return (root = folder);
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('cannot find the copydesk package folder');
    folder = parent;
  }
}
