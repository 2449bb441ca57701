// The config search ends at the project root: a repository's run never reads, nor runs the plugins of, a config above it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFinder } from '../../src/config/load';
import { DEFAULT_CONFIG, validateConfig } from '../../src/config/schema';
import { copydesk, tempFolder } from '../cli/helpers';

/** A plugin that leaves a mark beside itself when it is loaded: proof that a config's plugins ran. */
const MARKING_PLUGIN = `import fs from 'node:fs';
fs.writeFileSync(new URL('./plugin-ran', import.meta.url), 'yes');
export default { id: 'evil', description: 'x', defaultSeverity: 'error', fixable: false, check: () => [] };
`;

const ABOVE = { '.copydeskrc.json': JSON.stringify({ plugins: ['./evil.mjs'], rules: { 'repeated-word': 'off' } }), 'evil.mjs': MARKING_PLUGIN };

describe('the config search', () => {
  it('stops at the folder holding .git: a config above the repository, and its plugins, are never loaded', () => {
    const parent = tempFolder({ ...ABOVE, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/docs/a.md': 'It was was late.\n' });
    const repo = path.join(parent, 'repo');
    const run = copydesk(['--format', 'json', 'docs/a.md'], { cwd: repo });
    expect(fs.existsSync(path.join(parent, 'plugin-ran'))).toBe(false);
    // The defaults apply: repeated-word is on, as the config above would not have it.
    expect((JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
    const printed = JSON.parse(copydesk(['--print-config', 'docs/a.md'], { cwd: repo }).stdout) as { configFile: string | null; plugins: string[] };
    expect(printed).toMatchObject({ configFile: null, plugins: [] });
    expect(fs.existsSync(path.join(parent, 'plugin-ran'))).toBe(false);
  });

  it('stops at a .git file too, as a worktree or a submodule has', () => {
    const parent = tempFolder({ ...ABOVE, 'repo/.git': 'gitdir: ../elsewhere/.git/worktrees/repo\n', 'repo/a.md': 'Fine.\n' });
    expect(copydesk(['a.md'], { cwd: path.join(parent, 'repo') }).code).toBe(0);
    expect(fs.existsSync(path.join(parent, 'plugin-ran'))).toBe(false);
  });

  it('reads the config in the repository’s root folder, from any folder below it', async () => {
    const repo = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', '.copydeskrc.json': '{ "dictionary": ["Kyiv"] }', 'a/b/x.md': '' });
    expect((await new ConfigFinder().find(path.join(repo, 'a', 'b'))).dictionary).toEqual(['Kyiv']);
  });

  it('gives the defaults for a repository with no config of its own, whatever lies above it', async () => {
    const parent = tempFolder({ '.copydeskrc.json': '{ "dictionary": ["Above"] }', 'repo/.git/HEAD': '', 'repo/sub/x.md': '' });
    expect(await new ConfigFinder().find(path.join(parent, 'repo', 'sub'))).toBe(DEFAULT_CONFIG);
  });

  it('outside any repository, goes on up to the file system’s root, as it always has', async () => {
    const root = tempFolder({ '.copydeskrc.json': '{ "dictionary": ["Above"] }', 'project/sub/x.md': '' });
    expect((await new ConfigFinder().find(path.join(root, 'project', 'sub'))).dictionary).toEqual(['Above']);
  });
});

describe('"root" in a config', () => {
  it('is taken as true or false', () => {
    expect(validateConfig({ root: true, dictionary: ['Kyiv'] }, 'rc.json').dictionary).toEqual(['Kyiv']);
    expect(() => validateConfig({ root: false }, 'rc.json')).not.toThrow();
  });

  it('is refused, naming the file and key, when it is not a boolean', () => {
    expect(() => validateConfig({ root: 'yes' }, 'rc.json')).toThrow('rc.json: root: expected true or false, not "yes"');
  });

  it('ends the search at its folder: a config above it is not read, outside a repository too', () => {
    const parent = tempFolder({ ...ABOVE, 'project/.copydeskrc.json': JSON.stringify({ root: true }), 'project/docs/a.md': 'It was was late.\n' });
    const run = copydesk(['--format', 'json', 'docs/a.md'], { cwd: path.join(parent, 'project') });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
    expect(fs.existsSync(path.join(parent, 'plugin-ran'))).toBe(false);
  });
});
