import type {
  Cluster,
  ClusterStatus,
  CreateClusterRequest,
  CreateClusterResult,
  DropClusterResult,
} from '@zcloud/core';

/** What a create returns: the id, the admin user and the one-time password. */
export interface CreatedCluster extends CreateClusterResult {
  recovered?: false;
}

/**
 * A create whose answer was lost, but whose cluster was found afterwards: the service rejected the
 * retry as a duplicate name because the first attempt had succeeded. The initial password was in
 * the lost answer and cannot be read again: reset it in the Zilliz Cloud console.
 */
export interface RecoveredCluster {
  clusterId: string;
  username: undefined;
  password: undefined;
  prompt: string;
  recovered: true;
  cluster: Cluster;
}

export type CreateResult = CreatedCluster | RecoveredCluster;
/** A create that waited: the same, with the RUNNING cluster. */
export type CreateAndWaitResult = CreateResult & { cluster: Cluster };

export interface DropResult extends DropClusterResult {
  /** True when the first answer was lost and the cluster was then found gone. */
  recovered?: boolean;
}

export interface WaitProgress {
  clusterId: string;
  /** The status just read, or undefined while the new cluster is not visible yet. */
  status: ClusterStatus | undefined;
  elapsedMs: number;
  /** Polls so far, this one included. */
  polls: number;
  cluster: Cluster | undefined;
}

export interface WaitOptions {
  /** The status to wait for. Default `RUNNING`. */
  status?: ClusterStatus;
  /** Give up after this long (WaitTimeoutError). Default 15 minutes. */
  timeoutMs?: number;
  /** The first pause between polls. Default 1 s; it grows by half each poll. */
  pollIntervalMs?: number;
  /** The longest pause between polls. Default 10 s. */
  maxPollIntervalMs?: number;
  /** How long "not found" is taken for "not visible yet". Default: what is left of 30 s since this client created the cluster, else 0. */
  notFoundGraceMs?: number;
  signal?: AbortSignal;
  /** Called after every poll. */
  onProgress?: (progress: WaitProgress) => void;
}

export type CreateClusterBody = CreateClusterRequest;

export interface ListClustersParams {
  /** Only clusters in this region. */
  region?: string;
  /** 1 to 100. Default 10 for one page, 100 when iterating. */
  pageSize?: number;
  /** The page to return (or to start iterating from), from 1. */
  currentPage?: number;
}
