/** When to try a request again, and how long to wait first. */
import { parseApiDate } from './dates';
import { CancelledError } from './errors';

/** What the UI is told while a request waits for Retry-After: when, and how to stop waiting. */
export interface RetryWait {
  /** The status that asked for the wait (429, 503…). */
  readonly status: number | undefined;
  /** Epoch ms of the next try. */
  readonly until: number;
  /** Stops the wait; the request then fails with the error that caused it. */
  readonly cancel: () => void;
}

/** Shows a wait; returns what closes it again. */
export type RetryNotice = (wait: RetryWait) => () => void;

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
export const DEFAULT_MAX_TRIES = 3;
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;
/** A Retry-After longer than this is not waited out: the user is told when to try again instead. */
export const RETRY_AFTER_CAP_MS = 60_000;
/**
 * Longer Retry-After values are read as a day: "400 digits of seconds" is not a plan, and a finite
 * number keeps "try again after …" a real clock time instead of "Infinity s".
 */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60 * 1000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so tries from
 * several windows spread out but never fire immediately. `retry` counts from 1.
 */
export function backoffMs(retry: number, random: () => number): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return exponential / 2 + random() * (exponential / 2);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '\\d\\d:\\d\\d:\\d\\d';
const ZONE = '(?:gmt|utc|[+-]\\d{4})';
/**
 * The three forms of an HTTP date (RFC 9110: IMF-fixdate, RFC 850, asctime), each with its year, read with
 * some slack (case, one or two spaces before a one-digit day); asctime has no zone and means GMT. V8's
 * Date.parse reads far more ("-5", "in 5", "Mar 10 12:00:30" as dates long past: a retry at once).
 */
const HTTP_DATES: ReadonlyArray<{ readonly shape: RegExp; readonly zoneless: boolean }> = [
  { shape: new RegExp(`^[a-z]{3}, \\d\\d? ${MONTH} \\d{4} ${TIME} ${ZONE}$`, 'i'), zoneless: false },
  { shape: new RegExp(`^[a-z]{6,9}, \\d\\d-${MONTH}-\\d\\d(?:\\d\\d)? ${TIME} ${ZONE}$`, 'i'), zoneless: false },
  { shape: new RegExp(`^[a-z]{3} ${MONTH} {1,2}\\d\\d? ${TIME} \\d{4}$`, 'i'), zoneless: true },
];
/** An ISO date-time, which some servers send instead; without an offset it is UTC, like the API's dates. */
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/i;

function httpDateMs(value: string): number {
  if (ISO_DATE_TIME.test(value)) return parseApiDate(value);
  const form = HTTP_DATES.find((f) => f.shape.test(value));
  if (!form) return Number.NaN;
  return Date.parse(form.zoneless ? `${value} GMT` : value);
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; undefined if unusable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(RETRY_AFTER_MAX_MS, Math.round(Number(value) * 1000));
  const date = httpDateMs(value);
  if (Number.isNaN(date)) return undefined;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, date - now));
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

/**
 * "14:05", or "14:05 on 12 Mar" when that is not today: when to try again, in the user's zone.
 * The locale is the runtime's (the extension host follows VS Code's display language).
 */
export function retryTime(at: number, now: number, locale?: string): string {
  // Rounded up: "after 14:05" must not name a minute at which the server still says no.
  at = Math.ceil(at / 60_000) * 60_000;
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  const day = (ms: number) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
  return day(at) === day(now) ? time : `${time} on ${day(at)}`;
}

/** "1.2 s" / "350 ms", for log lines. */
export function formatDelay(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/**
 * Sleeps before a retry; false when the user cancelled the wait from its notice (the caller then
 * fails with the error that caused the wait, so the screen says what happened and when to retry).
 */
export async function waitForRetry(
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined,
  notice: RetryNotice | undefined,
  status: number | undefined,
  now: () => number,
): Promise<boolean> {
  if (!notice) {
    await sleep(ms, signal);
    return true;
  }
  const wait = new AbortController();
  let cancelled = false;
  const onCallerAbort = () => wait.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const close = notice({
    status,
    until: now() + ms,
    cancel: () => {
      cancelled = true;
      wait.abort();
    },
  });
  try {
    await sleep(ms, wait.signal);
    return true;
  } catch (error) {
    if (cancelled && !signal?.aborted) return false;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onCallerAbort);
    close();
  }
}
