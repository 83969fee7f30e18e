/** When to try a request again, and how long to wait first. */
import { CancelledError } from './errors';

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
export const DEFAULT_MAX_TRIES = 3;
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
/** A Retry-After longer than this is not waited out: the user is told when to try again instead. */
export const RETRY_AFTER_CAP_MS = 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so tries from
 * several windows spread out but never fire immediately. `retry` counts from 1.
 */
export function backoffMs(retry: number, random: () => number): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return exponential / 2 + random() * (exponential / 2);
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; undefined if unusable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Waits `ms`, or rejects with CancelledError as soon as the signal aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** "1.2 s" / "350 ms", for log lines. */
export function formatDelay(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
