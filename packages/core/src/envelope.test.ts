import { describe, expect, it } from 'vitest';
import { createCoreClient } from './client.js';
import { unwrap } from './envelope.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  ValidationError,
} from './errors.js';

const KEY = 'test-key-0123456789abcdef';

/** A client whose fetch answers with `respond`, recording the requests it saw. */
function clientAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const client = createCoreClient({
    apiKey: KEY,
    baseUrl: 'https://api.example.test',
    fetch: async (input) => {
      const request = input as Request;
      seen.push(request);
      return respond(request);
    },
  });
  return { client, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const describeCall = (client: ReturnType<typeof createCoreClient>) =>
  unwrap(
    'describeCluster',
    client.GET('/v2/clusters/{clusterId}', { params: { path: { clusterId: 'in05-x' } } }),
  );

describe('unwrap: success', () => {
  it.each([0, 200])('returns data for envelope code %i', async (code) => {
    const { client } = clientAnswering(() =>
      json(200, { code, data: { clusterId: 'in05-x', prompt: 'ok' } }),
    );
    const data = await unwrap(
      'dropCluster',
      client.DELETE('/v2/clusters/{clusterId}/drop', { params: { path: { clusterId: 'in05-x' } } }),
    );
    expect(data).toEqual({ clusterId: 'in05-x', prompt: 'ok' });
  });

  it('sends bearer auth, JSON headers and a user agent naming the package', async () => {
    const { client, seen } = clientAnswering(() =>
      json(200, { code: 0, data: { clusterId: 'in05-x', username: 'u', password: 'p', prompt: '' } }),
    );
    await unwrap(
      'createServerlessCluster',
      client.POST('/v2/clusters/createServerless', {
        body: { clusterName: 'a', projectId: 'proj-ab', regionId: 'gcp-us-west1' },
      }),
    );
    const request = seen[0] as Request;
    expect(request.url).toBe('https://api.example.test/v2/clusters/createServerless');
    expect(request.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(request.headers.get('accept')).toBe('application/json');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('user-agent')).toMatch(/^@zcloud\/core\/\d+\.\d+\.\d+ node\/v\d+/);
  });

  it('puts a caller-supplied user agent first', async () => {
    const seen: Request[] = [];
    const client = createCoreClient({
      apiKey: KEY,
      userAgent: '@zcloud/node-sdk/9.9.9',
      fetch: async (request) => {
        seen.push(request as Request);
        return json(200, { code: 0, data: [] });
      },
    });
    await unwrap('listProjects', client.GET('/v2/projects'));
    expect(seen[0]?.url).toBe('https://api.cloud.zilliz.com/v2/projects');
    expect(seen[0]?.headers.get('user-agent')).toMatch(/^@zcloud\/node-sdk\/9\.9\.9 @zcloud\/core\//);
    expect(seen[0]?.headers.get('content-type')).toBeNull();
  });
});

describe('unwrap: error envelopes', () => {
  it.each([
    { status: 401, code: 21119, message: 'The apikey is illegal', type: AuthenticationError },
    { status: 200, code: 80001, message: 'invalid token', type: AuthenticationError },
    { status: 200, code: 40013, message: 'The specified cluster name already exists.', type: ConflictError },
    { status: 200, code: 96017, message: 'duplicate', type: ConflictError },
    { status: 200, code: 96018, message: 'The cluster does not exist.', type: NotFoundError },
    { status: 200, code: 96027, message: 'no permission', type: PermissionDeniedError },
    { status: 200, code: 96013, message: 'org mismatch', type: PermissionDeniedError },
    { status: 200, code: 96010, message: 'Invalid clusterName.', type: InvalidRequestError },
    { status: 200, code: 96020, message: 'no serverless here', type: InvalidRequestError },
    { status: 403, code: 12345, message: 'forbidden', type: PermissionDeniedError },
    { status: 404, code: 404, message: 'no route', type: NotFoundError },
    { status: 409, code: 1, message: 'conflict', type: ConflictError },
    { status: 429, code: 429, message: 'slow down', type: RateLimitError },
    { status: 503, code: 503, message: 'unavailable', type: InternalServerError },
    { status: 400, code: 1, message: 'bad', type: InvalidRequestError },
  ])('HTTP $status code $code -> $type.name', async ({ status, code, message, type }) => {
    const { client } = clientAnswering(() => json(status, { code, message }, { requestid: 'req-42' }));
    const error = await describeCall(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({
      name: type.name,
      code,
      serverMessage: message,
      httpStatus: status,
      requestId: 'req-42',
      operationId: 'describeCluster',
    });
    expect((error as Error).message).toContain(message.replace(/\.$/, ''));
    expect((error as Error).message).toContain('req-42');
  });

  it('keeps an unknown code as a plain APIError with the code and the message', async () => {
    const { client } = clientAnswering(() =>
      json(200, { code: 77777, message: 'Something new went wrong.' }),
    );
    const error = (await describeCall(client).catch((e: unknown) => e)) as APIError;
    expect(error.constructor).toBe(APIError);
    expect(error.code).toBe(77777);
    expect(error.message).toMatch(/^Something new went wrong \(code 77777, HTTP 200, describeCluster\)/);
  });

  it('reads the request id case-insensitively', async () => {
    const { client } = clientAnswering(() => json(200, { code: 96018, message: 'x' }, { RequestId: 'abc' }));
    await expect(describeCall(client)).rejects.toMatchObject({ requestId: 'abc' });
  });

  it('serialises without headers and with the fields a log needs', async () => {
    const { client } = clientAnswering(() =>
      json(200, { code: 40013, message: 'taken' }, { requestid: 'r1' }),
    );
    const error = await describeCall(client).catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ConflictError',
      message: expect.stringContaining('taken'),
      serverMessage: 'taken',
      code: 40013,
      httpStatus: 200,
      requestId: 'r1',
      operationId: 'describeCluster',
    });
  });

  it('treats a non-2xx status with a success code as an error', async () => {
    const { client } = clientAnswering(() => json(502, { code: 0, data: null }));
    await expect(describeCall(client)).rejects.toMatchObject({ name: 'InternalServerError', code: 502 });
  });
});

describe('unwrap: bodies that are not the envelope', () => {
  it.each([
    {
      name: 'an HTML gateway page',
      response: () =>
        new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
      status: 502,
      reason: /HTML page/,
      excerpt: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    },
    {
      name: 'an empty 200',
      response: () => new Response('', { status: 200 }),
      status: 200,
      reason: /empty body/,
      excerpt: '',
    },
    {
      name: 'truncated JSON',
      response: () => new Response('{"code":0,"data":{"clusterId":"in0', { status: 200 }),
      status: 200,
      reason: /not valid JSON/,
      excerpt: '{"code":0,"data":{"clusterId":"in0',
    },
    {
      name: 'JSON without a code',
      response: () => json(200, { hello: 'world' }),
      status: 200,
      reason: /without the \{"code"/,
      excerpt: '{"hello":"world"}',
    },
    {
      name: 'a JSON array',
      response: () => json(200, [1, 2]),
      status: 200,
      reason: /without the \{"code"/,
      excerpt: '[1,2]',
    },
  ])('$name -> UnexpectedResponseError', async ({ response, status, reason, excerpt }) => {
    const { client } = clientAnswering(response);
    const error = (await describeCall(client).catch((e: unknown) => e)) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.httpStatus).toBe(status);
    expect(error.excerpt).toBe(excerpt);
    expect(error.operationId).toBe('describeCluster');
    expect(error.message).toMatch(reason);
    expect(error.message).not.toMatch(/SyntaxError|Unexpected token|JSON\.parse/);
  });

  it('cuts a long body to a short excerpt', async () => {
    const { client } = clientAnswering(
      () => new Response(`<html>${'x'.repeat(5000)}</html>`, { status: 500 }),
    );
    const error = (await describeCall(client).catch((e: unknown) => e)) as UnexpectedResponseError;
    expect(error.excerpt.length).toBeLessThanOrEqual(121);
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('unwrap: transport failures', () => {
  it('classifies a refused connection by its system code', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      });
    });
    const error = (await describeCall(client).catch((e: unknown) => e)) as APIConnectionError;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.errno).toBe('ECONNREFUSED');
    expect(error.message).toMatch(/Could not reach .*ECONNREFUSED.*describeCluster/);
  });

  it('classifies a timeout signal', async () => {
    const { client } = clientAnswering(() => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    });
    await expect(describeCall(client)).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('classifies an abort', async () => {
    const { client } = clientAnswering(() => {
      throw new DOMException('This operation was aborted', 'AbortError');
    });
    await expect(describeCall(client)).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('lets a programming error through unchanged', async () => {
    const bug = new RangeError('bug');
    const { client } = clientAnswering(() => {
      throw bug;
    });
    await expect(describeCall(client)).rejects.toBe(bug);
  });
});

describe('createCoreClient: input', () => {
  it.each([
    { apiKey: '', message: /API key is required/ },
    { apiKey: '   ', message: /API key is required/ },
    { apiKey: 'abc def-secret-part', message: /spaces, line breaks/ },
    { apiKey: 'abc\ndef-secret-part', message: /spaces, line breaks/ },
  ])('rejects the key $apiKey without repeating it', ({ apiKey, message }) => {
    let error: unknown;
    try {
      createCoreClient({ apiKey });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('secret-part');
  });

  it.each(['not a url', 'ftp://example.com'])('rejects the base URL %s', (baseUrl) => {
    expect(() => createCoreClient({ apiKey: KEY, baseUrl })).toThrow(ValidationError);
  });

  it('drops trailing slashes from the base URL', async () => {
    const seen: string[] = [];
    const client = createCoreClient({
      apiKey: KEY,
      baseUrl: 'http://127.0.0.1:9/',
      fetch: async (request) => {
        seen.push((request as Request).url);
        return json(200, { code: 0, data: [] });
      },
    });
    await unwrap('listCloudProviders', client.GET('/v2/clouds'));
    expect(seen).toEqual(['http://127.0.0.1:9/v2/clouds']);
  });
});

describe('unwrap: the API key never reaches an error', () => {
  it.each([
    ['an error envelope', () => json(200, { code: 96027, message: `key ${KEY} lacks permission` })],
    ['an HTML page', () => new Response(`<html>key=${KEY}</html>`, { status: 502 })],
  ])('masks the key echoed back in %s', async (_name, response) => {
    const { client } = clientAnswering(response);
    const error = (await describeCall(client).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('[redacted]');
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(KEY);
  });
});
