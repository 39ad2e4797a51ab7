import { BASE_URLS, type Site, ValidationError } from '@zcloud/core';
import { isLogLevel, type Logger, type LogLevel } from './logger.js';

export interface ClientOptions {
  /** Defaults to `ZILLIZ_API_KEY`, then `ZILLIZCLOUD_API_KEY`. */
  apiKey?: string;
  /** Overrides the site's URL (a proxy, the emulator, a mock). Defaults to `ZCLOUD_BASE_URL`, then the site's URL. */
  baseUrl?: string;
  /** `global` (default) or `cn`. Without a base URL, creates in `ali-`/`tc-` regions go to the China site anyway. */
  site?: Site;
  /** Per-attempt timeout. Default 60 s, the server's own limit. */
  timeoutMs?: number;
  /** The whole call, retries and their waits included. Default 3 minutes. */
  deadlineMs?: number;
  /** Retries of a failed attempt (connection errors, timeouts, 408, 429, 5xx). Default 2. */
  maxRetries?: number;
  /** A fetch implementation. Defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Where log lines go (console, pino, winston...). Defaults to console. */
  logger?: Logger;
  /** Defaults to `ZCLOUD_LOG`, then `warn`. */
  logLevel?: LogLevel;
  /** Client-side rate limit shared by all calls of this client. Default 10; 0 or Infinity turns it off. */
  maxRequestsPerSecond?: number;
  /** Check inputs against the spec's rules before sending. Default true; turn off for forward compatibility. */
  validate?: boolean;
  /** Prepended to the user agent, e.g. `my-app/1.0`. */
  userAgent?: string;
  /** The environment to read defaults from. Defaults to `process.env`. */
  env?: Record<string, string | undefined>;
}

export interface ResolvedOptions {
  apiKey: string;
  /** Set when the caller fixed the base URL (option or environment): no per-region routing then. */
  fixedBaseUrl: string | undefined;
  site: Site;
  timeoutMs: number;
  deadlineMs: number;
  maxRetries: number;
  fetch: typeof globalThis.fetch | undefined;
  logger: Logger;
  logLevel: LogLevel;
  maxRequestsPerSecond: number;
  validate: boolean;
  userAgent: string | undefined;
}

export const DEFAULTS = {
  timeoutMs: 60_000,
  deadlineMs: 180_000,
  maxRetries: 2,
  maxRequestsPerSecond: 10,
  logLevel: 'warn',
} as const;

const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value : undefined);

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  const env = options.env ?? globalThis.process?.env ?? {};
  const apiKey = options.apiKey ?? nonEmpty(env.ZILLIZ_API_KEY) ?? nonEmpty(env.ZILLIZCLOUD_API_KEY);
  if (apiKey === undefined) {
    throw new ValidationError(
      'No API key: pass { apiKey } to new ZillizCloud(), or set ZILLIZ_API_KEY (create a key in the Zilliz Cloud console, API Keys).',
      { field: 'apiKey' },
    );
  }
  const site = options.site ?? 'global';
  if (!(site in BASE_URLS)) {
    throw new ValidationError(`Invalid site ${JSON.stringify(site)}: use 'global' or 'cn'.`, {
      field: 'site',
    });
  }
  const logLevel = options.logLevel ?? nonEmpty(env.ZCLOUD_LOG) ?? DEFAULTS.logLevel;
  if (!isLogLevel(logLevel)) {
    throw new ValidationError(
      `Invalid log level ${JSON.stringify(logLevel)} (logLevel or ZCLOUD_LOG): use off, error, warn, info or debug.`,
      { field: 'logLevel' },
    );
  }
  return {
    apiKey,
    fixedBaseUrl: options.baseUrl ?? nonEmpty(env.ZCLOUD_BASE_URL),
    site,
    timeoutMs: positive('timeoutMs', options.timeoutMs ?? DEFAULTS.timeoutMs),
    deadlineMs: positive('deadlineMs', options.deadlineMs ?? DEFAULTS.deadlineMs),
    maxRetries: count('maxRetries', options.maxRetries ?? DEFAULTS.maxRetries),
    fetch: options.fetch,
    // console is the default sink; a caller can pass any logger.
    logger: options.logger ?? console,
    logLevel,
    maxRequestsPerSecond: rate(options.maxRequestsPerSecond ?? DEFAULTS.maxRequestsPerSecond),
    validate: options.validate ?? true,
    userAgent: options.userAgent,
  };
}

export function positive(name: string, value: number): number {
  if (typeof value !== 'number' || !(value > 0)) {
    throw new ValidationError(
      `Invalid ${name} ${JSON.stringify(value)}: give a positive number of milliseconds.`,
      {
        field: name,
      },
    );
  }
  return value;
}

export function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new ValidationError(`Invalid ${name} ${JSON.stringify(value)}: give a whole number, 0 or more.`, {
      field: name,
    });
  }
  return value;
}

function rate(value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ValidationError(
      `Invalid maxRequestsPerSecond ${JSON.stringify(value)}: give a positive number, or 0 to turn the limit off.`,
      { field: 'maxRequestsPerSecond' },
    );
  }
  return value;
}
