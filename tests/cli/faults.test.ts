// Faults a user meets: files that cannot be written, links that lead nowhere, binary files among articles, a full
// disk or a file-size limit while fixing, and a plugin rule that never returns. Each keeps the user's files intact.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copydesk, tempFolder } from './helpers';

const MESSY = 'It was was late,and dark.\n';
const FIXED = 'It was late, and dark.\n';
const NOBODY = 65534;

/** Every entry of a folder, dot files included: what a failed write must not leave behind. */
function entries(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

/** Runs the CLI under bash with a file-size limit (ulimit -f, in blocks of 1,024 bytes). */
function withFileSizeLimit(blocks: number, args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = spawnSync('bash', ['-c', `ulimit -f ${blocks} && exec ${quoted}`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * How to run the CLI as a user who is not root: directly when this is not root, else through setpriv as nobody,
 * when setpriv exists and nobody can read the built CLI. Undefined when neither can be done.
 */
function asOtherUser(): ((args: readonly string[], cwd: string) => { code: number | null; stdout: string; stderr: string }) | undefined {
  if (process.getuid?.() !== 0) return (args, cwd) => copydesk(args, { cwd });
  const setpriv = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups'];
  const probe = spawnSync('setpriv', [...setpriv, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`]);
  if (probe.status !== 0) return undefined;
  return (args, cwd) => {
    const run = spawnSync('setpriv', [...setpriv, process.execPath, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: cwd } });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
}

const otherUser = asOtherUser();
if (!otherUser) console.warn('Notice: cannot run as a user other than root here (no setpriv, or nobody cannot read the build); the permission test is skipped.');

describe('a file this user may not write', () => {
  it.skipIf(!otherUser)('is left as it is, byte and mode, with one line naming it and the permission problem; exit 2', () => {
    const cwd = tempFolder({ 'locked.md': MESSY, 'open.md': MESSY });
    fs.chmodSync(cwd, 0o777);
    fs.chmodSync(path.join(cwd, 'locked.md'), 0o444);
    fs.chmodSync(path.join(cwd, 'open.md'), 0o666);
    const run = otherUser!(['fix', '.'], cwd);
    expect(run.code).toBe(2);
    const lines = run.stdout.split('\n').filter((line) => line.includes('could not be written'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/locked\.md could not be written: permission denied \(the file is read-only\); the file is unchanged/);
    expect(lines[0]).toMatch(/^\s+1:1\s+error\s/);
    expect(fs.readFileSync(path.join(cwd, 'locked.md'), 'utf8')).toBe(MESSY);
    expect(fs.statSync(path.join(cwd, 'locked.md')).mode & 0o777).toBe(0o444);
    // The other file is fixed, and nothing is left beside them.
    expect(fs.readFileSync(path.join(cwd, 'open.md'), 'utf8')).toBe(FIXED);
    expect(entries(cwd)).toEqual(['locked.md', 'open.md']);
    expect(run.stderr).toBe('');
  });
});

describe('a writable file in a folder this user may not write', () => {
  it.skipIf(!otherUser || process.getuid?.() !== 0)('is left as it is: the temporary file a safe write needs cannot be made; exit 2 with one line', () => {
    const cwd = tempFolder({ 'shared.md': MESSY });
    // Only the owner (root) may add files to the folder; anyone may write the file itself.
    fs.chmodSync(cwd, 0o755);
    fs.chmodSync(path.join(cwd, 'shared.md'), 0o666);
    const run = otherUser!(['fix', 'shared.md'], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/shared\.md could not be written: permission denied \(the folder does not let this user create the temporary file a safe write needs\); the file is unchanged/);
    expect(fs.readFileSync(path.join(cwd, 'shared.md'), 'utf8')).toBe(MESSY);
    expect(entries(cwd)).toEqual(['shared.md']);
  });
});

describe('a broken link', () => {
  it('in a folder is a warning naming it, and the other files are still linted', () => {
    const cwd = tempFolder({ 'story.md': MESSY });
    fs.symlinkSync('gone.md', path.join(cwd, 'ghost.md'));
    const run = copydesk(['--format', 'json', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('copydesk: warning: ghost.md is a broken link (to gone.md, which does not exist); skipped\n');
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => path.basename(result.filePath))).toEqual(['story.md']);
  });

  it('named directly is exit 2 with one line', () => {
    const cwd = tempFolder({});
    fs.symlinkSync('gone.md', path.join(cwd, 'ghost.md'));
    const run = copydesk(['ghost.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('copydesk: ghost.md: is a broken link (to gone.md, which does not exist)\n');
  });

  it('that is ignored, or has no article’s name, is not mentioned', () => {
    const cwd = tempFolder({ 'story.md': 'Fine.\n', '.copydeskignore': 'drafts/\n' });
    fs.mkdirSync(path.join(cwd, 'drafts'));
    fs.symlinkSync('gone.md', path.join(cwd, 'drafts', 'ghost.md'));
    fs.symlinkSync('gone.png', path.join(cwd, 'photo.png'));
    const run = copydesk(['.'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('a binary file with an article’s name', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it('is passed over in a folder with a warning; the rest is linted and fixed, and the exit code is the articles’', () => {
    for (const concurrency of ['1', '2']) {
      const files: Record<string, string | Buffer> = { 'image.md': PNG };
      // Enough files for two threads to share.
      for (let i = 0; i < 20; i++) files[`story-${i}.md`] = MESSY;
      const cwd = tempFolder(files);
      const run = copydesk(['fix', '--concurrency', concurrency, '.'], { cwd });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('copydesk: warning: image.md looks binary (contains NUL bytes); skipped\n');
      expect(fs.readFileSync(path.join(cwd, 'image.md')).equals(PNG)).toBe(true);
      expect(fs.readFileSync(path.join(cwd, 'story-7.md'), 'utf8')).toBe(FIXED);
    }
  });

  it('leaves a run of only such files with nothing to check, exit 0', () => {
    const cwd = tempFolder({ 'image.md': PNG });
    const run = copydesk(['.'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('copydesk: warning: image.md looks binary (contains NUL bytes); skipped\ncopydesk: every file found was passed over; nothing to check\n');
  });

  it('named directly is an error, exit 2', () => {
    const cwd = tempFolder({ 'image.md': PNG, 'story.md': 'Fine.\n' });
    const run = copydesk(['--format', 'json', 'image.md', 'story.md'], { cwd });
    expect(run.code).toBe(2);
    const [image] = JSON.parse(run.stdout) as { messages: { message: string; fatal?: boolean }[] }[];
    expect(image!.messages).toEqual([expect.objectContaining({ message: 'image.md looks binary (contains NUL bytes); not checked', fatal: true })]);
  });
});

describe('a write the system cuts short', () => {
  it('past the file-size limit (SIGXFSZ, EFBIG): the original stays whole, no temporary file is left, exit 2 with one line', () => {
    // 3 KB to fix, under a limit of 2 KB: the fixed text cannot be written in full.
    const long = `${'The council met on Tuesday,and it voted. '.repeat(75)}\n`;
    const cwd = tempFolder({ 'long.md': long, 'short.md': MESSY });
    const run = withFileSizeLimit(2, ['fix', 'long.md', 'short.md'], cwd);
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').filter((line) => line.includes('could not be written'))).toEqual([
      expect.stringMatching(/long\.md could not be written: the fixed file is larger than the file-size limit \(ulimit -f\) allows; the file is unchanged/),
    ]);
    expect(fs.readFileSync(path.join(cwd, 'long.md'), 'utf8')).toBe(long);
    expect(fs.readFileSync(path.join(cwd, 'short.md'), 'utf8')).toBe(FIXED);
    expect(entries(cwd)).toEqual(['long.md', 'short.md']);
  });

  const canMountTmpfs = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs "$0"', tempFolder()]).status === 0;
  if (!canMountTmpfs) console.warn('Notice: cannot mount a small tmpfs in a user namespace here (unshare -rm); the full-disk test is skipped.');

  it.skipIf(!canMountTmpfs)('on a full disk (ENOSPC): the original stays whole, no temporary file is left, exit 2 with one line', () => {
    // A 10 KB article on a 16 KB file system: there is no room for the fixed copy beside it.
    const article = `${'The council met on Tuesday,and it voted. '.repeat(250)}\n`;
    const source = tempFolder({ 'article.md': article });
    const disk = tempFolder();
    const script = [
      'mount -t tmpfs -o size=16k tmpfs "$1" && cp "$2/article.md" "$1/article.md" && cd "$1" || exit 1',
      `NO_COLOR=1 "${process.execPath}" "${BIN}" fix article.md > "$2/report.txt"`,
      'echo $? > "$2/code.txt"',
      'ls -A "$1" > "$2/entries.txt"',
      'cp "$1/article.md" "$2/after.md"',
    ].join('\n');
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', disk, source], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(fs.readFileSync(path.join(source, 'code.txt'), 'utf8').trim()).toBe('2');
    expect(fs.readFileSync(path.join(source, 'report.txt'), 'utf8')).toMatch(/article\.md could not be written: no space left on the device; the file is unchanged/);
    expect(fs.readFileSync(path.join(source, 'entries.txt'), 'utf8')).toBe('article.md\n');
    expect(fs.readFileSync(path.join(source, 'after.md'), 'utf8')).toBe(article);
  });
});

describe('a plugin rule that never returns', () => {
  const HANGS = [
    "export default { id: 'hangs', description: 'never returns on an article about a storm', defaultSeverity: 'warn', fixable: false,",
    "  check(document) { if (document.text.includes('storm')) for (;;) {} return []; } };",
  ].join('\n');

  it('is stopped at its time limit with an error naming the rule and the file; the other files finish, and the file it was on is not written', () => {
    for (const concurrency of ['1', '2']) {
      const files: Record<string, string> = {
        'hangs.mjs': HANGS,
        '.copydeskrc.json': JSON.stringify({ plugins: ['./hangs.mjs'], ruleTimeLimit: 0.3 }),
        'storm.md': 'The storm was was late,and dark.\n',
      };
      for (let i = 0; i < 20; i++) files[`calm-${i}.md`] = MESSY;
      const cwd = tempFolder(files);
      const run = copydesk(['fix', '--format', 'json', '--concurrency', concurrency, '.'], { cwd, timeout: 30000 });
      expect(run.code).toBe(2);
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string; fatal?: boolean }[] }[];
      const storm = results.find((result) => result.filePath.endsWith('storm.md'))!;
      expect(storm.messages[0]).toEqual(
        expect.objectContaining({ ruleId: 'hangs', fatal: true, message: 'Rule "hangs" was stopped: it did not finish within 0.3 s on storm.md (ruleTimeLimit); no fixes were applied to this file' }),
      );
      expect(fs.readFileSync(path.join(cwd, 'storm.md'), 'utf8')).toBe('The storm was was late,and dark.\n');
      expect(results).toHaveLength(21);
      expect(fs.readFileSync(path.join(cwd, 'calm-13.md'), 'utf8')).toBe(FIXED);
    }
  });

  it('takes its limit from --rule-time-limit over the config, and refuses a limit that is not a number of seconds', () => {
    const cwd = tempFolder({ 'hangs.mjs': HANGS, '.copydeskrc.json': JSON.stringify({ plugins: ['./hangs.mjs'], ruleTimeLimit: 60 }), 'storm.md': 'A storm.\n' });
    const run = copydesk(['--rule-time-limit', '0.2', 'storm.md'], { cwd, timeout: 30000 });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Rule "hangs" was stopped: it did not finish within 0.2 s on storm.md (ruleTimeLimit)');
    for (const bad of ['0', '-1', 'soon', '1e9']) {
      const refused = copydesk(['--rule-time-limit', bad, 'storm.md'], { cwd });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^copydesk: --rule-time-limit .*: expected a number of seconds above 0/);
    }
  });

  it('is reported, exit 2, when its prepare() does not finish in time, in its own code or in what it waits for', () => {
    for (const prepare of ['prepare() { for (;;) {} }', 'prepare() { return new Promise(() => setInterval(() => undefined, 1000)); }']) {
      const plugin = `export default { id: 'slow-start', description: 'never ready', defaultSeverity: 'warn', fixable: false, ${prepare}, check() { return []; } };`;
      const cwd = tempFolder({ 'slow.mjs': plugin, '.copydeskrc.json': JSON.stringify({ plugins: ['./slow.mjs'], ruleTimeLimit: 0.2 }), 'a.md': 'Fine.\n' });
      const run = copydesk(['a.md'], { cwd, timeout: 30000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('copydesk: rule slow-start: prepare() did not finish within 0.2 s (ruleTimeLimit)\n');
    }
  });

  it('is refused a config time limit that is not a number of seconds above 0, naming the file and key', () => {
    const cwd = tempFolder({ '.copydeskrc.json': JSON.stringify({ ruleTimeLimit: 'five' }), 'a.md': 'Fine.\n' });
    const run = copydesk(['a.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.copydeskrc\.json:1:\d+: ruleTimeLimit: expected a number of seconds above 0 \(at most 86400\), not "five"/);
  });
});

describe('an article saved by someone else while fix works on it', () => {
  // A rule that appends a line to the article as it is checked: the edit lands between fix's read and its write.
  const EDITOR = `import fs from 'node:fs';
let done = false;
export default { id: 'editor', description: 'Saves an edit mid-run', defaultSeverity: 'warn', fixable: false,
  check(document) { if (!done) { done = true; fs.appendFileSync(document.path, 'A line saved meanwhile.\\n'); } return []; } };
`;

  it('is kept as saved, and the run says so in one line and exits 2', () => {
    const cwd = tempFolder({ 'editor.mjs': EDITOR, '.copydeskrc.json': JSON.stringify({ plugins: ['./editor.mjs'] }), 'story.md': MESSY });
    const run = copydesk(['fix', 'story.md'], { cwd });
    expect(fs.readFileSync(path.join(cwd, 'story.md'), 'utf8')).toBe(`${MESSY}A line saved meanwhile.\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('story.md was not written: it changed on disk while copydesk was fixing it (saved by someone else meanwhile); the newer file is kept');
    expect(entries(cwd)).toEqual(['.copydeskrc.json', 'editor.mjs', 'story.md']);
  });
});

