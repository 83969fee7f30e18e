/** Turns any thrown value into a user-facing sentence and the action that fixes it. */
import { isNLPearlError, type FixAction } from '../api/errors';
import { redact } from '../redact';

export interface ErrorView {
  readonly kind: string;
  readonly message: string;
  readonly action: FixAction;
  readonly retryAfterSeconds?: number;
}

export function describeError(error: unknown): ErrorView {
  if (isNLPearlError(error)) {
    const retryAfterSeconds = 'retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : undefined;
    return { kind: error.kind, message: redact(error.message), action: error.action, retryAfterSeconds };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unexpected', message: redact(message || 'Something went wrong.'), action: 'retry' };
}
