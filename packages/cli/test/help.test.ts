import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// `--help` of every command, as users see it. A change to any option or wording shows up here.
import { describe, expect, it } from 'vitest';
import { commandPaths } from '../src/command-paths.js';
import { cleanEnv, runCli } from './helpers.js';

// Every command and group of the program, so a new command is covered at once.
const COMMAND_PATHS = commandPaths();

describe('--help', () => {
  it.each(COMMAND_PATHS.map((path) => [path.join(' ') || '(root)', path] as const))(
    'zcloud %s --help',
    async (_name, path) => {
      const result = await runCli([...path, '--help'], cleanEnv());
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatchSnapshot();
    },
  );

  it('-V prints the version', async () => {
    const result = await runCli(['-V'], cleanEnv());
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a global option before the command says where it goes (exit 2), and never repeats a key', async () => {
    const misplaced = await runCli(['-o', 'json', 'clusters', 'list'], cleanEnv());
    expect(misplaced.code).toBe(2);
    expect(misplaced.stdout).toBe('');
    expect(misplaced.stderr).toBe(
      "error: unknown option '-o': global options go after the command, as in: zcloud clusters list -o <format> (see --help)\n",
    );
    for (const key of [['--api-key=canary-key-5f3e'], ['--api-key', 'canary-key-5f3e']]) {
      const result = await runCli([...key, 'clusters', 'list'], cleanEnv());
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/as in: zcloud clusters list --api-key <key> \(see --help\)\n$/);
      expect(result.stderr).not.toContain('canary');
    }
    const unknown = await runCli(['--bogus', 'clusters', 'list'], cleanEnv());
    expect(unknown.stderr).toBe("error: unknown option '--bogus' (see --help)\n");
  });

  it('a group without a subcommand shows its help on stderr, exit 2', async () => {
    const result = await runCli(['clusters'], cleanEnv());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/create-serverless/);
  });
});

describe('README command reference', () => {
  it("matches the commands' own help", () => {
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('../scripts/reference.mjs', import.meta.url)), '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
