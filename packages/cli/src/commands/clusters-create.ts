import { type Cluster, type CreateResult, ValidationError } from '@zcloud/node-sdk';
import { type CliContext, parseTimeout } from '../context.js';
import { UsageError } from '../errors.js';
import { ask, pick } from '../prompts.js';
import { createdRecord } from '../views.js';
import { waitWithProgress } from './wait-progress.js';

export interface CreateOptions {
  name?: string;
  project?: string;
  region?: string;
  description?: string;
  wait?: boolean;
  waitTimeout?: string;
}

const FLAG_OF: Record<string, string> = {
  clusterName: '--name',
  projectId: '--project',
  regionId: '--region',
};

/**
 * `clusters create-serverless` and `create-free`: missing inputs come from the profile, then (in a
 * terminal) from a picker; the one-time password is always delivered, even when waiting fails.
 */
export async function createCluster(
  ctx: CliContext,
  plan: 'serverless' | 'free',
  options: CreateOptions,
): Promise<void> {
  const waitTimeoutMs = parseTimeout(options.waitTimeout ?? '15m', '--wait-timeout');
  const body = {
    clusterName: options.name ?? (await askName(ctx)),
    projectId: options.project ?? ctx.settings.project ?? (await pickProject(ctx)),
    regionId: options.region ?? ctx.settings.region ?? (await pickRegion(ctx)),
    ...(options.description !== undefined && { description: options.description }),
  };
  const clusters = ctx.client().clusters;
  let created: CreateResult;
  try {
    created = await ctx.interrupts.protect((signal) =>
      plan === 'serverless'
        ? clusters.createServerless(body, { signal })
        : clusters.createFree(body, { signal }),
    );
  } catch (error) {
    throw withFlagNames(error);
  }
  ctx.output.info(`Created ${created.clusterId} (${body.clusterName}) in ${body.regionId}.`);

  let cluster: Cluster | undefined;
  if (options.wait) {
    try {
      // The SDK knows it just created the cluster and tolerates a moment of "not found".
      cluster = await waitWithProgress(ctx, created.clusterId, 'RUNNING', waitTimeoutMs);
    } catch (error) {
      // The cluster exists and its password is in `created`: deliver both before the error.
      await deliver(ctx, created);
      ctx.output.info(`Resume waiting with: zcloud clusters wait ${created.clusterId}`);
      throw error;
    }
  }
  await deliver(ctx, created, cluster);
}

async function deliver(ctx: CliContext, created: CreateResult, cluster?: Cluster): Promise<void> {
  await ctx.output.result(cluster ? { ...created, cluster } : created, createdRecord);
  if (created.recovered) {
    ctx.output.notice(`The create's answer was lost, but the cluster was found. ${created.prompt}`);
  } else {
    ctx.output.notice(
      `Store the password of ${created.username} now: it is shown only this once and cannot be retrieved again.`,
    );
  }
}

async function askName(ctx: CliContext): Promise<string> {
  if (!ctx.interactive)
    throw new UsageError('Missing --name: the cluster name (letters, digits and hyphens, up to 32).');
  return ask(ctx.io, 'Cluster name', (v) =>
    /^[A-Za-z0-9-]{1,32}$/.test(v) ? true : 'Letters, digits and hyphens, 1 to 32 characters',
  );
}

async function pickProject(ctx: CliContext): Promise<string> {
  if (!ctx.interactive)
    throw new UsageError('Missing --project: the project id (see `zcloud projects list`).');
  const projects = await ctx.client().projects.list({ signal: ctx.signal });
  const [only] = projects;
  if (projects.length === 1 && only) {
    ctx.output.info(`Using project ${only.projectName} (${only.projectId}).`);
    return only.projectId;
  }
  if (projects.length === 0)
    throw new UsageError('This API key sees no project: create one in the Zilliz Cloud console.');
  return pick(
    ctx.io,
    'Project',
    projects.map((p) => ({ name: `${p.projectName} (${p.projectId})`, value: p.projectId })),
  );
}

async function pickRegion(ctx: CliContext): Promise<string> {
  if (!ctx.interactive)
    throw new UsageError('Missing --region: the region id (see `zcloud regions list`), e.g. gcp-us-west1.');
  const regions = await ctx.client().regions.list({}, { signal: ctx.signal });
  return pick(
    ctx.io,
    'Region (not every region offers serverless)',
    regions.map((r) => ({ name: r.regionId, value: r.regionId, description: r.cloudId })),
  );
}

/** Validation errors name the SDK's fields; say the flag the user typed instead. */
function withFlagNames(error: unknown): unknown {
  if (error instanceof ValidationError && error.field && FLAG_OF[error.field]) {
    return new UsageError(error.message.replace(error.field, `${FLAG_OF[error.field]} (${error.field})`));
  }
  return error;
}
