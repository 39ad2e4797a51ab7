import { type CliContext, parseTimeout } from '../context.js';
import { clusterRecord } from '../views.js';
import { waitWithProgress } from './wait-progress.js';

export async function waitCluster(
  ctx: CliContext,
  clusterId: string,
  options: { status?: string; timeout?: string },
): Promise<void> {
  const timeoutMs = parseTimeout(options.timeout ?? '15m', '--timeout');
  const cluster = await waitWithProgress(
    ctx,
    clusterId,
    (options.status ?? 'RUNNING').toUpperCase(),
    timeoutMs,
  );
  await ctx.output.result(cluster, clusterRecord);
}
