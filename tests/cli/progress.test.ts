// The progress line: drawn on a terminal's standard error for long runs only, never in CI or beside machine output.
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run';
import { tempFolder } from './helpers';

function fakeIo(cwd: string, overrides: Partial<CliIo> = {}): { io: CliIo; stderr: string[]; stdout: string[] } {
  const stderr: string[] = [];
  const stdout: string[] = [];
  let clock = 0;
  const io: CliIo = {
    cwd,
    env: {},
    isTty: false,
    stdout: (text) => void stdout.push(text),
    stdoutBytes: () => undefined,
    stderr: (text) => void stderr.push(text),
    readStdin: async () => new Uint8Array(),
    isErrorTty: true,
    // Each look at the clock is a second later: the run is long.
    now: () => (clock += 1000),
    ...overrides,
  };
  return { io, stderr, stdout };
}

const files: Record<string, string> = {};
for (let i = 0; i < 5; i++) files[`f${i}.txt`] = `Article ${i} is fine.\n`;

describe('the progress line', () => {
  it('shows files done, the total and the time on a terminal once a run passes two seconds, then clears', async () => {
    const { io, stderr } = fakeIo(tempFolder(files));
    expect(await runCli(['.'], io)).toBe(0);
    expect(stderr[0]).toBe('\r\x1b[Kcopydesk: 2/5 files, 2.0 s');
    expect(stderr).toContain('\r\x1b[Kcopydesk: 5/5 files, 5.0 s');
    expect(stderr.at(-1)).toBe('\r\x1b[K');
  });

  it('stays away from short runs, pipes, CI and machine formats on the terminal', async () => {
    const cwd = tempFolder(files);
    const quiet = [
      fakeIo(cwd, { now: () => 0 }),
      fakeIo(cwd, { isErrorTty: false }),
      fakeIo(cwd, { env: { CI: 'true' } }),
    ];
    for (const { io, stderr } of quiet) {
      expect(await runCli(['.'], io)).toBe(0);
      expect(stderr).toEqual([]);
    }
    const json = fakeIo(cwd);
    await runCli(['--format', 'json', '.'], json.io);
    expect(json.stderr).toEqual([]);
    const toFile = fakeIo(cwd);
    await runCli(['--format', 'json', '--output-file', 'report.json', '.'], toFile.io);
    expect(toFile.stderr.at(-1)).toBe('\r\x1b[K');
  });
});
