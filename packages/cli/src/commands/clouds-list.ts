import type { CliContext } from '../context.js';
import { cloudList } from '../views.js';

export async function listClouds(ctx: CliContext): Promise<void> {
  await ctx.output.result(await ctx.client().clouds.list({ signal: ctx.signal }), cloudList);
}
