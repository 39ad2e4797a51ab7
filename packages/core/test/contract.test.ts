// Contract tests: every operation against the real Prism serving spec/openapi.yaml. The cases are
// read from the spec's own named examples, so an example added to the spec is tested at once, and
// Prism checks each request we send (a violation is reported in `sl-violations` and fails the test).
import {
  CANARY_API_KEY,
  type PrismServer,
  preferHeader,
  type SpecExample,
  specExamples,
  startPrism,
  violationRecorder,
} from '@zcloud/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CoreClient, createCoreClient } from '../src/client.js';
import { type OperationId, unwrap } from '../src/envelope.js';
import {
  type APIError,
  AuthenticationError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
} from '../src/errors.js';

type Call = (client: CoreClient, headers: Record<string, string>) => Promise<unknown>;

const PROJECT = 'proj-4487580fcfe2c8a4391686';
const body = { clusterName: 'search-prod', projectId: PROJECT, regionId: 'gcp-us-west1' };

/** One valid call per operation. */
const calls: Record<OperationId, Call> = {
  createServerlessCluster: (c, headers) =>
    unwrap('createServerlessCluster', c.POST('/v2/clusters/createServerless', { body, headers })),
  createFreeCluster: (c, headers) =>
    unwrap(
      'createFreeCluster',
      c.POST('/v2/clusters/createFree', { body: { ...body, description: 'x' }, headers }),
    ),
  describeCluster: (c, headers) =>
    unwrap(
      'describeCluster',
      c.GET('/v2/clusters/{clusterId}', { params: { path: { clusterId: 'in05-bfee098389ca970' } }, headers }),
    ),
  listClusters: (c, headers) =>
    unwrap(
      'listClusters',
      c.GET('/v2/clusters', {
        params: { query: { pageSize: 10, currentPage: 1, region: 'gcp-us-west1' } },
        headers,
      }),
    ),
  dropCluster: (c, headers) =>
    unwrap(
      'dropCluster',
      c.DELETE('/v2/clusters/{clusterId}/drop', {
        params: { path: { clusterId: 'in05-bfee098389ca970' } },
        headers,
      }),
    ),
  listProjects: (c, headers) => unwrap('listProjects', c.GET('/v2/projects', { headers })),
  listCloudProviders: (c, headers) => unwrap('listCloudProviders', c.GET('/v2/clouds', { headers })),
  listCloudRegions: (c, headers) =>
    unwrap('listCloudRegions', c.GET('/v2/regions', { params: { query: { cloudId: 'gcp' } }, headers })),
};

/** The class each error code of the spec's examples must become. */
const classByCode: Record<number, typeof APIError> = {
  21119: AuthenticationError,
  40013: ConflictError,
  96000: InvalidRequestError,
  96001: InvalidRequestError,
  96005: InvalidRequestError,
  96008: InvalidRequestError,
  96009: InvalidRequestError,
  96010: InvalidRequestError,
  96018: NotFoundError,
  96019: InvalidRequestError,
  96020: InvalidRequestError,
  96027: PermissionDeniedError,
  96036: InvalidRequestError,
  503: InternalServerError,
};

const cases = specExamples() as Array<SpecExample & { operationId: OperationId }>;
let prism: PrismServer;
let recorders: Array<ReturnType<typeof violationRecorder>> = [];

/** A client on Prism that records every contract violation Prism reports. */
function clientOn(url: string, adjust?: (request: Request) => Request): CoreClient {
  const recorder = violationRecorder(adjust);
  recorders.push(recorder);
  return createCoreClient({ apiKey: CANARY_API_KEY, baseUrl: url, fetch: recorder.fetch });
}

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.close();
});
afterEach(() => {
  const found = recorders.flatMap((recorder) => recorder.take());
  recorders = [];
  expect(found, 'Prism reported contract violations').toEqual([]);
});

describe('contract: every named example of the spec', () => {
  it('covers every operation with a success and an error example', () => {
    for (const operationId of Object.keys(calls)) {
      const own = cases.filter((c) => c.operationId === operationId);
      expect(
        own.some((c) => c.value.code === 0),
        `${operationId} success`,
      ).toBe(true);
      expect(
        own.some((c) => c.value.code !== 0),
        `${operationId} error`,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => [`${c.operationId} ${c.status} ${c.name}`, c] as const))(
    '%s',
    async (_title, c) => {
      const client = clientOn(prism.url);
      const headers = { Prefer: preferHeader(c) };
      const call = calls[c.operationId];
      if (c.value.code === 0) {
        await expect(call(client, headers)).resolves.toEqual(c.value.data);
        return;
      }
      const error = (await call(client, headers).then(
        () => expect.fail('expected an error'),
        (e: unknown) => e,
      )) as APIError;
      const expected = classByCode[c.value.code];
      expect(expected, `no class expectation for code ${c.value.code}: add it to classByCode`).toBeDefined();
      expect(error).toBeInstanceOf(expected as typeof APIError);
      expect(error.name).toBe((expected as typeof APIError).name);
      expect(error.code).toBe(c.value.code);
      expect(error.serverMessage).toBe(c.value.message);
      expect(error.httpStatus).toBe(
        c.status === '200' ? 200 : c.status === 'default' ? 503 : Number(c.status),
      );
      expect(error.operationId).toBe(c.operationId);
      expect(error.requestId).toBeTruthy();
      expect(error.message).not.toContain(CANARY_API_KEY);
    },
  );
});

describe('contract: authentication', () => {
  it('a request without a token yields AuthenticationError', async () => {
    const client = clientOn(prism.url, (request) => {
      const stripped = new Request(request);
      stripped.headers.delete('authorization');
      return stripped;
    });
    const error = await calls.listProjects(client, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 21119, httpStatus: 401 });
    // Prism flags the missing token itself; that is the point of this test, not a violation of ours.
    const [recorder] = recorders.splice(0);
    expect(recorder?.take().every((v) => v.includes('security'))).toBe(true);
  });
});
