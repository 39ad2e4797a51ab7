import type { CloudProvider, CloudRegion, Cluster, CreateResult, Project } from '@zcloud/node-sdk';
import type { View } from './output.js';

const list = <T>(columns: Array<[string, (item: T) => unknown]>): View => ({ kind: 'list', columns }) as View;
const record = <T>(rows: Array<[string, (item: T) => unknown]>): View => ({ kind: 'record', rows }) as View;

export const clusterList = list<Cluster>([
  ['ID', (c) => c.clusterId],
  ['NAME', (c) => c.clusterName],
  ['STATUS', (c) => c.status],
  ['REGION', (c) => c.regionId],
  ['PLAN', (c) => c.deploymentOption ?? c.plan],
  ['CREATED', (c) => c.createTime],
]);

export const clusterRecord = record<Cluster>([
  ['Cluster ID', (c) => c.clusterId],
  ['Name', (c) => c.clusterName],
  [
    'Status',
    (c) =>
      c.status === 'CREATING' && c.createProgress !== undefined
        ? `CREATING (${c.createProgress}%)`
        : c.status,
  ],
  ['Region', (c) => c.regionId],
  ['Plan', (c) => c.deploymentOption ?? c.plan],
  ['Project', (c) => c.projectId],
  ['Description', (c) => c.description],
  ['Connect address', (c) => c.connectAddress],
  ['Private link', (c) => c.privateLinkAddress],
  ['Created', (c) => c.createTime],
]);

export const createdRecord = record<CreateResult & { cluster?: Cluster }>([
  ['Cluster ID', (r) => r.clusterId],
  ['Username', (r) => r.username],
  ['Password', (r) => r.password ?? '(not available: reset it in the console)'],
  ['Status', (r) => r.cluster?.status ?? 'CREATING'],
  ['Connect address', (r) => r.cluster?.connectAddress],
]);

export const dropRecord = record<{ clusterId: string; prompt: string }>([
  ['Cluster ID', (r) => r.clusterId],
  ['Result', (r) => r.prompt],
]);

export const projectList = list<Project>([
  ['ID', (p) => p.projectId],
  ['NAME', (p) => p.projectName],
  ['CLUSTERS', (p) => p.instanceCount],
  ['PLAN', (p) => p.plan],
  ['CREATED', (p) => p.createTime],
]);

export const cloudList = list<CloudProvider>([
  ['ID', (c) => c.cloudId],
  ['DESCRIPTION', (c) => c.description],
]);

export const regionList = list<CloudRegion>([
  ['CLOUD', (r) => r.cloudId],
  ['REGION', (r) => r.regionId],
  ['DOMAIN', (r) => r.domain],
]);
