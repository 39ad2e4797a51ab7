import { inspect } from 'node:util';
import {
  CANARY_API_KEY,
  CANARY_PASSWORD,
  clusterFixture,
  fail,
  json,
  networkError,
  ok,
  PROJECT_ID,
  scriptedFetch,
} from '@zcloud/testkit';
import { describe, expect, it } from 'vitest';
import { type Logger, ZillizCloud } from './index.js';

const ID = 'in05-bfee098389ca970';

function capturingLogger() {
  const lines: string[] = [];
  const capture =
    (level: string) =>
    (message: string, ...args: unknown[]) =>
      lines.push(`${level} ${message} ${args.map((a) => inspect(a, { depth: 10 })).join(' ')}`);
  const logger: Logger = {
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
  };
  return { logger, lines };
}

describe('secrets never reach logs or errors', () => {
  it('neither the API key nor a returned password appears in any debug line, error, JSON or stack', async () => {
    const { logger, lines } = capturingLogger();
    const script = scriptedFetch({
      'POST /v2/clusters/createServerless': [
        json(ok({ clusterId: ID, username: 'db_x', password: CANARY_PASSWORD, prompt: 'ok' }), 200, {
          requestid: 'r-1',
        }),
        // A server that echoes secrets back must not make us print them.
        json(fail(40013, `name taken for key ${CANARY_API_KEY} and password ${CANARY_PASSWORD}`)),
      ],
      [`GET /v2/clusters/${ID}`]: [json(fail(503, 'busy'), 503), json(ok(clusterFixture()))],
      'GET /v2/projects': [networkError('ECONNRESET'), json(fail(21119, 'The apikey is illegal'), 401)],
    });
    // ZCLOUD_LOG=debug from the environment turns on debug logging.
    const client = new ZillizCloud({
      apiKey: CANARY_API_KEY,
      baseUrl: 'https://api.test',
      fetch: script.fetch,
      logger,
      env: { ZCLOUD_LOG: 'debug' },
      maxRequestsPerSecond: 0,
    });
    const body = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };

    const created = await client.clusters.createServerless(body);
    expect(created.password).toBe(CANARY_PASSWORD);
    await client.clusters.describe(ID);
    const errors = [
      await client.clusters.createServerless(body).catch((e: unknown) => e),
      await client.projects.list().catch((e: unknown) => e),
    ];

    expect(lines.some((line) => line.includes('-> POST https://api.test/v2/clusters/createServerless'))).toBe(
      true,
    );
    expect(lines.some((line) => /<- 200 .*durationMs.*requestId: 'r-1'/s.test(line))).toBe(true);
    expect(lines.some((line) => /retry 1 of 2/.test(line))).toBe(true);

    const outputs = [
      ...lines,
      ...errors.flatMap((e) => [
        String(e),
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
        String((e as Error).stack),
      ]),
    ];
    for (const output of outputs) {
      expect(output).not.toContain(CANARY_API_KEY);
      expect(output).not.toContain('Bearer');
    }
    for (const line of lines) expect(line).not.toContain(CANARY_PASSWORD);
  });
});
