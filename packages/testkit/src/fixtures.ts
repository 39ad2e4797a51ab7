/** Values that must never appear in any output: tests search every captured line for them. */
export const CANARY_API_KEY = 'canary-key-7f3a9c1e5b2d8f4a6c0e9b1d3f5a7c9e';
export const CANARY_PASSWORD = 'Canary#Pw-4b8d2f6a0c';

export const PROJECT_ID = 'proj-4487580fcfe2c8a4391686';

/** A success envelope. */
export const ok = <T>(data: T) => ({ code: 0, data });
/** An error envelope. */
export const fail = (code: number, message: string) => ({ code, message });

/** A cluster as describe returns it, with overrides. */
export function clusterFixture(overrides: Record<string, unknown> = {}) {
  return {
    clusterId: 'in05-bfee098389ca970',
    clusterName: 'search-prod',
    projectId: PROJECT_ID,
    description: '',
    regionId: 'gcp-us-west1',
    cuType: '',
    plan: 'Serverless',
    status: 'RUNNING',
    connectAddress: 'https://in05-bfee098389ca970.serverless.gcp-us-west1.cloud.zilliz.com',
    privateLinkAddress: '',
    createTime: '2025-02-09T11:14:00Z',
    cuSize: 0,
    storageSize: 0,
    snapshotNumber: 0,
    createProgress: 100,
    ...overrides,
  };
}
