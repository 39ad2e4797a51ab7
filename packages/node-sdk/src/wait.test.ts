import { inspect } from 'node:util';
import { clusterFixture, fail, json, ok, PROJECT_ID, scriptedFetch } from '@zcloud/testkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testClient } from '../test/client.js';
import {
  APIUserAbortError,
  AuthenticationError,
  ClusterFailedError,
  createResultOf,
  NotFoundError,
  type WaitProgress,
  WaitTimeoutError,
} from './index.js';

const ID = 'in05-bfee098389ca970';
const DESCRIBE = `GET /v2/clusters/${ID}`;
const CREATE = 'POST /v2/clusters/createServerless';
const status = (value: string, extra: object = {}) => json(ok(clusterFixture({ status: value, ...extra })));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function settle<T>(promise: Promise<T>, ms = 20 * 60_000): Promise<T | unknown> {
  const settled = promise.then(
    (value) => value,
    (error: unknown) => error,
  );
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('waitFor', () => {
  it('polls until RUNNING and reports every poll', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [
        status('CREATING', { createProgress: 10 }),
        status('CREATING', { createProgress: 60 }),
        status('RUNNING'),
      ],
    });
    const progress: WaitProgress[] = [];
    const cluster = await settle(
      testClient(script.fetch).clusters.waitFor(ID, { onProgress: (p) => progress.push(p) }),
    );
    expect(cluster).toMatchObject({ status: 'RUNNING' });
    expect(progress.map((p) => [p.status, p.polls, p.cluster?.createProgress])).toEqual([
      ['CREATING', 1, 10],
      ['CREATING', 2, 60],
      ['RUNNING', 3, 100],
    ]);
  });

  it('starts at about 1 s and grows the pause to a 10 s cap', async () => {
    const script = scriptedFetch({ [DESCRIBE]: status('CREATING') });
    const times: number[] = [];
    const start = Date.now();
    const pending = testClient(script.fetch).clusters.waitFor(ID, {
      timeoutMs: 120_000,
      onProgress: () => times.push(Date.now() - start),
    });
    await settle(pending, 120_000);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(gaps[0]).toBeGreaterThanOrEqual(900);
    expect(gaps[0]).toBeLessThanOrEqual(1_100);
    expect(gaps[1]).toBeGreaterThan(gaps[0] as number);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(11_000);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(9_000);
  });

  it.each(['ABNORMAL', 'DELETING', 'DELETED'])('fails fast on %s', async (bad) => {
    const script = scriptedFetch({ [DESCRIBE]: [status('CREATING'), status(bad)] });
    const error = (await settle(testClient(script.fetch).clusters.waitFor(ID))) as ClusterFailedError;
    expect(error).toBeInstanceOf(ClusterFailedError);
    expect(error.status).toBe(bad);
    expect(script.count(DESCRIBE)).toBe(2);
  });

  it('takes "not found" for "not visible yet" right after a create', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [
        json(fail(96018, 'The cluster does not exist.')),
        json(fail(96018, 'x')),
        status('RUNNING'),
      ],
    });
    const progress: WaitProgress[] = [];
    await expect(
      settle(
        testClient(script.fetch).clusters.waitFor(ID, {
          notFoundGraceMs: 30_000,
          onProgress: (p) => progress.push(p),
        }),
      ),
    ).resolves.toMatchObject({ status: 'RUNNING' });
    expect(progress.map((p) => p.status)).toEqual([undefined, undefined, 'RUNNING']);
  });

  it('without a grace period, "not found" fails at once', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(96018, 'The cluster does not exist.')) });
    expect(await settle(testClient(script.fetch).clusters.waitFor(ID), 0)).toBeInstanceOf(NotFoundError);
    expect(script.count(DESCRIBE)).toBe(1);
  });

  it('waitFor right after a create by the same client tolerates "not found"; another client does not', async () => {
    const script = scriptedFetch({
      'POST /v2/clusters/createServerless': json(
        ok({ clusterId: ID, username: 'u', password: 'p', prompt: '' }),
      ),
      [DESCRIBE]: [json(fail(96018, 'not yet')), status('RUNNING')],
    });
    const creator = testClient(script.fetch);
    await creator.clusters.createServerless({
      clusterName: 'search-prod',
      projectId: PROJECT_ID,
      regionId: 'gcp-us-west1',
    });
    await expect(settle(creator.clusters.waitFor(ID))).resolves.toMatchObject({ status: 'RUNNING' });

    const stranger = scriptedFetch({ [DESCRIBE]: json(fail(96018, 'not found')) });
    expect(await settle(testClient(stranger.fetch).clusters.waitFor(ID), 0)).toBeInstanceOf(NotFoundError);
  });

  it('createServerless with wait tolerates "not found" right after the create', async () => {
    const script = scriptedFetch({
      'POST /v2/clusters/createServerless': json(
        ok({ clusterId: ID, username: 'u', password: 'p', prompt: '' }),
      ),
      [DESCRIBE]: [json(fail(96018, 'not yet')), status('RUNNING')],
    });
    const body = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };
    await expect(
      settle(testClient(script.fetch).clusters.createServerless(body, { wait: true })),
    ).resolves.toMatchObject({
      cluster: { status: 'RUNNING' },
    });
  });

  it('gives up on "not found" after the grace period', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(96018, 'The cluster does not exist.')) });
    const error = await settle(testClient(script.fetch).clusters.waitFor(ID, { notFoundGraceMs: 5_000 }));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('keeps waiting through unknown statuses, reporting them', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [status('CREATING'), status('WARMING_UP'), status('RUNNING')],
    });
    const seen: Array<string | undefined> = [];
    await settle(testClient(script.fetch).clusters.waitFor(ID, { onProgress: (p) => seen.push(p.status) }));
    expect(seen).toEqual(['CREATING', 'WARMING_UP', 'RUNNING']);
  });

  it('rides out transient failures', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [status('CREATING'), json(fail(503, 'x'), 503), status('RUNNING')],
    });
    await expect(settle(testClient(script.fetch).clusters.waitFor(ID))).resolves.toMatchObject({
      status: 'RUNNING',
    });
  });

  it('stops on an error that waiting cannot fix', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(21119, 'The apikey is illegal'), 401) });
    expect(await settle(testClient(script.fetch).clusters.waitFor(ID))).toBeInstanceOf(AuthenticationError);
  });

  it('times out with the last status seen', async () => {
    const script = scriptedFetch({ [DESCRIBE]: status('CREATING') });
    const error = (await settle(
      testClient(script.fetch).clusters.waitFor(ID, { timeoutMs: 30_000 }),
      31_000,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ clusterId: ID, lastStatus: 'CREATING', targetStatus: 'RUNNING' });
    expect(error.message).toMatch(/did not reach RUNNING within 30s \(last status: CREATING\)/);
  });

  it('waits for another status when asked', async () => {
    const script = scriptedFetch({ [DESCRIBE]: [status('RUNNING'), status('STOPPED')] });
    await expect(
      settle(testClient(script.fetch).clusters.waitFor(ID, { status: 'STOPPED' })),
    ).resolves.toMatchObject({
      status: 'STOPPED',
    });
  });

  it('aborts during the pause between polls', async () => {
    const script = scriptedFetch({ [DESCRIBE]: status('CREATING') });
    const controller = new AbortController();
    const pending = testClient(script.fetch)
      .clusters.waitFor(ID, { signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3_000);
    const polls = script.count(DESCRIBE);
    controller.abort();
    expect(await pending).toBeInstanceOf(APIUserAbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(script.count(DESCRIBE)).toBe(polls);
  });
});

describe('createServerless with wait', () => {
  const body = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };
  const created = {
    clusterId: ID,
    username: 'db_bfee098389ca970',
    password: 'Canary#Pw-4b8d2f6a0c',
    prompt: 'ok',
  };

  it('returns the create result with the RUNNING cluster', async () => {
    const script = scriptedFetch({
      [CREATE]: json(ok(created)),
      [DESCRIBE]: [status('CREATING'), status('RUNNING')],
    });
    const result = await settle(testClient(script.fetch).clusters.createServerless(body, { wait: true }));
    expect(result).toMatchObject({ ...created, cluster: { status: 'RUNNING' } });
  });

  it('keeps the password on an error thrown while waiting, out of sight', async () => {
    const script = scriptedFetch({ [CREATE]: json(ok(created)), [DESCRIBE]: status('CREATING') });
    const error = await settle(
      testClient(script.fetch).clusters.createServerless(body, { wait: true, waitTimeoutMs: 10_000 }),
      11_000,
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(createResultOf(error)).toEqual(created);
    expect(JSON.stringify(error)).not.toContain(created.password);
    expect(inspect(error)).not.toContain(created.password);
    expect(String((error as Error).stack)).not.toContain(created.password);
  });

  it('keeps it on an abort while waiting too', async () => {
    const script = scriptedFetch({ [CREATE]: json(ok(created)), [DESCRIBE]: status('CREATING') });
    const controller = new AbortController();
    const pending = testClient(script.fetch)
      .clusters.createServerless(body, { wait: true, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2_500);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(createResultOf(error)?.password).toBe(created.password);
  });
});
