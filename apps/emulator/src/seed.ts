import type { CloudProvider, CloudRegion } from '@zcloud/core';

/** The providers and regions of the global site, as the real service lists them. */
export const CLOUDS: CloudProvider[] = [
  { cloudId: 'aws', description: 'Amazon Web Services' },
  { cloudId: 'gcp', description: 'Google Cloud Platform' },
  { cloudId: 'azure', description: 'Microsoft Azure' },
];

const REGION_IDS: Array<[cloudId: string, regionId: string]> = [
  ['aws', 'aws-us-west-2'],
  ['aws', 'aws-us-east-1'],
  ['aws', 'aws-us-east-2'],
  ['aws', 'aws-ap-southeast-1'],
  ['aws', 'aws-ap-northeast-1'],
  ['aws', 'aws-eu-central-1'],
  ['gcp', 'gcp-us-west1'],
  ['gcp', 'gcp-us-central1'],
  ['gcp', 'gcp-us-east4'],
  ['gcp', 'gcp-europe-west3'],
  ['gcp', 'gcp-asia-southeast1'],
  ['azure', 'az-eastus'],
  ['azure', 'az-centralus'],
  ['azure', 'az-germanywestcentral'],
];

export const REGIONS: CloudRegion[] = REGION_IDS.map(([cloudId, regionId]) => ({
  cloudId,
  regionId,
  domain: `api.${regionId}.zillizcloud.com`,
}));

/** Only some regions offer the serverless and free plans; the others answer 96020 / 96019. */
export const SERVERLESS_REGIONS = new Set(['gcp-us-west1', 'aws-us-west-2', 'aws-eu-central-1']);
export const FREE_REGIONS = new Set(['gcp-us-west1', 'aws-us-west-2']);

export const DEFAULT_PROJECT = {
  projectId: 'proj-4487580fcfe2c8a4391686',
  projectName: 'Default Project',
  createTime: '2024-11-02T08:31:10Z',
  plan: 'Standard',
  regionIds: ['gcp-us-west1', 'aws-us-west-2'],
  orgType: 'SAAS',
};

export const CREATE_PROMPT =
  'Successfully submitted, cluster is being created. You can access data about the creation progress and status of your cluster by DescribeCluster API. Once the cluster status is RUNNING, you may access your vector database using the SDK with the admin account and the initial password you specified.';
export const DROP_PROMPT =
  'The cluster has been deleted. If you consider this action to be an error, you have the option to restore the deleted cluster from the recycle bin within a 30-day period. Kindly note, this recovery feature does not apply to free clusters.';
