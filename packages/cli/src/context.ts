import { parseDuration } from '@zcloud/core';
import { type Site, ZillizCloud } from '@zcloud/node-sdk';
import { type Colors, loadColors } from './colors.js';
import { ConfigStore, configDir, type ProfileSettings } from './config.js';
import { UsageError } from './errors.js';
import type { Format } from './formats.js';
import type { GlobalOptions } from './global-options.js';
import { Interrupts } from './interrupts.js';
import { type Io, isInteractive } from './io.js';
import { Output } from './output.js';

export type KeySource = 'flag' | 'ZILLIZ_API_KEY' | 'ZILLIZCLOUD_API_KEY' | 'profile';

/** What a command runs with: options resolved against environment and profile, output, client. */
export class CliContext {
  readonly output: Output;
  readonly config: ConfigStore;
  readonly profile: string;
  readonly settings: ProfileSettings;
  private sdk: ZillizCloud | undefined;

  /** Colours are decided here: only a terminal gets them, and only then is a colour library loaded. */
  static async create(io: Io, globals: GlobalOptions): Promise<CliContext> {
    if (globals.query !== undefined) await checkQuery(globals.query);
    const colored = globals.color !== false && !io.env.NO_COLOR && io.stderr.isTTY;
    return new CliContext(io, globals, new Interrupts(), await loadColors(colored));
  }

  private constructor(
    readonly io: Io,
    readonly globals: GlobalOptions,
    readonly interrupts: Interrupts,
    colors: Colors,
  ) {
    this.config = new ConfigStore(configDir(io.env));
    this.profile = globals.profile ?? io.env.ZCLOUD_PROFILE ?? 'default';
    this.settings = this.config.settings(this.profile);
    const format = (globals.output ?? this.settings.output ?? (globals.query ? 'json' : 'table')) as Format;
    this.output = new Output(
      io,
      { format, query: globals.query, quiet: Boolean(globals.quiet), debug: Boolean(globals.debug) },
      colors,
    );
  }

  /** Aborted on Ctrl-C. */
  get signal(): AbortSignal {
    return this.interrupts.signal;
  }

  get interactive(): boolean {
    return isInteractive(this.io);
  }

  /** The API key and where it came from: flag, then environment, then the profile. */
  apiKey(): { key: string; source: KeySource } | undefined {
    if (this.globals.apiKey) return { key: this.globals.apiKey, source: 'flag' };
    if (this.io.env.ZILLIZ_API_KEY) return { key: this.io.env.ZILLIZ_API_KEY, source: 'ZILLIZ_API_KEY' };
    if (this.io.env.ZILLIZCLOUD_API_KEY)
      return { key: this.io.env.ZILLIZCLOUD_API_KEY, source: 'ZILLIZCLOUD_API_KEY' };
    const stored = this.config.apiKey(this.profile);
    return stored ? { key: stored, source: 'profile' } : undefined;
  }

  baseUrl(): string | undefined {
    return this.globals.baseUrl ?? this.io.env.ZCLOUD_BASE_URL ?? this.settings['base-url'];
  }

  /** The SDK client, built on first use so that commands without the API never need a key. */
  client(): ZillizCloud {
    if (this.sdk) return this.sdk;
    const found = this.apiKey();
    if (!found) {
      throw new UsageError(
        'No API key: set ZILLIZ_API_KEY, or run `zcloud auth login`, or pass --api-key.',
        'Create a key in the Zilliz Cloud console (API Keys).',
      );
    }
    if (found.source === 'flag')
      this.output.warn(
        '--api-key is visible to other processes on this machine; prefer ZILLIZ_API_KEY or `zcloud auth login`.',
      );
    if (found.source === 'profile' && this.config.credentialsExposed()) {
      this.output.warn(`${this.config.credentialsFile} can be read by other users: run chmod 600 on it.`);
    }
    this.sdk = this.clientFor(found.key);
    return this.sdk;
  }

  /** An SDK client with this command line's settings (site, base URL, timeout, --debug) for a given key. */
  clientFor(apiKey: string): ZillizCloud {
    const timeout =
      this.globals.timeout === undefined ? undefined : parseTimeout(this.globals.timeout, '--timeout');
    const baseUrl = this.baseUrl();
    const site = (this.globals.site ?? this.settings.site) as Site | undefined;
    const output = this.output;
    return new ZillizCloud({
      apiKey,
      env: {},
      ...(baseUrl && { baseUrl }),
      ...(site && { site }),
      ...(timeout !== undefined && { timeoutMs: timeout }),
      userAgent: `@zcloud/cli/${__ZCLOUD_CLI_VERSION__}`,
      logLevel: this.globals.debug ? 'debug' : 'off',
      logger: {
        debug: (message, details) =>
          output.debug(details ? `${message} ${JSON.stringify(details)}` : message),
        info: (message) => output.info(message),
        warn: (message) => output.warn(message),
        error: (message) => output.error(message),
      },
    });
  }
}

/**
 * A --query that cannot be applied fails before anything is sent: found only when printing, it would
 * lose the result, and with a create the password that cannot be shown again.
 */
async function checkQuery(expression: string): Promise<void> {
  const { compile } = await import('./lazy/jmespath.js');
  try {
    compile(expression);
  } catch (error) {
    throw new UsageError(
      `Invalid --query ${JSON.stringify(expression)}: ${(error as Error).message}`,
      'The syntax is JMESPath: https://jmespath.org',
    );
  }
}

/** A duration flag, as milliseconds; a clear usage error otherwise. */
export function parseTimeout(text: string, flag: string): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0)
    throw new UsageError(`${flag} ${JSON.stringify(text)} is not a duration: use e.g. 30s, 15m or 1h.`);
  return ms;
}

declare global {
  const __ZCLOUD_CLI_VERSION__: string;
}
