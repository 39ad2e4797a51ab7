import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { readStdin, secret } from '../prompts.js';

/** The last four characters, enough to tell keys apart, never enough to use one. */
export const maskKey = (key: string) => (key.length > 8 ? `…${key.slice(-4)}` : '…');

/**
 * `auth login`: reads the key without echo (or from stdin when piped), checks it against the API
 * unless --no-verify, and stores it in the profile's credentials file with mode 0600.
 */
export async function login(ctx: CliContext, options: { verify?: boolean }): Promise<void> {
  const key = (
    ctx.interactive ? await secret(ctx.io, 'Zilliz Cloud API key') : await readStdin(ctx.io)
  ).trim();
  if (!key)
    throw new UsageError(
      'No API key given: type it at the prompt, or pipe it in (zcloud auth login < key.txt).',
    );
  if (options.verify !== false) {
    const projects = await ctx.clientFor(key).projects.list({ signal: ctx.signal });
    ctx.output.info(`The key works: it sees ${projects.length} project${projects.length === 1 ? '' : 's'}.`);
  }
  ctx.config.saveApiKey(ctx.profile, key);
  ctx.output.info(
    `Saved the key (${maskKey(key)}) for profile ${ctx.profile} in ${ctx.config.credentialsFile} (mode 600).`,
  );
}

export async function logout(ctx: CliContext): Promise<void> {
  const removed = ctx.config.removeApiKey(ctx.profile);
  ctx.output.info(
    removed ? `Removed the key of profile ${ctx.profile}.` : `Profile ${ctx.profile} had no stored key.`,
  );
}

/** Where the key comes from and whether it works, without ever printing it. */
export async function status(ctx: CliContext): Promise<void> {
  const found = ctx.apiKey();
  if (!found) throw new UsageError('Not logged in: run `zcloud auth login`, or set ZILLIZ_API_KEY.');
  const result: Record<string, unknown> = {
    profile: ctx.profile,
    keySource: found.source,
    key: maskKey(found.key),
    baseUrl: ctx.client().baseUrl,
  };
  const projects = await ctx.client().projects.list({ signal: ctx.signal });
  result.authenticated = true;
  result.projects = projects.length;
  await ctx.output.result(result);
}
