import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { clusterList } from '../views.js';

export interface ListOptions {
  region?: string;
  pageSize?: string;
  page?: string;
  all?: boolean;
}

/** Prints an array of clusters: one page, or with --all every page. */
export async function listClusters(ctx: CliContext, options: ListOptions): Promise<void> {
  const pageSize = whole(options.pageSize, '--page-size');
  const currentPage = whole(options.page, '--page');
  const params = {
    ...(options.region && { region: options.region }),
    ...(pageSize !== undefined && { pageSize }),
    ...(currentPage !== undefined && { currentPage }),
  };
  const listing = ctx.client().clusters.list(params, { signal: ctx.signal });
  if (options.all) {
    await ctx.output.result(await listing.toArray(), clusterList);
    return;
  }
  const page = await listing;
  await ctx.output.result(page.clusters, clusterList);
  const shownUpTo = (page.currentPage - 1) * page.pageSize + page.clusters.length;
  if (shownUpTo < page.count) {
    ctx.output.info(
      `Showing ${page.clusters.length} of ${page.count} clusters (page ${page.currentPage}); use --all for every page.`,
    );
  }
}

function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`${flag} must be a whole number, not ${JSON.stringify(value)}.`);
  return Number(value);
}
