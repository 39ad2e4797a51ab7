// `pnpm contract:live`: the spec against the real service, read-only. Every answer of production
// passes through `prism proxy --errors`; a violation means the spec (or the service) changed.
// Skipped without ZILLIZ_API_KEY. Never creates, drops or changes anything.
import { type PrismServer, startPrism, violationRecorder } from '@zcloud/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_BASE_URL, NotFoundError, ZillizCloud } from '../../src/index.js';

const apiKey = process.env.ZILLIZ_API_KEY ?? process.env.ZILLIZCLOUD_API_KEY;
const upstream = process.env.ZCLOUD_BASE_URL ?? GLOBAL_BASE_URL;
let prism: PrismServer;
const recorder = violationRecorder();

describe.skipIf(!apiKey)(`live contract against ${upstream}`, () => {
  let zc: ZillizCloud;
  beforeAll(async () => {
    prism = await startPrism({ upstream });
    zc = new ZillizCloud({
      apiKey: apiKey as string,
      baseUrl: prism.url,
      env: {},
      logLevel: 'off',
      fetch: recorder.fetch,
    });
  });
  afterAll(async () => {
    await prism?.close();
    expect(recorder.take(), 'production answers that break the contract').toEqual([]);
  });

  it('listProjects, listCloudProviders, listCloudRegions', async () => {
    expect((await zc.projects.list()).length).toBeGreaterThanOrEqual(0);
    expect((await zc.clouds.list()).length).toBeGreaterThan(0);
    expect((await zc.regions.list()).length).toBeGreaterThan(0);
  });

  it('listClusters and describeCluster', async () => {
    const page = await zc.clusters.list({ pageSize: 10 });
    expect(page.count).toBeGreaterThanOrEqual(page.clusters.length);
    const [first] = page.clusters;
    if (first) expect((await zc.clusters.describe(first.clusterId)).clusterId).toBe(first.clusterId);
  });

  it('describeCluster of a cluster that does not exist', async () => {
    await expect(zc.clusters.describe('in05-000000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });
});
