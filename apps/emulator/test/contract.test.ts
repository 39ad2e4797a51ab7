// The emulator behind `prism proxy spec/openapi.yaml <emulator> --errors`: every answer the emulator
// gives on every operation and error path is checked against the contract; a violation fails.
import {
  AuthenticationError,
  ConflictError,
  InvalidRequestError,
  NotFoundError,
  ZillizCloud,
} from '@zcloud/node-sdk';
import { type PrismServer, startPrism } from '@zcloud/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { PROJECT, recordingClient, sleep } from './helpers.js';

let emulator: Emulator;
let prism: PrismServer;
let recorded: ReturnType<typeof recordingClient>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, createDelayMs: 400, deleteDelayMs: 300 });
  prism = await startPrism({ upstream: emulator.url });
});
afterAll(async () => {
  await prism?.close();
  await emulator?.close();
});
afterEach(() => {
  expect(recorded.violations, 'Prism proxy reported contract violations').toEqual([]);
});

const through = (options: { validate?: boolean } = {}) => {
  recorded = recordingClient(prism.url, emulator.apiKey, options);
  return recorded.client;
};

describe('emulator contract (through prism proxy --errors)', () => {
  it('a serverless cluster goes CREATING -> RUNNING, is listed, dropped, DELETING, then gone', async () => {
    const zc = through();
    const created = await zc.clusters.createServerless({
      clusterName: 'life-cycle',
      projectId: PROJECT,
      regionId: 'gcp-us-west1',
    });
    expect(created.clusterId).toMatch(/^in05-[0-9a-f]{15}$/);
    expect(created.username).toBe(`db_${created.clusterId.slice(5)}`);
    expect(created.password).toMatch(/^\S{16}$/);

    const early = await zc.clusters.describe(created.clusterId);
    expect(early).toMatchObject({
      status: 'CREATING',
      clusterName: 'life-cycle',
      plan: 'Serverless',
      cuSize: 0,
    });
    expect(early.createProgress).toBeLessThan(100);

    const progress: Array<string | undefined> = [];
    const running = await zc.clusters.waitFor(created.clusterId, {
      pollIntervalMs: 100,
      onProgress: (p) => progress.push(p.status),
    });
    expect(running).toMatchObject({ status: 'RUNNING', createProgress: 100 });
    expect(progress[0]).toBe('CREATING');

    const listed = await zc.clusters.list({ region: 'gcp-us-west1' });
    expect(listed.clusters.map((c) => c.clusterId)).toContain(created.clusterId);
    expect((await zc.projects.list())[0]?.instanceCount).toBeGreaterThanOrEqual(1);

    await expect(zc.clusters.drop(created.clusterId)).resolves.toMatchObject({
      clusterId: created.clusterId,
    });
    expect((await zc.clusters.describe(created.clusterId)).status).toBe('DELETING');
    await sleep(350);
    await expect(zc.clusters.describe(created.clusterId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await zc.clusters.list().toArray()).map((c) => c.clusterId)).not.toContain(created.clusterId);
  });

  it('a free cluster gets an in03 id', async () => {
    const created = await through().clusters.createFree({
      clusterName: 'free-one',
      projectId: PROJECT,
      regionId: 'gcp-us-west1',
    });
    expect(created.clusterId).toMatch(/^in03-/);
  });

  it('lists clouds, regions and pages', async () => {
    const zc = through();
    expect((await zc.clouds.list()).map((c) => c.cloudId)).toEqual(['aws', 'gcp', 'azure']);
    expect((await zc.regions.list({ cloudId: 'azure' })).map((r) => r.regionId)).toEqual([
      'az-eastus',
      'az-centralus',
      'az-germanywestcentral',
    ]);
    for (const name of ['page-a', 'page-b', 'page-c']) {
      await zc.clusters.createServerless({
        clusterName: name,
        projectId: PROJECT,
        regionId: 'aws-us-west-2',
      });
    }
    const pages = [];
    for await (const page of zc.clusters.list({ region: 'aws-us-west-2', pageSize: 2 }).pages())
      pages.push(page.clusters.length);
    expect(pages).toEqual([2, 1]);
  });

  it.each([
    ['duplicate name', { clusterName: 'dup-name', regionId: 'gcp-us-west1' }, ConflictError, 40013],
    ['unknown region', { clusterName: 'nowhere', regionId: 'aws-mars-1' }, InvalidRequestError, 96001],
    [
      'region without serverless',
      { clusterName: 'no-sls', regionId: 'aws-us-east-1' },
      InvalidRequestError,
      96020,
    ],
    [
      'unknown project',
      { clusterName: 'orphan', regionId: 'gcp-us-west1', projectId: 'proj-0000000000000000000000' },
      InvalidRequestError,
      96005,
    ],
  ])('create error: %s', async (_name, input, type, code) => {
    const zc = through();
    const body = { projectId: PROJECT, ...input };
    if (code === 40013) await zc.clusters.createServerless(body);
    const error = await zc.clusters.createServerless(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, httpStatus: 200 });
  });

  it('createFree in a region without the free plan', async () => {
    const error = await through()
      .clusters.createFree({ clusterName: 'no-free', projectId: PROJECT, regionId: 'aws-eu-central-1' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 96019 });
  });

  it.each([
    ['unknown cluster', 'in05-000000000000000', NotFoundError, 96018],
    ['malformed id', 'not-an-id', InvalidRequestError, 96036],
  ])('describe and drop: %s', async (_name, id, type, code) => {
    const zc = through();
    await expect(zc.clusters.describe(id)).rejects.toMatchObject({ code });
    await expect(zc.clusters.drop(id)).rejects.toBeInstanceOf(type);
  });

  it('an unknown cloud', async () => {
    await expect(through().regions.list({ cloudId: 'mars' })).rejects.toMatchObject({ code: 96000 });
  });

  it('a wrong API key is HTTP 401 with 21119', async () => {
    recorded = recordingClient(prism.url, 'wrong-key');
    const error = await recorded.client.projects.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 21119, httpStatus: 401 });
  });

  it('429 and 503 faults keep the contract', async () => {
    for (const fault of ['429', '503']) {
      recorded = recordingClient(prism.url, emulator.apiKey, { headers: { 'x-zcloud-fault': fault } });
      await expect(recorded.client.projects.list()).rejects.toMatchObject({ httpStatus: Number(fault) });
    }
  });
});

describe('errors Prism itself would refuse, straight to the emulator', () => {
  const direct = () =>
    new ZillizCloud({
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      env: {},
      validate: false,
      maxRetries: 0,
      logLevel: 'off',
    });
  afterEach(() => {
    recorded = recordingClient('http://unused', 'x');
  });

  it.each([
    ['my cluster', 96010],
    ['x'.repeat(33), 96010],
  ])('invalid name %j', async (clusterName, code) => {
    await expect(
      direct().clusters.createServerless({ clusterName, projectId: PROJECT, regionId: 'gcp-us-west1' }),
    ).rejects.toMatchObject({ code });
  });

  it.each([
    [{ pageSize: 0 }, 96008],
    [{ pageSize: 101 }, 96008],
    [{ currentPage: 0 }, 96009],
  ])('list %j', async (params, code) => {
    await expect(direct().clusters.list(params)).rejects.toMatchObject({ code });
  });
});
