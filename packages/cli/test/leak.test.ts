// With --debug and a canary key, no output of any command contains the key; a password appears
// only in the create result on stdout.

import { type Emulator, startEmulator } from '@zcloud/emulator';
import { CANARY_API_KEY } from '@zcloud/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, createArgs, PROJECT, runCli } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, createDelayMs: 300, apiKeys: [CANARY_API_KEY] });
});
afterAll(async () => {
  await emulator?.close();
});

describe('secrets in output', () => {
  it('never prints the key, and prints a password only in the create result', async () => {
    const viaEnv = cleanEnv({ ZILLIZ_API_KEY: CANARY_API_KEY, ZCLOUD_BASE_URL: emulator.url });
    const outputs: string[] = [];
    const run = async (args: string[], env = viaEnv, input = '') => {
      const result = await runCli([...args, '--debug'], env, input);
      outputs.push(result.stdout, result.stderr);
      return result;
    };
    const create = await run(createArgs('leak-test', '--wait', '-o', 'json'));
    expect(create.code, create.stderr).toBe(0);
    const { clusterId, password } = JSON.parse(create.stdout);
    expect(create.stderr).toMatch(/-> POST .*createServerless/);
    expect(create.stderr).not.toContain(password);

    await run([
      'clusters',
      'create-free',
      '--name',
      'leak-free',
      '--project',
      PROJECT,
      '--region',
      'gcp-us-west1',
    ]);
    await run(['clusters', 'describe', clusterId]);
    await run(['clusters', 'list', '-o', 'yaml']);
    await run(['clusters', 'wait', clusterId]);
    await run(['projects', 'list']);
    await run(['clouds', 'list']);
    await run(['regions', 'list']);
    await run(['auth', 'status', '-o', 'json']);
    await run(['clusters', 'describe', 'in05-000000000000000']);
    await run(
      ['projects', 'list'],
      cleanEnv({ ZILLIZ_API_KEY: CANARY_API_KEY, ZCLOUD_BASE_URL: 'http://127.0.0.1:9' }),
    );
    await run(['projects', 'list', '--api-key', CANARY_API_KEY], cleanEnv({ ZCLOUD_BASE_URL: emulator.url }));
    const loginEnv = cleanEnv({ ZCLOUD_BASE_URL: emulator.url });
    await run(['auth', 'login'], loginEnv, `${CANARY_API_KEY}\n`);
    await run(['auth', 'status'], loginEnv);
    await run(['clusters', 'drop', clusterId, '--yes']);

    for (const output of outputs) expect(output).not.toContain(CANARY_API_KEY);
    const withPassword = outputs.filter((output) => output.includes(password));
    expect(withPassword).toEqual([create.stdout]);
  });
});
