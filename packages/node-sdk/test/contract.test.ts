// Every SDK method against the real Prism serving spec/openapi.yaml; Prism reports any request that
// breaks the contract in `sl-violations`, which fails the test.
import { CANARY_API_KEY, PROJECT_ID, type PrismServer, startPrism, violationRecorder } from '@zcloud/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, InvalidRequestError, NotFoundError, ZillizCloud } from '../src/index.js';

let prism: PrismServer;
let prefer: string | undefined;
const recorder = violationRecorder((request) => {
  if (prefer) request.headers.set('Prefer', prefer);
  return request;
});

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.close();
});
afterEach(() => {
  prefer = undefined;
  expect(recorder.take(), 'Prism reported contract violations').toEqual([]);
});

const client = () =>
  new ZillizCloud({
    apiKey: CANARY_API_KEY,
    baseUrl: prism.url,
    logLevel: 'off',
    env: {},
    fetch: recorder.fetch,
  });
const body = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };

describe('node-sdk contract (Prism)', () => {
  it('clusters.createServerless', async () => {
    await expect(
      client().clusters.createServerless({ ...body, description: 'for search' }),
    ).resolves.toMatchObject({
      clusterId: 'in05-bfee098389ca970',
      username: 'db_bfee098389ca970',
      password: expect.any(String),
    });
  });

  it('clusters.createServerless with wait', async () => {
    await expect(client().clusters.createServerless(body, { wait: true })).resolves.toMatchObject({
      cluster: { status: 'RUNNING' },
    });
  });

  it('clusters.createFree', async () => {
    await expect(client().clusters.createFree(body)).resolves.toMatchObject({
      clusterId: 'in03-5a1c0e3d9b7f2a4',
    });
  });

  it('clusters.describe and waitFor', async () => {
    const zc = client();
    await expect(zc.clusters.describe('in05-bfee098389ca970')).resolves.toMatchObject({
      status: 'RUNNING',
      cuSize: 0,
    });
    await expect(zc.clusters.waitFor('in05-bfee098389ca970')).resolves.toMatchObject({ status: 'RUNNING' });
  });

  it('clusters.list, one page and iterated', async () => {
    const zc = client();
    await expect(
      zc.clusters.list({ pageSize: 10, currentPage: 1, region: 'gcp-us-west1' }),
    ).resolves.toMatchObject({ count: 2 });
    expect((await zc.clusters.list().toArray()).map((c) => c.clusterName)).toEqual([
      'search-prod',
      'sandbox',
    ]);
  });

  it('clusters.drop', async () => {
    await expect(client().clusters.drop('in05-bfee098389ca970')).resolves.toMatchObject({
      clusterId: 'in05-bfee098389ca970',
    });
  });

  it('projects, clouds and regions', async () => {
    const zc = client();
    await expect(zc.projects.list()).resolves.toMatchObject([{ projectId: PROJECT_ID, instanceCount: 2 }]);
    await expect(zc.clouds.list()).resolves.toHaveLength(3);
    await expect(zc.regions.list({ cloudId: 'gcp' })).resolves.toMatchObject([
      { regionId: 'gcp-us-west1' },
      {},
    ]);
  });

  it.each([
    ['example=duplicateName', ConflictError],
    ['example=serverlessNotSupported', InvalidRequestError],
    ['example=invalidRegion', InvalidRequestError],
  ])('create errors: %s', async (header, type) => {
    prefer = header;
    await expect(client().clusters.createServerless(body)).rejects.toBeInstanceOf(type);
  });

  it('describe of a missing cluster', async () => {
    prefer = 'example=notFound';
    await expect(client().clusters.describe('in05-000000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });
});
