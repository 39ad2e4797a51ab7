import { redact } from './internal/redact.js';

/** Anything with these four methods: console, pino, winston, bunyan... */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

/**
 * The logger every part of the SDK writes through: it drops lines below the level and passes each
 * message and argument through redaction, so no secret reaches the caller's logger.
 */
export class SdkLogger {
  constructor(
    private readonly target: Logger,
    private readonly level: LogLevel,
    /** Reads the secrets to mask at the time of logging (passwords are learnt along the way). */
    private readonly secrets: () => readonly string[],
  ) {}

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] <= RANK[this.level];
  }

  debug(message: string, details?: Record<string, unknown>): void {
    this.write('debug', message, details);
  }
  info(message: string, details?: Record<string, unknown>): void {
    this.write('info', message, details);
  }
  warn(message: string, details?: Record<string, unknown>): void {
    this.write('warn', message, details);
  }
  error(message: string, details?: Record<string, unknown>): void {
    this.write('error', message, details);
  }

  private write(level: Exclude<LogLevel, 'off'>, message: string, details?: Record<string, unknown>): void {
    if (!this.enabled(level)) return;
    const secrets = this.secrets();
    const line = `[zcloud] ${redact(message, secrets) as string}`;
    if (details === undefined) this.target[level](line);
    else this.target[level](line, redact(details, secrets));
  }
}
