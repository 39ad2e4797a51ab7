import { CONFIG_KEYS, type ConfigKey } from '../config-keys.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';

export async function configList(ctx: CliContext): Promise<void> {
  const settings = ctx.settings;
  await ctx.output.result(
    Object.fromEntries(Object.keys(CONFIG_KEYS).map((key) => [key, settings[key as ConfigKey] ?? null])),
  );
}

export async function configGet(ctx: CliContext, key: string): Promise<void> {
  if (!(key in CONFIG_KEYS)) {
    throw new UsageError(
      `Unknown setting ${JSON.stringify(key)}: the settings are ${Object.keys(CONFIG_KEYS).join(', ')}.`,
    );
  }
  const value = ctx.settings[key as ConfigKey];
  if (value === undefined) throw new UsageError(`${key} is not set in profile ${ctx.profile}.`);
  await ctx.output.result(value);
}

export async function configSet(ctx: CliContext, key: string, value: string): Promise<void> {
  ctx.config.set(ctx.profile, key, value);
  ctx.output.info(`Set ${key} = ${value} in profile ${ctx.profile}.`);
}

export async function configUnset(ctx: CliContext, key: string): Promise<void> {
  ctx.config.unset(ctx.profile, key);
  ctx.output.info(`Unset ${key} in profile ${ctx.profile}.`);
}
