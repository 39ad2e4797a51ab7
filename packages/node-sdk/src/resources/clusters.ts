import { type Cluster, type ClusterPage, ConflictError, NotFoundError, unwrap } from '@zcloud/core';
import type { SdkContext } from '../context.js';
import { attachCreateResult } from '../errors.js';
import { ClusterList } from '../pagination.js';
import type { AttemptTrace, RequestOptions } from '../request.js';
import type {
  CreateAndWaitResult,
  CreateClusterBody,
  CreateResult,
  DropResult,
  ListClustersParams,
  RecoveredCluster,
  WaitOptions,
} from '../types.js';
import { AFTER_CREATE_GRACE_MS, waitForStatus } from '../wait.js';

export interface CreateOptions extends RequestOptions {
  /** Resolve only once the cluster is RUNNING (or fail with WaitTimeoutError / ClusterFailedError). */
  wait?: boolean;
  /** With `wait`: give up waiting after this long. Default 15 minutes. */
  waitTimeoutMs?: number;
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  onProgress?: WaitOptions['onProgress'];
}

type CreateOperation = 'createServerlessCluster' | 'createFreeCluster';

/**
 * A cluster created before the call started is someone else's, not ours: allow this much clock
 * skew between us and the service when telling them apart.
 */
const CLOCK_SKEW_MS = 120_000;

export class Clusters {
  constructor(private readonly ctx: SdkContext) {}

  /**
   * Creates a serverless cluster. Returns at once with the id and the one-time password, or, with
   * `wait: true`, once the cluster is RUNNING.
   */
  createServerless(
    body: CreateClusterBody,
    options: CreateOptions & { wait: true },
  ): Promise<CreateAndWaitResult>;
  createServerless(body: CreateClusterBody, options?: CreateOptions): Promise<CreateResult>;
  createServerless(body: CreateClusterBody, options: CreateOptions = {}): Promise<CreateResult> {
    return this.create('createServerlessCluster', body, options);
  }

  /** Creates a free cluster; same behaviour as createServerless. */
  createFree(body: CreateClusterBody, options: CreateOptions & { wait: true }): Promise<CreateAndWaitResult>;
  createFree(body: CreateClusterBody, options?: CreateOptions): Promise<CreateResult>;
  createFree(body: CreateClusterBody, options: CreateOptions = {}): Promise<CreateResult> {
    return this.create('createFreeCluster', body, options);
  }

  describe(clusterId: string, options: RequestOptions = {}): Promise<Cluster> {
    this.ctx.validate('describeCluster', { path: { clusterId } });
    return this.ctx.requester.run(
      'describeCluster',
      this.ctx.clientForCluster(clusterId),
      (client, init) =>
        unwrap(
          'describeCluster',
          client.GET('/v2/clusters/{clusterId}', { params: { path: { clusterId } }, ...init }),
        ),
      options,
    );
  }

  /** `await` for one page; `for await` for every cluster across pages. */
  list(params: ListClustersParams = {}, options: RequestOptions = {}): ClusterList {
    return new ClusterList((query) => this.fetchPage(query, options), params);
  }

  /** Drops a cluster. Serverless clusters can be restored from the recycle bin for 30 days. */
  async drop(clusterId: string, options: RequestOptions = {}): Promise<DropResult> {
    this.ctx.validate('dropCluster', { path: { clusterId } });
    const trace: AttemptTrace = { ambiguous: false, attempts: 0 };
    try {
      return await this.ctx.requester.run(
        'dropCluster',
        this.ctx.clientForCluster(clusterId),
        (client, init) =>
          unwrap(
            'dropCluster',
            client.DELETE('/v2/clusters/{clusterId}/drop', { params: { path: { clusterId } }, ...init }),
          ),
        options,
        trace,
      );
    } catch (error) {
      // Our first attempt was applied but its answer lost: the retry finds nothing left to drop.
      if (!(error instanceof NotFoundError && trace.ambiguous)) throw error;
      this.ctx.logger.warn(
        `dropCluster: the first answer was lost and ${clusterId} is now gone; counting it as dropped`,
      );
      return {
        clusterId,
        prompt: 'The cluster was dropped; the first answer was lost and a retry found it already gone.',
        recovered: true,
      };
    }
  }

  /**
   * Polls until the cluster has `status` (default RUNNING). For a cluster this client created in the
   * last 30 s, "not found" means "not visible yet" until then.
   */
  waitFor(clusterId: string, options: WaitOptions = {}): Promise<Cluster> {
    const createdAt = this.ctx.createdAt(clusterId);
    const grace = createdAt === undefined ? 0 : Math.max(0, AFTER_CREATE_GRACE_MS - (Date.now() - createdAt));
    return waitForStatus(
      clusterId,
      (requestOptions) => this.describe(clusterId, requestOptions),
      { ...options, notFoundGraceMs: options.notFoundGraceMs ?? grace },
      this.ctx.logger,
    );
  }

  private fetchPage(query: ListClustersParams, options: RequestOptions): Promise<ClusterPage> {
    this.ctx.validate('listClusters', { query });
    return this.ctx.requester.run(
      'listClusters',
      this.ctx.clientForRegion(query.region),
      (client, init) => unwrap('listClusters', client.GET('/v2/clusters', { params: { query }, ...init })),
      options,
    );
  }

  private async create(
    operationId: CreateOperation,
    body: CreateClusterBody,
    options: CreateOptions,
  ): Promise<CreateResult> {
    this.ctx.validate(operationId, { body });
    const { wait, waitTimeoutMs, pollIntervalMs, maxPollIntervalMs, onProgress, ...requestOptions } = options;
    const trace: AttemptTrace = { ambiguous: false, attempts: 0 };
    const started = Date.now();
    let result: CreateResult;
    try {
      const created = await this.ctx.requester.run(
        operationId,
        this.ctx.clientForRegion(body.regionId),
        (client, init) =>
          operationId === 'createServerlessCluster'
            ? unwrap(operationId, client.POST('/v2/clusters/createServerless', { body, ...init }))
            : unwrap(operationId, client.POST('/v2/clusters/createFree', { body, ...init })),
        requestOptions,
        trace,
      );
      this.ctx.rememberSecret(created.password);
      result = created;
    } catch (error) {
      if (!(error instanceof ConflictError && trace.ambiguous)) throw error;
      result = await this.recover(operationId, body, started, error, requestOptions);
    }
    this.ctx.rememberCluster(result.clusterId, body.regionId);
    if (!wait) return result;

    try {
      const cluster = await this.waitFor(result.clusterId, {
        ...(waitTimeoutMs !== undefined && { timeoutMs: waitTimeoutMs }),
        ...(pollIntervalMs !== undefined && { pollIntervalMs }),
        ...(maxPollIntervalMs !== undefined && { maxPollIntervalMs }),
        ...(onProgress && { onProgress }),
        ...(options.signal && { signal: options.signal }),
      });
      const done: CreateAndWaitResult = { ...result, cluster };
      return done;
    } catch (error) {
      // The cluster exists and its password is in `result`: never let a failed wait lose it.
      throw attachCreateResult(error, result);
    }
  }

  /**
   * A retry after a lost answer met "name already exists": look for the cluster of that name in the
   * project. Found, and created since this call began, it is ours; otherwise the conflict is real.
   */
  private async recover(
    operationId: CreateOperation,
    body: CreateClusterBody,
    started: number,
    conflict: ConflictError,
    options: RequestOptions,
  ): Promise<RecoveredCluster> {
    for await (const cluster of this.list({ region: body.regionId }, options)) {
      if (cluster.clusterName !== body.clusterName || cluster.projectId !== body.projectId) continue;
      const createdAt = Date.parse(cluster.createTime);
      if (Number.isFinite(createdAt) && createdAt < started - CLOCK_SKEW_MS) break;
      this.ctx.logger.warn(
        `${operationId}: the answer was lost, but the retry found ${cluster.clusterId} (${cluster.clusterName}) created by the first attempt; its initial password cannot be recovered`,
      );
      return {
        clusterId: cluster.clusterId,
        username: undefined,
        password: undefined,
        prompt:
          "The create succeeded but its answer was lost, so the initial password cannot be shown: reset the admin password in the Zilliz Cloud console (the cluster's Users page) before connecting.",
        recovered: true,
        cluster,
      };
    }
    throw conflict;
  }
}
