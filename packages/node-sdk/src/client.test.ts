import { CANARY_API_KEY, json, ok, PROJECT_ID, scriptedFetch } from '@zcloud/testkit';
import { describe, expect, it } from 'vitest';
import { CHINA_BASE_URL, GLOBAL_BASE_URL, ValidationError, ZillizCloud } from './index.js';

const created = (clusterId: string) => json(ok({ clusterId, username: 'db_x', password: 'p', prompt: '' }));
const hosts = (requests: Request[]) => requests.map((r) => new URL(r.url).origin);

describe('configuration', () => {
  it('takes the key from ZILLIZ_API_KEY, then ZILLIZCLOUD_API_KEY', async () => {
    for (const [env, expected] of [
      [{ ZILLIZ_API_KEY: 'key-one', ZILLIZCLOUD_API_KEY: 'key-two' }, 'key-one'],
      [{ ZILLIZCLOUD_API_KEY: 'key-two' }, 'key-two'],
    ] as const) {
      const script = scriptedFetch({ 'GET /v2/projects': json(ok([])) });
      await new ZillizCloud({ env, fetch: script.fetch }).projects.list();
      expect(script.requests[0]?.headers.get('authorization')).toBe(`Bearer ${expected}`);
    }
  });

  it('without a key, says how to provide one', () => {
    expect(() => new ZillizCloud({ env: {} })).toThrow(ValidationError);
    expect(() => new ZillizCloud({ env: {} })).toThrow(/pass \{ apiKey \}.*set ZILLIZ_API_KEY/);
  });

  it('reads the base URL from ZCLOUD_BASE_URL', () => {
    expect(new ZillizCloud({ apiKey: 'k', env: { ZCLOUD_BASE_URL: 'http://127.0.0.1:4011' } }).baseUrl).toBe(
      'http://127.0.0.1:4011',
    );
    expect(new ZillizCloud({ apiKey: 'k', env: {} }).baseUrl).toBe(GLOBAL_BASE_URL);
    expect(new ZillizCloud({ apiKey: 'k', env: {}, site: 'cn' }).baseUrl).toBe(CHINA_BASE_URL);
  });

  it.each([
    [{ site: 'eu' }, /Invalid site "eu"/],
    [{ timeoutMs: 0 }, /Invalid timeoutMs 0/],
    [{ maxRetries: -1 }, /Invalid maxRetries -1/],
    [{ logLevel: 'loud' }, /Invalid log level "loud"/],
    [{ maxRequestsPerSecond: -5 }, /Invalid maxRequestsPerSecond/],
    [{ baseUrl: 'nope' }, /Invalid base URL "nope"/],
  ])('rejects %j', (options, message) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong options
    expect(() => new ZillizCloud({ apiKey: 'k', env: {}, ...(options as any) })).toThrow(message);
  });

  it('sends a user agent naming the SDK and core', async () => {
    const script = scriptedFetch({ 'GET /v2/projects': json(ok([])) });
    await new ZillizCloud({
      apiKey: CANARY_API_KEY,
      fetch: script.fetch,
      env: {},
      userAgent: 'my-app/2.0',
    }).projects.list();
    expect(script.requests[0]?.headers.get('user-agent')).toMatch(
      /^my-app\/2\.0 @zcloud\/node-sdk\/\d+\.\d+\.\d+ @zcloud\/core\//,
    );
  });
});

describe('China routing', () => {
  const body = (regionId: string) => ({ clusterName: 'c1', projectId: PROJECT_ID, regionId });

  it('sends a create in an ali- or tc- region to the China site, and later calls on that cluster too', async () => {
    const script = scriptedFetch({
      'POST /v2/clusters/createServerless': created('in05-aaaaaaaaaaaaaaa'),
      'GET /v2/clusters/in05-aaaaaaaaaaaaaaa': json(ok({})),
      'GET /v2/projects': json(ok([])),
    });
    const client = new ZillizCloud({ apiKey: CANARY_API_KEY, fetch: script.fetch, env: {}, logLevel: 'off' });
    await client.clusters.createServerless(body('ali-cn-hangzhou'));
    await client.clusters.describe('in05-aaaaaaaaaaaaaaa').catch(() => undefined);
    await client.projects.list();
    expect(hosts(script.requests)).toEqual([CHINA_BASE_URL, CHINA_BASE_URL, GLOBAL_BASE_URL]);
  });

  it('keeps global regions on the global site', async () => {
    const script = scriptedFetch({ 'POST /v2/clusters/createServerless': created('in05-bbbbbbbbbbbbbbb') });
    await new ZillizCloud({ apiKey: CANARY_API_KEY, fetch: script.fetch, env: {} }).clusters.createServerless(
      body('gcp-us-west1'),
    );
    expect(hosts(script.requests)).toEqual([GLOBAL_BASE_URL]);
  });

  it('never overrides an explicit base URL', async () => {
    const script = scriptedFetch({ 'POST /v2/clusters/createServerless': created('in05-ccccccccccccccc') });
    await new ZillizCloud({
      apiKey: CANARY_API_KEY,
      fetch: script.fetch,
      env: {},
      baseUrl: 'http://127.0.0.1:4011',
    }).clusters.createServerless(body('tc-ap-beijing'));
    expect(hosts(script.requests)).toEqual(['http://127.0.0.1:4011']);
  });
});
