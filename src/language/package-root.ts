// Finds copydesk's own folder, where the build writes the data files the rules read (dist/data).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

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
