import type { CliContext } from '../context.js';
import { clusterRecord } from '../views.js';

export async function describeCluster(ctx: CliContext, clusterId: string): Promise<void> {
  const cluster = await ctx.client().clusters.describe(clusterId, { signal: ctx.signal });
  await ctx.output.result(cluster, clusterRecord);
}
