// Runs the built CLI in a temporary folder, as a user would.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'copydesk.js');
export const SHARED = path.join(import.meta.dirname, '..', '..', '..', 'shared');
export const hasShared = fs.existsSync(path.join(SHARED, 'seed', 'article.txt'));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function copydesk(args: readonly string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number }): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    timeout: options.timeout ?? 60000,
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-test-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}
