// The built binary against testkit's fault server: each failure of the network or the service
// gives its exit code and one clear line, never a stack.
import { type FaultScript, type FaultServer, fail, refusedUrl, startFaultServer } from '@zcloud/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv, expectOneErrorLine, runCli } from './helpers.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function against(script: FaultScript, args: string[] = ['projects', 'list']) {
  server = await startFaultServer(script);
  return runCli(args, cleanEnv({ ZILLIZ_API_KEY: 'fault-key-0123456789', ZCLOUD_BASE_URL: server.url }));
}

describe('zcloud against failures', () => {
  it.each([
    [
      '503 every time',
      (() => ({ status: 503, body: fail(503, 'Service unavailable') })) as FaultScript,
      7,
      /Service unavailable/,
    ],
    [
      'an HTML 502 page',
      (() => ({
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html>Bad Gateway</html>',
      })) as FaultScript,
      7,
      /HTML page/,
    ],
    [
      'a bad key',
      (() => ({ status: 401, body: fail(21119, 'The apikey is illegal') })) as FaultScript,
      3,
      /apikey is illegal/,
    ],
    [
      'truncated JSON',
      (() => ({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"code":0,"da',
      })) as FaultScript,
      7,
      /not valid JSON/,
    ],
    ['a dropped connection', (() => ({ drop: true })) as FaultScript, 7, /Could not reach/],
  ])('%s', async (_name, script, code, message) => {
    const result = await against(script);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(expectOneErrorLine(result.stderr)[0]).toMatch(message);
  });

  it('retries a 503, then succeeds', async () => {
    const result = await against(
      (_r, i) => (i === 0 ? { status: 503, body: fail(503, 'busy') } : { body: { code: 0, data: [] } }),
      ['projects', 'list', '-o', 'json'],
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(server?.requests).toHaveLength(2);
  });

  it('a hang is cut by --timeout (exit 7)', async () => {
    const result = await against(() => ({ hang: true }), ['projects', 'list', '--timeout', '300ms']);
    expect(result.code).toBe(7);
    expect(expectOneErrorLine(result.stderr)[0]).toMatch(/timed out after 300 ms/);
  });

  it('a refused connection names the address problem (exit 7)', async () => {
    const result = await runCli(
      ['clouds', 'list'],
      cleanEnv({ ZILLIZ_API_KEY: 'k-0123456789', ZCLOUD_BASE_URL: await refusedUrl() }),
    );
    expect(result.code).toBe(7);
    expect(expectOneErrorLine(result.stderr)[0]).toMatch(/ECONNREFUSED/);
  });
});
