/** The user asked for something impossible (missing or bad flag): exit 2, nothing sent. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** A follow-up line, e.g. which help to read. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Ctrl-C: exit 130. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}
