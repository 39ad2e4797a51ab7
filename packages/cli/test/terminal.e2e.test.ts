// The built binary in a real pseudo-terminal (util-linux `script`), where prompts and spinners are
// drawn and Ctrl-C comes from the keyboard: the paths that pipes in the other suites never reach.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@zcloud/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, createArgs, PROJECT, runCli } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, createDelayMs: 60_000, apiKeys: ['tty-key-0123456789'] });
});
afterAll(async () => {
  await emulator?.close();
});

const env = () => cleanEnv({ ZILLIZ_API_KEY: 'tty-key-0123456789', ZCLOUD_BASE_URL: emulator.url });
/** The down-arrow key. */
const DOWN = '\x1b[B';

/** The cluster as the API sees it, asked without a terminal. */
async function describeCluster(clusterId: string) {
  return JSON.parse((await runCli(['clusters', 'describe', clusterId, '-o', 'json'], env())).stdout);
}

/**
 * Runs zcloud in a terminal of its own, `columns` wide (0: one that reports no size, as some CI
 * pseudo-terminals do); `screen` is all it drew, stdout and stderr together.
 */
function inTerminal(args: string[], columns: number, environment = env()) {
  const zcloud = [process.execPath, BIN, ...args].map((word) => `'${word}'`).join(' ');
  const command = `stty rows ${columns ? 40 : 0} cols ${columns} && ${zcloud}`;
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    env: { ...environment, TERM: 'xterm' },
  });
  let screen = '';
  const waiters: Array<[RegExp, () => void]> = [];
  child.stdout.on('data', (chunk) => {
    screen += chunk;
    for (const [pattern, resolve] of waiters) if (pattern.test(screen)) resolve();
  });
  return {
    get screen() {
      return screen;
    },
    /** Keys typed at the terminal (`\x03` is Ctrl-C). */
    type: (keys: string) => child.stdin.write(keys),
    shows: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(screen)) return resolve();
        const timer = setTimeout(() => reject(new Error(`never showed ${pattern}:\n${screen}`)), 20_000);
        waiters.push([
          pattern,
          () => {
            clearTimeout(timer);
            resolve();
          },
        ]);
      }),
    exit: new Promise<number | null>((resolve) => child.on('close', resolve)),
  };
}

describe('zcloud in a terminal', () => {
  it('Ctrl-C at the spinner still shows the password and how to resume, and exits 130', async () => {
    const terminal = inTerminal(createArgs('tty-interrupted', '--wait', '-o', 'json'), 100);
    await terminal.shows(/CREATING \d+%/);
    terminal.type('\x03');
    expect(await terminal.exit).toBe(130);
    expect(terminal.screen).toMatch(/"password": "\S{16}"/);
    expect(terminal.screen).toMatch(/Resume waiting with: zcloud clusters wait in05-/);
  });

  it('a terminal without a width gets one line per change instead of a spinner', async () => {
    const terminal = inTerminal(createArgs('tty-no-width', '--wait', '-o', 'json'), 0);
    await terminal.shows(/CREATING \d+%/);
    terminal.type('\x03');
    expect(await terminal.exit).toBe(130);
    expect(terminal.screen).toMatch(/"password": "\S{16}"/);
    expect(terminal.screen.length).toBeLessThan(5_000);
  });

  it('Ctrl-C at a picker is an interruption (exit 130), not a bug to report', async () => {
    const terminal = inTerminal(
      ['clusters', 'create-serverless', '--name', 'tty-picker', '--project', PROJECT],
      100,
    );
    await terminal.shows(/navigate/);
    terminal.type('\x03');
    expect(await terminal.exit).toBe(130);
    expect(terminal.screen).toMatch(/error: Interrupted\./);
    expect(terminal.screen).not.toMatch(/bug|report/);
  });

  it('without --region, a picker lists the regions from the API and creates the cluster in the one chosen', async () => {
    const terminal = inTerminal(
      ['clusters', 'create-serverless', '--name', 'tty-picked', '--project', PROJECT, '-o', 'json'],
      100,
    );
    await terminal.shows(/gcp-us-west1/);
    // aws-us-west-2 is first; gcp-us-west1 is the seventh region the emulator lists.
    terminal.type(DOWN.repeat(6));
    terminal.type('\r');
    expect(await terminal.exit).toBe(0);
    const clusterId = /"clusterId": "(in05-\w+)"/.exec(terminal.screen)?.[1] as string;
    expect((await describeCluster(clusterId)).regionId).toBe('gcp-us-west1');
  });

  it('drop asks first: "n" drops nothing, "y" drops', async () => {
    const created = await runCli(createArgs('tty-drop', '-o', 'json'), env());
    const { clusterId } = JSON.parse(created.stdout);

    const declined = inTerminal(['clusters', 'drop', clusterId], 100);
    await declined.shows(/\(y\/N\)/);
    declined.type('n\r');
    expect(await declined.exit).toBe(0);
    expect(declined.screen).toMatch(/Nothing dropped/);
    expect((await describeCluster(clusterId)).status).toBe('CREATING');

    const confirmed = inTerminal(['clusters', 'drop', clusterId], 100);
    await confirmed.shows(/\(y\/N\)/);
    confirmed.type('y\r');
    expect(await confirmed.exit).toBe(0);
    expect((await describeCluster(clusterId)).status).toBe('DELETING');
  });

  it('auth login reads the key without echo and stores it with mode 0600', async () => {
    const environment = env();
    const terminal = inTerminal(['auth', 'login', '--no-verify'], 100, environment);
    await terminal.shows(/API key/);
    terminal.type('typed-in-terminal-4711\r');
    expect(await terminal.exit).toBe(0);
    expect(terminal.screen).not.toContain('typed-in-terminal');
    expect(terminal.screen).toContain('…4711');
    const file = join(environment.ZCLOUD_CONFIG_DIR as string, 'credentials.json');
    expect(readFileSync(file, 'utf8')).toContain('typed-in-terminal-4711');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
