import type { CliContext } from '../context.js';
import { projectList } from '../views.js';

export async function listProjects(ctx: CliContext): Promise<void> {
  await ctx.output.result(await ctx.client().projects.list({ signal: ctx.signal }), projectList);
}
