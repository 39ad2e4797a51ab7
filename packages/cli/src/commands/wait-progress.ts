import { formatDuration } from '@zcloud/core';
import type { Cluster, WaitProgress } from '@zcloud/node-sdk';
import type { CliContext } from '../context.js';

/** Waits for a cluster's status, showing a spinner in a terminal and one line per change elsewhere. */
export async function waitWithProgress(
  ctx: CliContext,
  clusterId: string,
  status: string,
  timeoutMs: number,
): Promise<Cluster> {
  const { output } = ctx;
  const describe = (p: WaitProgress) => {
    const state = p.status === undefined ? 'not visible yet' : p.status;
    const percent =
      p.status === 'CREATING' && p.cluster?.createProgress !== undefined
        ? ` ${p.cluster.createProgress}%`
        : '';
    return `${clusterId}: ${state}${percent} (${output.dim(formatDuration(p.elapsedMs))})`;
  };
  const progress = await output.progress(`Waiting for ${clusterId} to be ${status}...`);
  try {
    const cluster = await ctx.client().clusters.waitFor(clusterId, {
      status,
      timeoutMs,
      signal: ctx.signal,
      onProgress: (p) => progress.update(describe(p)),
    });
    progress.stop();
    output.info(`${clusterId} is ${cluster.status}.`);
    return cluster;
  } catch (error) {
    progress.stop();
    throw error;
  }
}
