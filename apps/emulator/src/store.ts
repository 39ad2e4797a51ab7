import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { Cluster, Project } from '@zcloud/core';
import { isoSeconds, newClusterId, newPassword, usernameFor } from './ids.js';
import { DEFAULT_PROJECT, FREE_REGIONS, REGIONS, SERVERLESS_REGIONS } from './seed.js';

/** What is kept of a cluster; its status and progress are derived from the clock. */
export interface StoredCluster {
  clusterId: string;
  clusterName: string;
  projectId: string;
  regionId: string;
  description: string;
  plan: 'Serverless' | 'Free';
  createdAt: number;
  droppedAt?: number;
}

export interface Failure {
  code: number;
  message: string;
}

export interface StoreOptions {
  createDelayMs: number;
  deleteDelayMs: number;
  dataFile?: string | undefined;
  now?: () => number;
}

const NAME = /^[A-Za-z0-9-]+$/;
const PROJECT = /^proj-[0-9a-f]+$/;
const CLUSTER_ID = /^in\d{2}-[0-9a-f]{15}$/;
const KNOWN_REGIONS = new Set(REGIONS.map((r) => r.regionId));

/** The emulated control plane's state: clusters by id, one seeded project, optional persistence. */
export class Store {
  private readonly clusters = new Map<string, StoredCluster>();
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
    if (options.dataFile && existsSync(options.dataFile)) {
      const saved = JSON.parse(readFileSync(options.dataFile, 'utf8')) as { clusters?: StoredCluster[] };
      for (const cluster of saved.clusters ?? []) this.clusters.set(cluster.clusterId, cluster);
    }
  }

  create(
    input: Record<string, unknown>,
    plan: 'Serverless' | 'Free',
  ): Failure | { clusterId: string; username: string; password: string } {
    const { clusterName, projectId, regionId, description } = input;
    if (typeof clusterName !== 'string' || !NAME.test(clusterName) || clusterName.length > 32) {
      return {
        code: 96010,
        message:
          'Invalid clusterName. The name can only contain alphanumeric characters and hyphens, up to 32 characters.',
      };
    }
    if (typeof projectId !== 'string' || !PROJECT.test(projectId)) {
      return { code: 96005, message: 'Invalid projectId. It should be like proj-xxxxxxxx.' };
    }
    if (projectId !== DEFAULT_PROJECT.projectId) {
      return { code: 96005, message: `Invalid projectId. Project ${projectId} does not exist.` };
    }
    if (typeof regionId !== 'string' || !KNOWN_REGIONS.has(regionId)) {
      return { code: 96001, message: 'Invalid regionId. Please check the region id.' };
    }
    if (plan === 'Serverless' && !SERVERLESS_REGIONS.has(regionId)) {
      return { code: 96020, message: 'The region does not support serverless cluster.' };
    }
    if (plan === 'Free' && !FREE_REGIONS.has(regionId)) {
      return { code: 96019, message: 'The region does not support free cluster.' };
    }
    const taken = [...this.clusters.values()].some(
      (c) => c.projectId === projectId && c.clusterName === clusterName && this.visible(c),
    );
    if (taken) return { code: 40013, message: 'The specified cluster name already exists.' };

    const clusterId = newClusterId(plan);
    this.clusters.set(clusterId, {
      clusterId,
      clusterName,
      projectId,
      regionId,
      description: typeof description === 'string' ? description : '',
      plan,
      createdAt: this.now(),
    });
    this.persist();
    return { clusterId, username: usernameFor(clusterId), password: newPassword() };
  }

  describe(clusterId: string): Failure | Cluster {
    if (!CLUSTER_ID.test(clusterId)) return { code: 96036, message: 'Invalid clusterId.' };
    const stored = this.clusters.get(clusterId);
    if (!stored || !this.visible(stored)) return { code: 96018, message: 'The cluster does not exist.' };
    return { ...this.view(stored), storageSize: 0, snapshotNumber: 0, createProgress: this.progress(stored) };
  }

  list(region: string | undefined): Cluster[] {
    return [...this.clusters.values()]
      .filter((c) => this.visible(c) && (region === undefined || c.regionId === region))
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((c) => this.view(c));
  }

  drop(clusterId: string): Failure | { clusterId: string } {
    if (!CLUSTER_ID.test(clusterId)) return { code: 96036, message: 'Invalid clusterId.' };
    const stored = this.clusters.get(clusterId);
    if (!stored || !this.visible(stored) || stored.droppedAt !== undefined) {
      return { code: 96018, message: 'The cluster does not exist.' };
    }
    stored.droppedAt = this.now();
    this.persist();
    return { clusterId };
  }

  projects(): Project[] {
    const count = [...this.clusters.values()].filter(
      (c) => c.projectId === DEFAULT_PROJECT.projectId && this.visible(c),
    ).length;
    return [{ ...DEFAULT_PROJECT, instanceCount: count }];
  }

  /** Clusters that still exist (dropped ones stay visible, as DELETING, for the delete delay). */
  private visible(cluster: StoredCluster): boolean {
    return cluster.droppedAt === undefined || this.now() - cluster.droppedAt < this.options.deleteDelayMs;
  }

  private status(cluster: StoredCluster): string {
    if (cluster.droppedAt !== undefined) return 'DELETING';
    return this.now() - cluster.createdAt >= this.options.createDelayMs ? 'RUNNING' : 'CREATING';
  }

  private progress(cluster: StoredCluster): number {
    const elapsed = this.now() - cluster.createdAt;
    if (elapsed >= this.options.createDelayMs) return 100;
    return Math.min(99, Math.floor((elapsed / this.options.createDelayMs) * 100));
  }

  private view(c: StoredCluster): Cluster {
    return {
      clusterId: c.clusterId,
      clusterName: c.clusterName,
      projectId: c.projectId,
      description: c.description,
      regionId: c.regionId,
      cuType: '',
      plan: 'Serverless',
      status: this.status(c),
      connectAddress: `https://${c.clusterId}.serverless.${c.regionId}.cloud.zilliz.com`,
      privateLinkAddress: '',
      createTime: isoSeconds(c.createdAt),
      cuSize: 0,
      replica: 1,
      deploymentOption: c.plan,
    };
  }

  /**
   * Writes the state before the answer goes out, atomically (a temporary file, fsync, rename): a
   * crash mid-write leaves the previous complete file, so nothing acknowledged is lost.
   */
  private persist(): void {
    const file = this.options.dataFile;
    if (!file) return;
    for (const [id, cluster] of this.clusters) if (!this.visible(cluster)) this.clusters.delete(id);
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify({ version: 1, clusters: [...this.clusters.values()] }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  }
}

export const isFailure = (value: object): value is Failure => 'code' in value && 'message' in value;
