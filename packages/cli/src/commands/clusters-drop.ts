import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { confirm } from '../prompts.js';
import { dropRecord } from '../views.js';

/** Drops a cluster after confirmation; without a terminal, only with --yes. */
export async function dropCluster(ctx: CliContext, clusterId: string): Promise<void> {
  if (!ctx.globals.yes) {
    if (!ctx.interactive)
      throw new UsageError(`Refusing to drop ${clusterId} without confirmation: pass --yes.`);
    const sure = await confirm(
      ctx.io,
      `Drop cluster ${clusterId}? Serverless clusters can be restored from the recycle bin for 30 days.`,
    );
    if (!sure) {
      ctx.output.info('Nothing dropped.');
      return;
    }
  }
  const dropped = await ctx.client().clusters.drop(clusterId, { signal: ctx.signal });
  await ctx.output.result(dropped, dropRecord);
}
