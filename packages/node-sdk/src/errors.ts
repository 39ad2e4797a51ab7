import { type Cluster, formatDuration, ZillizCloudError } from '@zcloud/core';
import type { CreateResult } from './types.js';

/** The cluster did not reach the awaited status before the deadline. It may still get there. */
export class WaitTimeoutError extends ZillizCloudError {
  override name = 'WaitTimeoutError';
  readonly clusterId: string;
  readonly targetStatus: string;
  /** The last status seen, or undefined if the cluster was never seen. */
  readonly lastStatus: string | undefined;
  readonly elapsedMs: number;

  constructor(options: {
    clusterId: string;
    targetStatus: string;
    lastStatus: string | undefined;
    elapsedMs: number;
  }) {
    super(
      `Cluster ${options.clusterId} did not reach ${options.targetStatus} within ${formatDuration(options.elapsedMs)} (last status: ${
        options.lastStatus ?? 'never seen'
      }). It may still get there: wait again with a longer timeout, or describe it to see where it is.`,
    );
    this.clusterId = options.clusterId;
    this.targetStatus = options.targetStatus;
    this.lastStatus = options.lastStatus;
    this.elapsedMs = options.elapsedMs;
  }
}

/** While waiting for RUNNING, the cluster reached a status it will not come back from (DELETING, DELETED, ABNORMAL). */
export class ClusterFailedError extends ZillizCloudError {
  override name = 'ClusterFailedError';
  readonly clusterId: string;
  readonly status: string;
  readonly cluster: Cluster;

  constructor(cluster: Cluster, targetStatus: string) {
    super(
      `Cluster ${cluster.clusterId} is ${cluster.status} and will not become ${targetStatus}. ${
        cluster.status === 'ABNORMAL'
          ? 'Check it in the Zilliz Cloud console or contact support with its id.'
          : 'It is being or has been deleted: create a new one.'
      }`,
    );
    this.clusterId = cluster.clusterId;
    this.status = cluster.status;
    this.cluster = cluster;
  }
}

const CREATED = Symbol.for('zcloud.createResult');

/**
 * Keeps a create's result on an error thrown while waiting for the cluster, so the one-time
 * password is never lost. Non-enumerable: it does not show in JSON, logs or inspection.
 */
export function attachCreateResult<E>(error: E, result: object): E {
  if (error && typeof error === 'object')
    Object.defineProperty(error, CREATED, { value: result, enumerable: false });
  return error;
}

/**
 * The create result (with its one-time password) carried by an error thrown by
 * `createServerless(..., { wait: true })` after the cluster was created, e.g. a wait timeout.
 */
export function createResultOf(error: unknown): CreateResult | undefined {
  return error && typeof error === 'object'
    ? (error as Record<symbol, CreateResult | undefined>)[CREATED]
    : undefined;
}
