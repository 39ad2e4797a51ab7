// Load, not timing: 200 concurrent creates and 2,000 describes through the SDK. Every create is
// answered once, no name is duplicated, no cluster is lost, and memory stays bounded.
import { ZillizCloud } from '@zcloud/node-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { PROJECT } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, createDelayMs: 100 });
});
afterAll(async () => {
  await emulator?.close();
});

describe('load', () => {
  it('200 concurrent creates and 2,000 describes', async () => {
    const zc = new ZillizCloud({
      apiKey: emulator.apiKey,
      baseUrl: emulator.url,
      env: {},
      maxRequestsPerSecond: 0,
      logLevel: 'off',
    });
    const rssBefore = process.memoryUsage().rss;
    const names = Array.from({ length: 200 }, (_, i) => `load-${i}`);
    // Each name twice, concurrently: exactly one of each pair may win.
    const results = await Promise.allSettled(
      [...names, ...names].map((clusterName) =>
        zc.clusters.createServerless({ clusterName, projectId: PROJECT, regionId: 'gcp-us-west1' }),
      ),
    );
    const created = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const conflicts = results.filter(
      (r) => r.status === 'rejected' && (r.reason as { code?: number }).code === 40013,
    );
    expect(created).toHaveLength(200);
    expect(conflicts).toHaveLength(200);
    expect(new Set(created.map((c) => c.clusterId)).size).toBe(200);

    const all = await zc.clusters.list({ region: 'gcp-us-west1' }).toArray();
    const loadClusters = all.filter((c) => c.clusterName.startsWith('load-'));
    expect(loadClusters).toHaveLength(200);
    expect(new Set(loadClusters.map((c) => c.clusterName)).size).toBe(200);

    const ids = created.map((c) => c.clusterId);
    for (let batch = 0; batch < 20; batch++) {
      const described = await Promise.all(
        Array.from({ length: 100 }, (_, i) => zc.clusters.describe(ids[(batch * 100 + i) % 200] as string)),
      );
      expect(described.every((c) => ids.includes(c.clusterId))).toBe(true);
    }
    const growthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    expect(growthMb).toBeLessThan(150);
  });
});
