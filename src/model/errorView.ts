/** Turns any thrown value into a user-facing sentence and the action that fixes it. */
import { isNLPearlError, type FixAction } from '../api/errors';
import { RETRY_AFTER_CAP_MS } from '../api/retry';
import { redact } from '../knownSecrets';

export interface ErrorView {
  readonly kind: string;
  readonly message: string;
  readonly action: FixAction;
  readonly retryAfterSeconds?: number;
}

export function describeError(error: unknown): ErrorView {
  if (isNLPearlError(error)) {
    const seconds = 'retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : undefined;
    // A countdown only within the minute the client would wait itself; beyond it the message names
    // the time, and a button disabled for hours would look frozen.
    const retryAfterSeconds = seconds !== undefined && seconds * 1000 <= RETRY_AFTER_CAP_MS ? seconds : undefined;
    return { kind: error.kind, message: redact(error.message), action: error.action, retryAfterSeconds };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unexpected', message: redact(message || 'Something went wrong.'), action: 'retry' };
}
