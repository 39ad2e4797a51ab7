// The emulator's own HTTP behaviour: bad requests get the error envelope and never crash it;
// faults; persistence across restarts.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../src/index.js';
import { PROJECT } from './helpers.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function call(path: string, init: RequestInit & { key?: string | null } = {}) {
  emulator ??= await startEmulator({ port: 0, createDelayMs: 200 });
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? emulator.apiKey}`);
  const response = await fetch(`${emulator.url}${path}`, { ...init, headers });
  return {
    status: response.status,
    requestId: response.headers.get('requestid'),
    headers: response.headers,
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back in a test
    body: (await response.json()) as any,
  };
}
const create = (body: unknown, headers: Record<string, string> = {}) =>
  call('/v2/clusters/createServerless', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers,
  });

describe('bad requests get the envelope', () => {
  it.each([
    ['malformed JSON', '{"clusterName": ', 400, 400],
    ['a JSON array', '[1,2]', 400, 400],
    ['a number as name', { clusterName: 5, projectId: PROJECT, regionId: 'gcp-us-west1' }, 200, 96010],
    ['a missing project', { clusterName: 'a', regionId: 'gcp-us-west1' }, 200, 96005],
    ['an object as region', { clusterName: 'a', projectId: PROJECT, regionId: {} }, 200, 96001],
  ])('%s', async (_name, body, status, code) => {
    const answer = await create(body);
    expect(answer).toMatchObject({ status, body: { code, message: expect.any(String) } });
    expect(answer.requestId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('an oversize body is refused with 413', async () => {
    const answer = await create({
      clusterName: 'a',
      projectId: PROJECT,
      regionId: 'gcp-us-west1',
      description: 'x'.repeat(100_000),
    });
    expect(answer).toMatchObject({ status: 413, body: { code: 413 } });
  });

  it.each([
    ['GET', '/v2/nothing', 404],
    ['GET', '/', 404],
    ['PUT', '/v2/projects', 405],
    ['GET', '/v2/clusters/createServerless/extra', 404],
  ])('%s %s -> %i', async (method, path, status) => {
    expect(await call(path, { method })).toMatchObject({ status, body: { code: status } });
  });

  it('a missing key is 401 / 21119', async () => {
    expect(await call('/v2/projects', { key: null })).toMatchObject({
      status: 401,
      body: { code: 21119, message: 'The apikey is illegal' },
    });
  });

  it('keeps serving after all of the above', async () => {
    expect((await call('/v2/clouds')).body.code).toBe(0);
  });
});

describe('faults', () => {
  it('429 with Retry-After, 503, and latency on request', async () => {
    const limited = await call('/v2/projects', { headers: { 'x-zcloud-fault': '429' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await call('/v2/projects', { headers: { 'x-zcloud-fault': '503' } })).status).toBe(503);
    const started = Date.now();
    await call('/v2/projects', { headers: { 'x-zcloud-fault': 'latency=300' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('drop-after-apply creates the cluster and closes the connection unanswered', async () => {
    const body = { clusterName: 'lost-answer', projectId: PROJECT, regionId: 'gcp-us-west1' };
    await expect(create(body, { 'x-zcloud-fault': 'drop-after-apply' })).rejects.toThrow(/fetch failed/);
    const listed = await call('/v2/clusters');
    expect(listed.body.data.clusters.map((c: { clusterName: string }) => c.clusterName)).toEqual([
      'lost-answer',
    ]);
    expect((await create(body)).body.code).toBe(40013);
  });

  it('every n-th request is rate limited when configured', async () => {
    emulator = await startEmulator({ port: 0, faults: { rateLimitEvery: 3 } });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call('/v2/clouds')).status);
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
  });
});

describe('persistence', () => {
  it('state survives a restart, written atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zcloud-emu-'));
    const dataFile = join(dir, 'state.json');
    emulator = await startEmulator({ port: 0, dataFile, apiKeys: ['k'] });
    const created = await create(
      { clusterName: 'persisted', projectId: PROJECT, regionId: 'gcp-us-west1' },
      { authorization: 'Bearer k' },
    );
    expect(created.body.code).toBe(0);
    // Written before the answer, and no temporary file left behind.
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).clusters).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['state.json']);
    await emulator.close();

    emulator = await startEmulator({ port: 0, dataFile, apiKeys: ['k'] });
    const described = await call(`/v2/clusters/${created.body.data.clusterId}`, { key: 'k' });
    expect(described.body.data).toMatchObject({ clusterName: 'persisted' });
    expect(existsSync(`${dataFile}.tmp`)).toBe(false);
  });
});
