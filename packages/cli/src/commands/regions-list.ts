import type { CliContext } from '../context.js';
import { regionList } from '../views.js';

export async function listRegions(ctx: CliContext, options: { cloud?: string }): Promise<void> {
  const regions = await ctx
    .client()
    .regions.list(options.cloud ? { cloudId: options.cloud } : {}, { signal: ctx.signal });
  await ctx.output.result(regions, regionList);
}
