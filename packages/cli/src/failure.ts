import * as sdk from '@zcloud/node-sdk';
import { InterruptedError, UsageError } from './errors.js';
import { type ExitCode, oneLine } from './exit-codes.js';
import type { Io } from './io.js';
import { Output } from './output.js';

/**
 * Reports a failure of a command as one line on stderr and returns its exit code. `output` is the
 * command's own, when it got as far as having one.
 */
export function reportFailure(error: unknown, io: Io, output: Output | undefined, debug: boolean): ExitCode {
  const out = output ?? new Output(io, { format: 'table', query: undefined, quiet: false, debug });
  const code = exitCodeOf(error);
  if (code === 130) {
    out.error('Interrupted.');
    return code;
  }
  if (code !== 1 || error instanceof sdk.APIError) {
    const hint = error instanceof UsageError && error.hint ? ` ${error.hint}` : '';
    out.error(oneLine(`${(error as Error).message}${hint}`));
    return code;
  }
  // Anything else is a bug in zcloud.
  const bug = error instanceof Error ? error : new Error(String(error));
  out.error(
    `unexpected ${bug.name}: ${oneLine(bug.message)}. This is a bug in zcloud: please report it with the command you ran${
      debug ? '' : ' and the output of --debug'
    }.`,
  );
  if (debug && bug.stack) out.debug(bug.stack);
  return 1;
}

function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof InterruptedError || error instanceof sdk.APIUserAbortError) return 130;
  if (
    error instanceof UsageError ||
    error instanceof sdk.ValidationError ||
    error instanceof sdk.InvalidRequestError
  )
    return 2;
  if (error instanceof sdk.AuthenticationError || error instanceof sdk.PermissionDeniedError) return 3;
  if (error instanceof sdk.NotFoundError) return 4;
  if (error instanceof sdk.ConflictError) return 5;
  if (error instanceof sdk.WaitTimeoutError || error instanceof sdk.ClusterFailedError) return 6;
  if (
    error instanceof sdk.APIConnectionError ||
    error instanceof sdk.RateLimitError ||
    error instanceof sdk.InternalServerError ||
    error instanceof sdk.UnexpectedResponseError
  ) {
    return 7;
  }
  return 1;
}
