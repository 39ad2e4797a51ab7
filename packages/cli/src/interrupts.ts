import { InterruptedError } from './errors.js';

/**
 * Ctrl-C. Outside a protected section it aborts at once. Inside one (a create request, whose answer
 * holds a password that can never be read again) the first Ctrl-C waits for the answer and the
 * second forces the abort.
 */
export class Interrupts {
  // Built on first use: a command line that never reaches the API (help, config) never needs them.
  private allController: AbortController | undefined;
  private forcedController: AbortController | undefined;
  private protecting = 0;
  private deferred = false;

  private get all(): AbortController {
    this.allController ??= new AbortController();
    return this.allController;
  }

  private get forced(): AbortController {
    this.forcedController ??= new AbortController();
    return this.forcedController;
  }

  /** Aborted by Ctrl-C. */
  get signal(): AbortSignal {
    return this.all.signal;
  }

  /** Returns what to tell the user, if anything. */
  interrupt(): string | undefined {
    if (this.protecting > 0 && !this.deferred) {
      this.deferred = true;
      return 'Finishing the create request so that its answer (with the password) is not lost; press Ctrl-C again to abort it.';
    }
    const reason = new InterruptedError('Interrupted.');
    this.forced.abort(reason);
    this.all.abort(reason);
    return undefined;
  }

  async protect<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.protecting++;
    try {
      return await work(this.forced.signal);
    } finally {
      this.protecting--;
      if (this.deferred && this.protecting === 0) this.all.abort(new InterruptedError('Interrupted.'));
    }
  }
}
