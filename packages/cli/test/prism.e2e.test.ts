// The built binary against the real Prism: every command, every output format, and every named
// error example of the spec mapped to its exit code, one error line on stderr, nothing on stdout.
import { type PrismServer, preferHeader, specExamples, startPrism } from '@zcloud/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanEnv, expectOneErrorLine, headerProxy, PROJECT, runCli } from './helpers.js';

let prism: PrismServer;
let proxy: Awaited<ReturnType<typeof headerProxy>>;
beforeAll(async () => {
  prism = await startPrism();
  proxy = await headerProxy(prism.url);
});
afterAll(async () => {
  await proxy?.close();
  await prism?.close();
});

const env = () => cleanEnv({ ZILLIZ_API_KEY: 'prism-key-1234567890', ZCLOUD_BASE_URL: proxy.url });
const create = ['--name', 'search-prod', '--project', PROJECT, '--region', 'gcp-us-west1'];

/** The command line that exercises each operation. */
const COMMANDS: Record<string, string[]> = {
  createServerlessCluster: ['clusters', 'create-serverless', ...create],
  createFreeCluster: ['clusters', 'create-free', ...create],
  describeCluster: ['clusters', 'describe', 'in05-bfee098389ca970'],
  listClusters: ['clusters', 'list'],
  dropCluster: ['clusters', 'drop', 'in05-bfee098389ca970', '--yes'],
  listProjects: ['projects', 'list'],
  listCloudProviders: ['clouds', 'list'],
  listCloudRegions: ['regions', 'list', '--cloud', 'gcp'],
};

/** The exit code each error code of the spec's examples must give (the README's table). */
const EXIT_BY_CODE: Record<number, number> = {
  21119: 3,
  96027: 3,
  96018: 4,
  40013: 5,
  503: 7,
};
const exitFor = (code: number) => EXIT_BY_CODE[code] ?? (code >= 96000 && code < 97000 ? 2 : -1);

const errorExamples = specExamples().filter((e) => e.value.code !== 0);

describe('zcloud against Prism', () => {
  it.each(Object.entries(COMMANDS))('%s: table, json and yaml', async (_op, args) => {
    proxy.setHeaders({});
    const json = await runCli([...args, '-o', 'json'], env());
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout);
    const yaml = await runCli([...args, '-o', 'yaml'], env());
    expect(yaml.code).toBe(0);
    expect(parse(yaml.stdout)).toEqual(parsed);
    const table = await runCli(args, env());
    expect(table.code).toBe(0);
    expect(table.stdout.trim().length).toBeGreaterThan(0);
    expect(table.stdout).not.toMatch(/^\s*[[{]/);
  });

  it('list commands print arrays; one resource prints an object', async () => {
    proxy.setHeaders({});
    for (const args of [
      COMMANDS.listClusters,
      COMMANDS.listProjects,
      COMMANDS.listCloudProviders,
      COMMANDS.listCloudRegions,
    ]) {
      expect(
        Array.isArray(JSON.parse((await runCli([...(args as string[]), '-o', 'json'], env())).stdout)),
      ).toBe(true);
    }
    const one = JSON.parse(
      (await runCli([...(COMMANDS.describeCluster as string[]), '-o', 'json'], env())).stdout,
    );
    expect(one).toMatchObject({ clusterId: 'in05-bfee098389ca970', status: 'RUNNING' });
  });

  it('create prints the password once on stdout and a notice on stderr', async () => {
    proxy.setHeaders({});
    const result = await runCli([...(COMMANDS.createServerlessCluster as string[]), '-o', 'json'], env());
    expect(JSON.parse(result.stdout)).toMatchObject({
      clusterId: 'in05-bfee098389ca970',
      password: 'Xq7#mT2pLw9vRb4k',
    });
    expect(result.stderr).toMatch(/shown only this once/);
    expect(result.stderr).not.toContain('Xq7#mT2pLw9vRb4k');
  });

  it('--query applies JMESPath to the JSON result', async () => {
    proxy.setHeaders({});
    const result = await runCli(['clusters', 'list', '--query', '[].clusterName'], env());
    expect(JSON.parse(result.stdout)).toEqual(['search-prod', 'sandbox']);
    const scalar = await runCli(
      ['clusters', 'describe', 'in05-bfee098389ca970', '--query', 'status', '-o', 'table'],
      env(),
    );
    expect(scalar.stdout.trim()).toBe('RUNNING');
    const bad = await runCli(['clusters', 'list', '--query', '[?'], env());
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it.each(
    errorExamples.map((e) => [`${e.operationId} ${e.status} ${e.name} (code ${e.value.code})`, e] as const),
  )('%s', async (_title, example) => {
    const code = example.value.code;
    proxy.setHeaders({ Prefer: preferHeader(example) });
    const result = await runCli(COMMANDS[example.operationId] as string[], env());
    expect(exitFor(code), `no exit code expectation for ${code}`).toBeGreaterThan(0);
    expect(result.code, result.stderr).toBe(exitFor(code));
    expect(result.stdout).toBe('');
    const [line] = expectOneErrorLine(result.stderr);
    expect(line).toContain(`code ${code}`);
  });
});
