import {
  clusterFixture,
  fail,
  hang,
  json,
  networkError,
  ok,
  PROJECT_ID,
  scriptedFetch,
} from '@zcloud/testkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testClient } from '../test/client.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  RateLimitError,
  UnexpectedResponseError,
} from './index.js';

const DESCRIBE = 'GET /v2/clusters/in05-bfee098389ca970';
const CREATE = 'POST /v2/clusters/createServerless';
const LIST = 'GET /v2/clusters';
const DROP = 'DELETE /v2/clusters/in05-bfee098389ca970/drop';
const body = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };
const created = {
  clusterId: 'in05-bfee098389ca970',
  username: 'db_bfee098389ca970',
  password: 'pw-1',
  prompt: 'ok',
};

/** Settles a promise under fake timers, returning its error (or failing if it resolves). */
async function failure(promise: Promise<unknown>, advanceMs = 600_000): Promise<unknown> {
  const settled = promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
  await vi.advanceTimersByTimeAsync(advanceMs);
  return settled;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it.each([
    { name: '503', handler: json(fail(503, 'unavailable'), 503), type: InternalServerError },
    {
      name: '500 HTML',
      handler: () => new Response('<html>oops</html>', { status: 500 }),
      type: UnexpectedResponseError,
    },
    { name: '408', handler: json(fail(408, 'timeout'), 408), type: Error },
    { name: '429', handler: json(fail(429, 'slow'), 429), type: RateLimitError },
    { name: 'reset', handler: networkError('ECONNRESET'), type: APIConnectionError },
    { name: 'refused', handler: networkError('ECONNREFUSED'), type: APIConnectionError },
  ])('retries $name twice by default, then throws it', async ({ handler, type }) => {
    const script = scriptedFetch({ [DESCRIBE]: handler });
    const error = await failure(testClient(script.fetch).clusters.describe('in05-bfee098389ca970'));
    expect(error).toBeInstanceOf(type);
    expect(script.count(DESCRIBE)).toBe(3);
  });

  it.each([
    { name: 'a business error', handler: json(fail(96010, 'bad name')), type: InvalidRequestError },
    {
      name: 'a bad key',
      handler: json(fail(21119, 'The apikey is illegal'), 401),
      type: AuthenticationError,
    },
    { name: 'not found', handler: json(fail(96018, 'no such cluster')), type: NotFoundError },
  ])('does not retry $name', async ({ handler, type }) => {
    const script = scriptedFetch({ [DESCRIBE]: handler });
    const error = await failure(testClient(script.fetch).clusters.describe('in05-bfee098389ca970'));
    expect(error).toBeInstanceOf(type);
    expect(script.count(DESCRIBE)).toBe(1);
  });

  it('honours maxRetries per client and per call', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(503, 'x'), 503) });
    const client = testClient(script.fetch, { maxRetries: 0 });
    await failure(client.clusters.describe('in05-bfee098389ca970'));
    expect(script.count(DESCRIBE)).toBe(1);
    await failure(client.clusters.describe('in05-bfee098389ca970', { maxRetries: 4 }));
    expect(script.count(DESCRIBE)).toBe(6);
  });

  it('backs off exponentially: 500 ms, then 1 s (jitter pinned to none)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const script = scriptedFetch({
      [DESCRIBE]: [json(fail(503, 'x'), 503), json(fail(503, 'x'), 503), json(ok(clusterFixture()))],
    });
    const pending = testClient(script.fetch).clusters.describe('in05-bfee098389ca970');
    await vi.advanceTimersByTimeAsync(499);
    expect(script.count(DESCRIBE)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(script.count(DESCRIBE)).toBe(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(script.count(DESCRIBE)).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(script.count(DESCRIBE)).toBe(3);
    await expect(pending).resolves.toMatchObject({ status: 'RUNNING' });
    vi.restoreAllMocks();
  });

  it('waits as long as Retry-After says in seconds', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [json(fail(429, 'slow down'), 429, { 'Retry-After': '3' }), json(ok(clusterFixture()))],
    });
    const pending = testClient(script.fetch).clusters.describe('in05-bfee098389ca970');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(script.count(DESCRIBE)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(script.count(DESCRIBE)).toBe(2);
    await expect(pending).resolves.toMatchObject({ clusterId: 'in05-bfee098389ca970' });
  });

  it('waits until the HTTP date of Retry-After', async () => {
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    const script = scriptedFetch({
      [DESCRIBE]: [
        json(fail(503, 'maintenance'), 503, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }),
        json(ok(clusterFixture())),
      ],
    });
    const pending = testClient(script.fetch).clusters.describe('in05-bfee098389ca970');
    await vi.advanceTimersByTimeAsync(4_990);
    expect(script.count(DESCRIBE)).toBe(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(script.count(DESCRIBE)).toBe(2);
    await pending;
  });

  it('caps a huge Retry-After at 60 s', async () => {
    const script = scriptedFetch({
      [DESCRIBE]: [json(fail(429, 'x'), 429, { 'Retry-After': '86400' }), json(ok(clusterFixture()))],
    });
    const pending = testClient(script.fetch, { deadlineMs: 600_000 }).clusters.describe(
      'in05-bfee098389ca970',
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(script.count(DESCRIBE)).toBe(2);
    await pending;
  });

  it('gives up at once when the retry delay would pass the deadline', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(429, 'x'), 429, { 'Retry-After': '30' }) });
    const error = await failure(
      testClient(script.fetch, { deadlineMs: 10_000 }).clusters.describe('in05-bfee098389ca970'),
      1,
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(script.count(DESCRIBE)).toBe(1);
  });
});

describe('timeouts and the deadline', () => {
  it('times out each attempt and retries it', async () => {
    const script = scriptedFetch({ [DESCRIBE]: [hang, json(ok(clusterFixture()))] });
    const pending = testClient(script.fetch, { timeoutMs: 1_000 }).clusters.describe('in05-bfee098389ca970');
    await vi.advanceTimersByTimeAsync(999);
    expect(script.count(DESCRIBE)).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(script.count(DESCRIBE)).toBe(2);
    await expect(pending).resolves.toMatchObject({ status: 'RUNNING' });
  });

  it('reports a per-attempt timeout with its duration', async () => {
    const script = scriptedFetch({ [DESCRIBE]: hang });
    const error = (await failure(
      testClient(script.fetch, { timeoutMs: 1_000, maxRetries: 0 }).clusters.describe('in05-bfee098389ca970'),
    )) as Error;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/describeCluster timed out after 1000 ms/);
  });

  it('bounds the whole call, retries included, by the deadline', async () => {
    const script = scriptedFetch({ [DESCRIBE]: hang });
    const pending = testClient(script.fetch, {
      timeoutMs: 2_000,
      deadlineMs: 5_000,
      maxRetries: 10,
    }).clusters.describe('in05-bfee098389ca970');
    // Settles within the 5 s deadline: the third attempt would start past it, so the last error stands.
    const error = (await failure(pending, 5_000)) as Error;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(script.count(DESCRIBE)).toBe(2);
  });

  it('cuts an attempt short when the deadline falls inside it', async () => {
    const script = scriptedFetch({ [DESCRIBE]: hang });
    const pending = testClient(script.fetch, { timeoutMs: 10_000, deadlineMs: 3_000 }).clusters.describe(
      'in05-bfee098389ca970',
    );
    const error = (await failure(pending, 3_000)) as Error;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/after 3000 ms/);
    expect(script.count(DESCRIBE)).toBe(1);
  });
});

describe('abort', () => {
  it('rejects at once when the signal is already aborted, sending nothing', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(ok(clusterFixture())) });
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      testClient(script.fetch).clusters.describe('in05-bfee098389ca970', { signal: controller.signal }),
      0,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(script.count(DESCRIBE)).toBe(0);
  });

  it('aborts a request in flight', async () => {
    const script = scriptedFetch({ [DESCRIBE]: hang });
    const controller = new AbortController();
    const pending = testClient(script.fetch).clusters.describe('in05-bfee098389ca970', {
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await failure(pending, 0)).toBeInstanceOf(APIUserAbortError);
    expect(script.count(DESCRIBE)).toBe(1);
  });

  it('aborts between attempts, during the backoff', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(fail(503, 'x'), 503, { 'Retry-After': '20' }) });
    const controller = new AbortController();
    const pending = testClient(script.fetch).clusters.describe('in05-bfee098389ca970', {
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    expect(await failure(pending, 0)).toBeInstanceOf(APIUserAbortError);
    expect(script.count(DESCRIBE)).toBe(1);
  });

  it('aborts while queued behind the rate limit', async () => {
    const script = scriptedFetch({ [DESCRIBE]: json(ok(clusterFixture())) });
    const client = testClient(script.fetch, { maxRequestsPerSecond: 1 });
    await client.clusters.describe('in05-bfee098389ca970');
    const controller = new AbortController();
    const pending = client.clusters.describe('in05-bfee098389ca970', { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(200);
    controller.abort();
    expect(await failure(pending, 0)).toBeInstanceOf(APIUserAbortError);
    expect(script.count(DESCRIBE)).toBe(1);
  });
});

describe('no duplicate clusters, no lost results', () => {
  const listing = (clusters: object[]) =>
    json(ok({ count: clusters.length, currentPage: 1, pageSize: 100, clusters }));
  const justNow = () => new Date(Date.now()).toISOString().replace(/\.\d+Z$/, 'Z');

  it('a retry that meets "name exists" after a lost answer returns the cluster as recovered', async () => {
    const script = scriptedFetch({
      [CREATE]: [networkError('ECONNRESET'), json(fail(40013, 'The specified cluster name already exists.'))],
      [LIST]: () =>
        listing([clusterFixture({ status: 'CREATING', createTime: justNow() })])(new Request('http://x'), 0),
    });
    const pending = testClient(script.fetch).clusters.createServerless(body);
    await vi.advanceTimersByTimeAsync(1_000);
    const result = await pending;
    expect(result).toMatchObject({ clusterId: 'in05-bfee098389ca970', recovered: true, password: undefined });
    expect(result.prompt).toMatch(/password cannot be shown: reset/);
    expect(script.count(CREATE)).toBe(2);
    expect(script.calls).toContain('GET /v2/clusters?region=gcp-us-west1&pageSize=100&currentPage=1');
  });

  it('after a timeout too', async () => {
    const script = scriptedFetch({
      [CREATE]: [hang, json(fail(40013, 'exists'))],
      [LIST]: () => listing([clusterFixture({ createTime: justNow() })])(new Request('http://x'), 0),
    });
    const pending = testClient(script.fetch, { timeoutMs: 5_000 }).clusters.createServerless(body);
    await vi.advanceTimersByTimeAsync(6_000);
    await expect(pending).resolves.toMatchObject({ recovered: true });
  });

  it('a conflict on the first attempt is a real conflict', async () => {
    const script = scriptedFetch({
      [CREATE]: json(fail(40013, 'The specified cluster name already exists.')),
    });
    expect(await failure(testClient(script.fetch).clusters.createServerless(body))).toBeInstanceOf(
      ConflictError,
    );
    expect(script.count(CREATE)).toBe(1);
    expect(script.count(LIST)).toBe(0);
  });

  it('a conflict after a refused connection is real: the first attempt was never sent', async () => {
    const script = scriptedFetch({ [CREATE]: [networkError('ECONNREFUSED'), json(fail(40013, 'exists'))] });
    expect(await failure(testClient(script.fetch).clusters.createServerless(body))).toBeInstanceOf(
      ConflictError,
    );
    expect(script.count(LIST)).toBe(0);
  });

  it("a cluster of that name older than the call is someone else's: a real conflict", async () => {
    const script = scriptedFetch({
      [CREATE]: [json(fail(502, 'bad gateway'), 502), json(fail(40013, 'exists'))],
      [LIST]: listing([clusterFixture({ createTime: '2024-01-01T00:00:00Z' })]),
    });
    expect(await failure(testClient(script.fetch).clusters.createServerless(body))).toBeInstanceOf(
      ConflictError,
    );
  });

  it('a retried drop that finds the cluster gone counts as dropped', async () => {
    const script = scriptedFetch({
      [DROP]: [json(fail(502, 'bad gateway'), 502), json(fail(96018, 'not found'))],
    });
    const pending = testClient(script.fetch).clusters.drop('in05-bfee098389ca970');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(pending).resolves.toMatchObject({ clusterId: 'in05-bfee098389ca970', recovered: true });
  });

  it('a first drop that finds nothing is NotFoundError', async () => {
    const script = scriptedFetch({ [DROP]: json(fail(96018, 'not found')) });
    expect(await failure(testClient(script.fetch).clusters.drop('in05-bfee098389ca970'))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('a plain create returns the password', async () => {
    const script = scriptedFetch({ [CREATE]: json(ok(created)) });
    await expect(testClient(script.fetch).clusters.createServerless(body)).resolves.toEqual(created);
  });
});
