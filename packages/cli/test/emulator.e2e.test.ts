// The built binary against the stateful emulator: the whole life of a cluster, Ctrl-C while
// waiting, drop safety, credentials and configuration.
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@zcloud/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanEnv,
  createArgs,
  expectOneErrorLine,
  PROJECT,
  runCli,
  spawnCli,
  waitForStderr,
} from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    createDelayMs: 1_500,
    deleteDelayMs: 500,
    apiKeys: ['emu-key-for-cli-tests'],
  });
});
afterAll(async () => {
  await emulator?.close();
});

const env = (extra: Record<string, string> = {}) =>
  cleanEnv({ ZILLIZ_API_KEY: 'emu-key-for-cli-tests', ZCLOUD_BASE_URL: emulator.url, ...extra });

describe('the main job', () => {
  it('create --wait shows each status change on stderr and prints the RUNNING cluster', async () => {
    const result = await runCli([...createArgs('e2e-wait'), '--wait', '-o', 'json'], env());
    expect(result.code, result.stderr).toBe(0);
    const created = JSON.parse(result.stdout);
    expect(created).toMatchObject({
      clusterId: expect.stringMatching(/^in05-/),
      password: expect.any(String),
      cluster: { status: 'RUNNING' },
    });
    expect(result.stderr).toMatch(/CREATING \d+%/);
    expect(result.stderr).toMatch(/is RUNNING/);
    expect(result.stderr).not.toContain(created.password);

    const described = await runCli(['clusters', 'describe', created.clusterId, '-o', 'json'], env());
    expect(JSON.parse(described.stdout)).toMatchObject({ status: 'RUNNING', clusterName: 'e2e-wait' });
    const listed = await runCli(
      ['clusters', 'list', '--all', '--query', "[?clusterName=='e2e-wait'].clusterId"],
      env(),
    );
    expect(JSON.parse(listed.stdout)).toEqual([created.clusterId]);

    const dropped = await runCli(['clusters', 'drop', created.clusterId, '--yes', '-o', 'json'], env());
    expect(dropped.code).toBe(0);
    expect(JSON.parse(dropped.stdout).prompt).toMatch(/recycle bin/);
    const gone = await runCli(
      ['clusters', 'wait', created.clusterId, '--status', 'DELETING', '--timeout', '10s'],
      env(),
    );
    expect(gone.code === 0 || gone.code === 4).toBe(true);
  });

  it('Ctrl-C while waiting delivers the password, says how to resume, and exits 130', async () => {
    const slow = await startEmulator({ port: 0, createDelayMs: 60_000, apiKeys: ['k-slow-0123456789'] });
    try {
      const child = spawnCli(
        [...createArgs('interrupted'), '--wait', '-o', 'json'],
        env({ ZILLIZ_API_KEY: 'k-slow-0123456789', ZCLOUD_BASE_URL: slow.url }),
      );
      let stdout = '';
      child.stdout?.on('data', (chunk) => {
        stdout += chunk;
      });
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      const stderr = waitForStderr(child, /Resume waiting with/);
      await waitForStderr(child, /CREATING/);
      child.kill('SIGINT');
      expect(await closed).toBe(130);
      const created = JSON.parse(stdout);
      expect(created.password).toMatch(/^\S{16}$/);
      expect(await stderr).toContain(`zcloud clusters wait ${created.clusterId}`);
    } finally {
      await slow.close();
    }
  });

  it('a wait that times out exits 6 and still prints the create result', async () => {
    const slow = await startEmulator({ port: 0, createDelayMs: 60_000, apiKeys: ['k-slow-0123456789'] });
    try {
      const result = await runCli(
        [...createArgs('too-slow'), '--wait', '--wait-timeout', '2s', '-o', 'json'],
        env({ ZILLIZ_API_KEY: 'k-slow-0123456789', ZCLOUD_BASE_URL: slow.url }),
      );
      expect(result.code).toBe(6);
      expect(JSON.parse(result.stdout).password).toBeTruthy();
      expectOneErrorLine(result.stderr);
    } finally {
      await slow.close();
    }
  });
});

describe('safety', () => {
  it('drop without a terminal and without --yes refuses, exit 2, and sends nothing', async () => {
    const created = JSON.parse((await runCli([...createArgs('keep-me'), '-o', 'json'], env())).stdout);
    const refused = await runCli(['clusters', 'drop', created.clusterId], env());
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(expectOneErrorLine(refused.stderr)[0]).toMatch(/pass --yes/);
    const still = await runCli(['clusters', 'describe', created.clusterId, '-o', 'json'], env());
    expect(JSON.parse(still.stdout).clusterName).toBe('keep-me');
  });

  it('an invalid --query fails before the create is sent, so no password is lost', async () => {
    const result = await runCli([...createArgs('query-typo'), '--query', '['], env());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(expectOneErrorLine(result.stderr)[0]).toMatch(/Invalid --query "\[".*JMESPath/);
    const names = await runCli(['clusters', 'list', '-o', 'json', '--query', '[].clusterName'], env());
    expect(JSON.parse(names.stdout)).not.toContain('query-typo');
  });

  it.each([
    [['clusters', 'create-serverless', '--project', PROJECT, '--region', 'gcp-us-west1'], /Missing --name/],
    [['clusters', 'create-serverless', '--name', 'x', '--region', 'gcp-us-west1'], /Missing --project/],
    [['clusters', 'create-serverless', '--name', 'x', '--project', PROJECT], /Missing --region/],
    [
      ['clusters', 'create-serverless', '--name', 'a b', '--project', PROJECT, '--region', 'gcp-us-west1'],
      /Invalid --name \(clusterName\)/,
    ],
    [['clusters', 'list', '--page-size', 'ten'], /--page-size must be a whole number/],
    [['clusters', 'wait', 'in05-x', '--timeout', 'soon'], /--timeout "soon" is not a duration/],
    [['clusters', 'list', '-o', 'xml'], /argument 'xml' is invalid/],
  ])('without a terminal, %j is a usage error', async (args, message) => {
    const result = await runCli(args, env());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(expectOneErrorLine(result.stderr)[0]).toMatch(message);
  });

  it("uses the profile's project and region when the flags are missing", async () => {
    const e = env();
    await runCli(['config', 'set', 'project', PROJECT], e);
    await runCli(['config', 'set', 'region', 'gcp-us-west1'], e);
    const result = await runCli(['clusters', 'create-serverless', '--name', 'from-profile', '-o', 'json'], e);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).clusterId).toMatch(/^in05-/);
  });
});

describe('auth and config', () => {
  it('login from stdin stores the key 0600; status shows its source masked; logout removes it', async () => {
    const e = cleanEnv({ ZCLOUD_BASE_URL: emulator.url });
    const login = await runCli(['auth', 'login'], e, 'emu-key-for-cli-tests\n');
    expect(login.code, login.stderr).toBe(0);
    const file = join(e.ZCLOUD_CONFIG_DIR as string, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).profiles.default.apiKey).toBe('emu-key-for-cli-tests');

    const status = await runCli(['auth', 'status', '-o', 'json'], e);
    expect(JSON.parse(status.stdout)).toMatchObject({
      authenticated: true,
      keySource: 'profile',
      key: '…ests',
      projects: 1,
    });
    expect(status.stdout + status.stderr).not.toContain('emu-key-for-cli-tests');

    chmodSync(file, 0o644);
    expect((await runCli(['projects', 'list'], e)).stderr).toMatch(/can be read by other users/);

    expect((await runCli(['auth', 'logout'], e)).code).toBe(0);
    const after = await runCli(['projects', 'list'], e);
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/No API key/);
  });

  it('a wrong key is refused at login (exit 3) and not stored', async () => {
    const e = cleanEnv({ ZCLOUD_BASE_URL: emulator.url });
    const login = await runCli(['auth', 'login'], e, 'not-the-key\n');
    expect(login.code).toBe(3);
    expect((await runCli(['auth', 'status'], e)).code).toBe(2);
  });

  it('--api-key works and warns that other processes can see it', async () => {
    const result = await runCli(
      ['projects', 'list', '--api-key', 'emu-key-for-cli-tests'],
      cleanEnv({ ZCLOUD_BASE_URL: emulator.url }),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/visible to other processes/);
  });

  it('config set, get, list and unset, per profile', async () => {
    const e = env();
    expect((await runCli(['config', 'set', 'output', 'json'], e)).code).toBe(0);
    expect((await runCli(['config', 'set', 'region', 'aws-us-west-2', '--profile', 'other'], e)).code).toBe(
      0,
    );
    expect((await runCli(['config', 'get', 'output', '-o', 'table'], e)).stdout.trim()).toBe('json');
    expect(JSON.parse((await runCli(['config', 'get', 'output'], e)).stdout)).toBe('json');
    // The profile's output format applies to every command.
    expect(Array.isArray(JSON.parse((await runCli(['clouds', 'list'], e)).stdout))).toBe(true);
    expect(
      JSON.parse((await runCli(['config', 'list', '-o', 'json'], { ...e, ZCLOUD_PROFILE: 'other' })).stdout),
    ).toMatchObject({ region: 'aws-us-west-2', output: null });
    expect((await runCli(['config', 'set', 'colour', 'blue'], e)).code).toBe(2);
    expect((await runCli(['config', 'set', 'site', 'mars'], e)).code).toBe(2);
    expect((await runCli(['config', 'unset', 'output'], e)).code).toBe(0);
    expect((await runCli(['config', 'get', 'output'], e)).code).toBe(2);
  });

  it('completion scripts name every command', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const result = await runCli(['completion', shell], env());
      expect(result.code).toBe(0);
      for (const word of ['create-serverless', 'describe', 'wait', 'login', 'regions'])
        expect(result.stdout).toContain(word);
    }
  });
});
