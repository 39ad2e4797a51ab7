// The SDK over real sockets against testkit's fault server: every failure mode a network or a
// gateway produces, and the one that matters most, a create whose answer is lost.
import {
  CANARY_API_KEY,
  clusterFixture,
  type FaultScript,
  type FaultServer,
  fail,
  ok,
  PROJECT_ID,
  refusedUrl,
  startFaultServer,
} from '@zcloud/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  type ClientOptions,
  UnexpectedResponseError,
  ZillizCloud,
} from '../src/index.js';

const ID = 'in05-bfee098389ca970';
let server: FaultServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientOn(script: FaultScript, options: ClientOptions = {}) {
  server = await startFaultServer(script);
  return new ZillizCloud({
    apiKey: CANARY_API_KEY,
    baseUrl: server.url,
    logLevel: 'off',
    env: {},
    ...options,
  });
}
const cluster = ok(clusterFixture());

describe('fault suite (real sockets)', () => {
  it('a refused connection is retried, then reported with its system code', async () => {
    const client = new ZillizCloud({
      apiKey: CANARY_API_KEY,
      baseUrl: await refusedUrl(),
      logLevel: 'off',
      maxRetries: 1,
      env: {},
    });
    const error = (await client.clusters.describe(ID).catch((e: unknown) => e)) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.errno).toBe('ECONNREFUSED');
  });

  it('a connection reset mid-body is retried', async () => {
    const body = JSON.stringify(cluster);
    const client = await clientOn((_r, i) =>
      i === 0 ? { truncate: { body, bytes: 20 } } : { body: cluster },
    );
    await expect(client.clusters.describe(ID)).resolves.toMatchObject({ clusterId: ID });
    expect(server?.requests).toHaveLength(2);
  });

  it('a hang becomes a timeout', async () => {
    const client = await clientOn(() => ({ hang: true }), { timeoutMs: 300, maxRetries: 0 });
    await expect(client.clusters.describe(ID)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('an HTML 502 from a gateway is retried', async () => {
    const client = await clientOn((_r, i) =>
      i === 0
        ? {
            status: 502,
            headers: { 'content-type': 'text/html' },
            body: '<html><h1>502 Bad Gateway</h1></html>',
          }
        : { body: cluster },
    );
    await expect(client.clusters.describe(ID)).resolves.toMatchObject({ status: 'RUNNING' });
    expect(server?.requests).toHaveLength(2);
  });

  it('truncated JSON in a complete 200 is an UnexpectedResponseError, not a parse stack', async () => {
    const client = await clientOn(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"code":0,"data":{"clu',
    }));
    const error = (await client.clusters.describe(ID).catch((e: unknown) => e)) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.excerpt).toBe('{"code":0,"data":{"clu');
    expect(error.stack).not.toMatch(/SyntaxError/);
  });

  it('429 with Retry-After, then success', async () => {
    const client = await clientOn((_r, i) =>
      i === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: fail(429, 'slow down') }
        : { body: cluster },
    );
    const started = Date.now();
    await expect(client.clusters.describe(ID)).resolves.toMatchObject({ clusterId: ID });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server?.requests).toHaveLength(2);
  });

  it('503, then success', async () => {
    const client = await clientOn((_r, i) =>
      i === 0 ? { status: 503, body: fail(503, 'unavailable') } : { body: cluster },
    );
    await expect(client.clusters.describe(ID)).resolves.toMatchObject({ clusterId: ID });
  });

  it('a create whose answer is lost creates exactly one cluster and returns it as recovered', async () => {
    // A tiny stateful service: names are unique per project; the first create's answer is lost.
    const clusters: Array<ReturnType<typeof clusterFixture>> = [];
    let creates = 0;
    const client = await clientOn((request) => {
      if (request.method === 'POST') {
        creates++;
        const body = JSON.parse(request.body);
        if (clusters.some((c) => c.clusterName === body.clusterName && c.projectId === body.projectId)) {
          return { body: fail(40013, 'The specified cluster name already exists.') };
        }
        clusters.push(
          clusterFixture({
            ...body,
            status: 'CREATING',
            createTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          }),
        );
        return creates === 1
          ? { drop: true }
          : { body: ok({ clusterId: ID, username: 'u', password: 'p', prompt: '' }) };
      }
      return { body: ok({ count: clusters.length, currentPage: 1, pageSize: 100, clusters }) };
    });
    const result = await client.clusters.createServerless({
      clusterName: 'search-prod',
      projectId: PROJECT_ID,
      regionId: 'gcp-us-west1',
    });
    expect(result).toMatchObject({ clusterId: ID, recovered: true, password: undefined });
    expect(creates).toBe(2);
    expect(clusters).toHaveLength(1);
  });
});
