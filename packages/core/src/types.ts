import type { components } from './generated/schema.gen.js';

type Schemas = components['schemas'];

export type Cluster = Schemas['Cluster'];
export type ClusterPage = Schemas['ClusterPage'];
export type KnownClusterStatus = Schemas['KnownClusterStatus'];
/** A known status, or any other string the service may add later (autocompletes the known ones). */
export type ClusterStatus = KnownClusterStatus | (string & {});
export type CreateClusterRequest = Schemas['CreateClusterRequest'];
export type CreateClusterResult = Schemas['CreateClusterResult'];
export type DropClusterResult = Schemas['DropClusterResult'];
export type Project = Schemas['Project'];
export type CloudProvider = Schemas['CloudProvider'];
export type CloudRegion = Schemas['CloudRegion'];
export type ErrorEnvelope = Schemas['ErrorEnvelope'];
