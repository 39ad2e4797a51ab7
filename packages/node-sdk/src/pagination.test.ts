import { clusterFixture, json, ok, scriptedFetch } from '@zcloud/testkit';
import { describe, expect, it } from 'vitest';
import { testClient } from '../test/client.js';

const clusters = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    clusterFixture({ clusterId: `in05-${String(from + i).padStart(15, '0')}` }),
  );
const page = (currentPage: number, pageSize: number, count: number, items: object[]) =>
  json(ok({ count, currentPage, pageSize, clusters: items }));

describe('clusters.list', () => {
  it('awaited, returns one page with the given parameters', async () => {
    const script = scriptedFetch({ 'GET /v2/clusters': page(2, 5, 12, clusters(5, 5)) });
    const result = await testClient(script.fetch).clusters.list({
      pageSize: 5,
      currentPage: 2,
      region: 'gcp-us-west1',
    });
    expect(result.clusters).toHaveLength(5);
    expect(result.count).toBe(12);
    expect(script.calls).toEqual(['GET /v2/clusters?pageSize=5&currentPage=2&region=gcp-us-west1']);
  });

  it('iterated, reads every page in pages of 100', async () => {
    const script = scriptedFetch({
      'GET /v2/clusters': [
        page(1, 100, 250, clusters(0, 100)),
        page(2, 100, 250, clusters(100, 100)),
        page(3, 100, 250, clusters(200, 50)),
      ],
    });
    const ids: string[] = [];
    for await (const cluster of testClient(script.fetch).clusters.list({ region: 'gcp-us-west1' }))
      ids.push(cluster.clusterId);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(script.calls).toEqual([
      'GET /v2/clusters?region=gcp-us-west1&pageSize=100&currentPage=1',
      'GET /v2/clusters?region=gcp-us-west1&pageSize=100&currentPage=2',
      'GET /v2/clusters?region=gcp-us-west1&pageSize=100&currentPage=3',
    ]);
  });

  it('stops on an exact last page without an extra call', async () => {
    const script = scriptedFetch({
      'GET /v2/clusters': [page(1, 2, 4, clusters(0, 2)), page(2, 2, 4, clusters(2, 2))],
    });
    const all = await testClient(script.fetch).clusters.list({ pageSize: 2 }).toArray();
    expect(all).toHaveLength(4);
    expect(script.count('GET /v2/clusters')).toBe(2);
  });

  it('stops on an empty page even if the count promised more', async () => {
    const script = scriptedFetch({ 'GET /v2/clusters': [page(1, 2, 9, clusters(0, 2)), page(2, 2, 9, [])] });
    expect(await testClient(script.fetch).clusters.list({ pageSize: 2 }).toArray()).toHaveLength(2);
  });

  it('sends nothing until awaited or iterated', () => {
    const script = scriptedFetch({ 'GET /v2/clusters': page(1, 10, 0, []) });
    testClient(script.fetch).clusters.list();
    expect(script.calls).toEqual([]);
  });
});
