/**
 * One error class per thing a user must do differently. Each carries a plain message and the
 * action that fixes it, so the tree and the dashboard can render a state instead of a toast.
 */

/** What the UI offers next to the message. */
import type { FixAction } from '../shared/vocabulary';

export type { FixAction };

export abstract class NLPearlError extends Error {
  abstract readonly kind: ErrorKind;
  abstract readonly action: FixAction;
  /** HTTP status when the error came from a response. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.name = new.target.name;
    this.status = status;
  }
}

export type ErrorKind =
  | 'auth'
  | 'notFound'
  | 'badRange'
  | 'rateLimited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalidResponse'
  | 'cancelled'
  | 'config';

export class AuthError extends NLPearlError {
  readonly kind = 'auth';
  readonly action = 'setToken';
}

export class NotFoundError extends NLPearlError {
  readonly kind = 'notFound';
  readonly action = 'checkCampaign';
}

export class BadRangeError extends NLPearlError {
  readonly kind = 'badRange';
  readonly action = 'shortenRange';
}

export class RateLimitedError extends NLPearlError {
  readonly kind = 'rateLimited';
  readonly action = 'retryLater';
  /** Seconds until the server said a retry may succeed, when it said so. */
  readonly retryAfterSeconds: number | undefined;
  /** Epoch ms from which a retry may succeed, when the server said so. */
  readonly retryAt: number | undefined;
  constructor(message: string, retryAfterSeconds: number | undefined, status = 429, retryAt?: number) {
    super(message, status);
    this.retryAfterSeconds = retryAfterSeconds;
    this.retryAt = retryAt;
  }
}

export class ServerError extends NLPearlError {
  readonly kind = 'server';
  readonly action = 'retry';
}

export class NetworkError extends NLPearlError {
  readonly kind = 'network';
  readonly action = 'retry';
}

export class TimeoutError extends NLPearlError {
  readonly kind = 'timeout';
  readonly action = 'retry';
}

export class InvalidResponseError extends NLPearlError {
  readonly kind = 'invalidResponse';
  readonly action = 'retry';
}

export class CancelledError extends NLPearlError {
  readonly kind = 'cancelled';
  readonly action = 'none';
  constructor(message = 'The request was cancelled.') {
    super(message);
  }
}

/** A setting (base URL, API version) that makes any request unsafe or impossible. */
export class ConfigError extends NLPearlError {
  readonly kind = 'config';
  readonly action = 'checkSettings';
}

export function isNLPearlError(value: unknown): value is NLPearlError {
  return value instanceof NLPearlError;
}
