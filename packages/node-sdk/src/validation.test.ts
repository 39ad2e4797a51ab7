import { CANARY_API_KEY, json, ok, PROJECT_ID, scriptedFetch } from '@zcloud/testkit';
import { describe, expect, it } from 'vitest';
import { ValidationError, ZillizCloud } from './index.js';

const good = { clusterName: 'search-prod', projectId: PROJECT_ID, regionId: 'gcp-us-west1' };
const created = { clusterId: 'in05-bfee098389ca970', username: 'db_x', password: 'p', prompt: '' };
const setup = (validate = true) => {
  const script = scriptedFetch({
    'POST /v2/clusters/createServerless': json(ok(created)),
    'GET /v2/clusters': json(ok({ count: 0, currentPage: 1, pageSize: 10, clusters: [] })),
  });
  const client = new ZillizCloud({
    apiKey: CANARY_API_KEY,
    baseUrl: 'https://api.test',
    fetch: script.fetch,
    validate,
    logLevel: 'off',
  });
  return { script, client };
};

describe('validation before sending', () => {
  it.each([
    {
      body: { ...good, clusterName: 'my cluster' },
      field: 'clusterName',
      message: /"my cluster" does not match .* Letters, digits and hyphens/,
    },
    { body: { ...good, clusterName: 'search_prod' }, field: 'clusterName', message: /does not match/ },
    { body: { ...good, clusterName: '' }, field: 'clusterName', message: /Invalid clusterName: it is empty/ },
    {
      body: { ...good, clusterName: 'a'.repeat(33) },
      field: 'clusterName',
      message: /33 characters long, more than 32/,
    },
    { body: { ...good, projectId: 'project-1' }, field: 'projectId', message: /does not match \^proj-/ },
    { body: { ...good, projectId: undefined }, field: 'projectId', message: /^projectId is required/ },
    { body: { ...good, regionId: 42 }, field: 'regionId', message: /expected a string, got 42/ },
    { body: { ...good, description: 'x'.repeat(256) }, field: 'description', message: /more than 255/ },
    {
      body: { ...good, plan: 'Serverless' },
      field: 'plan',
      message: /Unknown field "plan" .* known fields are clusterName/,
    },
  ])('rejects $field: $message', async ({ body, field, message }) => {
    const { script, client } = setup();
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input
    const error = await client.clusters.createServerless(body as any).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(message);
    expect(script.calls).toEqual([]);
  });

  it.each([
    [{ pageSize: 0 }, /pageSize: 0 is less than 1/],
    [{ pageSize: 101 }, /pageSize: 101 is more than 100/],
    [{ pageSize: 2.5 }, /expected a whole number/],
    [{ currentPage: 0 }, /currentPage: 0 is less than 1/],
  ])('rejects list parameters %j', async (params, message) => {
    const { script, client } = setup();
    await expect(client.clusters.list(params)).rejects.toThrow(message);
    expect(script.calls).toEqual([]);
  });

  it('accepts mixed case, digits and hyphens up to 32 characters', async () => {
    const { client } = setup();
    await expect(
      client.clusters.createServerless({ ...good, clusterName: `Search-${'9'.repeat(25)}` }),
    ).resolves.toEqual(created);
  });

  it('can be turned off, for fields the spec does not know yet', async () => {
    const { script, client } = setup(false);
    // biome-ignore lint/suspicious/noExplicitAny: a field from a newer API version
    await client.clusters.createServerless({ ...good, plan: 'Serverless' } as any);
    expect(JSON.parse(await (script.requests[0] as Request).text())).toMatchObject({ plan: 'Serverless' });
  });
});
