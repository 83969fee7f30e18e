/**
 * One API call: token, timeout, retries with backoff, error mapping and a log line per try.
 * Returns the parsed JSON body; validation against a schema is the caller's job.
 */
import { apiUrl } from './baseUrl';
import { AuthError, CancelledError, InvalidResponseError, NLPearlError, TimeoutError } from './errors';
import { networkFailure, parseBody, redirected, tooLarge, type TryOutcome } from './outcome';
import { redact, secretsOf } from './redact';
import { discard, isRedirect, MAX_RESPONSE_BYTES, readCapped } from './response';
import {
  DEFAULT_MAX_TRIES,
  RETRY_AFTER_CAP_MS,
  RETRYABLE_STATUSES,
  backoffMs,
  defaultSleep,
  formatDelay,
  parseRetryAfter,
  waitForRetry,
} from './retry';
import { errorForStatus, type RequestPurpose } from './statusError';
import type { ClientConfig } from './types';

export const DEFAULT_TIMEOUT_MS = 30_000;

export const NO_TOKEN_MESSAGE = 'No NLPearl API token is set. Run "NLPearl: Set API Token".';

export interface ApiRequest {
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, ids already encoded: `/v1/Inbound/abc/Analytics`. */
  readonly path: string;
  readonly body?: unknown;
  readonly purpose: RequestPurpose;
  readonly signal?: AbortSignal;
  /** A background poll: one try and no retry notice (the poller backs off itself). */
  readonly background?: boolean;
}


export interface Reply<T> {
  /** The body as the server sent it, parsed. */
  readonly json: unknown;
  /** What `parse` made of it. */
  readonly value: T;
}

/**
 * Sends a request and validates the body with `parse`, which throws InvalidResponseError on a
 * bad shape; its message is redacted here because it may quote a value the server sent.
 */
export type Requester = <T>(request: ApiRequest, parse: (json: unknown) => T | Promise<T>) => Promise<Reply<T>>;

/** `base` is the already validated base URL, or the ConfigError to throw on every call. */
export function createRequester(config: ClientConfig, base: URL | NLPearlError): Requester {
  const maxTries = positive(config.maxTries) ? Math.floor(config.maxTries) : DEFAULT_MAX_TRIES;
  const timeoutMs = positive(config.timeoutMs) ? config.timeoutMs : DEFAULT_TIMEOUT_MS;
  const sleep = config.sleep ?? defaultSleep;
  const random = config.random ?? Math.random;
  const now = config.now ?? Date.now;
  const limits: Limits = {
    timeoutMs,
    maxBytes: positive(config.maxResponseBytes) ? config.maxResponseBytes : MAX_RESPONSE_BYTES,
    now,
  };

  return async <T>(request: ApiRequest, parse: (json: unknown) => T | Promise<T>): Promise<Reply<T>> => {
    if (base instanceof NLPearlError) throw base;
    if (request.signal?.aborted) throw new CancelledError();
    const token = await readToken(config);
    const secrets = secretsOf(token);
    const log = (line: string) => config.log?.(redact(line, secrets));
    const label = `${request.method} ${request.path}`;
    const url = apiUrl(base, request.path);

    // What this request has waited for Retry-After so far: one long wait, never a second.
    let waitedMs = 0;
    for (let tryNo = 1; ; tryNo++) {
      const started = Date.now();
      const outcome = await tryOnce(config, request, url, token, secrets, limits);
      const elapsed = `${Date.now() - started} ms`;
      if (outcome.ok) {
        log(`${label} → ${outcome.summary} in ${elapsed}`);
        try {
          return { json: outcome.json, value: await parse(outcome.json) };
        } catch (error) {
          if (error instanceof InvalidResponseError) throw new InvalidResponseError(redact(error.message, secrets));
          throw error;
        }
      }
      const wait = outcome.retryAfterMs ?? backoffMs(tryNo, random);
      if (!outcome.retryable || tryNo >= (request.background ? 1 : maxTries)) {
        log(`${label} → ${outcome.summary} in ${elapsed}`);
        throw outcome.error(tryNo);
      }
      if (outcome.retryAfterMs !== undefined) {
        // The budget is per request: a 60 s Retry-After is waited once; two of 2 s are fine.
        if (waitedMs + wait > RETRY_AFTER_CAP_MS) {
          const why = waitedMs > 0 ? 'would exceed the minute already waited' : 'is too long to wait';
          log(`${label} → ${outcome.summary} in ${elapsed}, Retry-After ${formatDelay(wait)} ${why}: not retrying`);
          throw outcome.error(tryNo);
        }
        waitedMs += wait;
      }
      log(`${label} → ${outcome.summary} in ${elapsed}, retry ${tryNo + 1}/${maxTries} in ${formatDelay(wait)}`);
      const notice = outcome.retryAfterMs !== undefined && wait >= NOTICE_MIN_MS ? config.onRetryWait : undefined;
      if (!(await waitForRetry(sleep, wait, request.signal, notice, outcome.status, now))) {
        log(`${label} → the wait for a retry was cancelled`);
        throw outcome.error(tryNo);
      }
      if (request.signal?.aborted) throw new CancelledError();
    }
  };
}

async function readToken(config: ClientConfig): Promise<string> {
  const token = (await config.token())?.trim();
  if (!token) throw new AuthError(NO_TOKEN_MESSAGE);
  // fetch would throw a TypeError for these, which would look like a network error.
  if (/[^\x21-\x7e]/.test(token)) {
    throw new AuthError(
      'The NLPearl API token contains spaces, line breaks or other characters that cannot be sent. ' +
        'Run "NLPearl: Set API Token" and paste the Account ID and Secret Key again.',
    );
  }
  return token;
}

interface Limits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly now: () => number;
}

/** Shorter waits pass without a word: a notification would flash and vanish. */
const NOTICE_MIN_MS = 1000;


async function tryOnce(
  config: ClientConfig,
  request: ApiRequest,
  url: string,
  token: string,
  secrets: readonly string[],
  limits: Limits,
): Promise<TryOutcome> {
  const { timeoutMs } = limits;
  if (request.signal?.aborted) return { ok: false, summary: 'cancelled', retryable: false, error: () => new CancelledError() };
  // One controller per try: fires on the caller's abort or on the timeout, whichever is first.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  // The path holds the campaign id, which a user may have pasted the token into.
  const where = `${request.method} ${redact(request.path, secrets)}`;

  const interrupted = (): TryOutcome | undefined => {
    if (request.signal?.aborted) return { ok: false, summary: 'cancelled', retryable: false, error: () => new CancelledError() };
    if (timedOut) {
      return {
        ok: false,
        summary: 'timeout',
        // A request that hung for the whole timeout is not repeated: the user would wait minutes.
        retryable: false,
        error: () =>
          new TimeoutError(
            `NLPearl did not answer within ${formatSeconds(timeoutMs)} (${where}). ` +
              'Retry, or raise "nlpearl.requestTimeoutSeconds" if your connection is slow.',
          ),
      };
    }
    return undefined;
  };

  try {
    let response: Response;
    try {
      response = await config.fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
        // Never followed, whatever the runtime would do: the Authorization header must not travel
        // to a host the user did not choose (nor to another path of this one).
        redirect: 'manual',
      });
    } catch (error) {
      return interrupted() ?? networkFailure(url, error);
    }
    if (isRedirect(response)) {
      await discard(response);
      return redirected(where, response, url);
    }
    let text: string;
    try {
      const read = await readCapped(response, limits.maxBytes);
      if (!read.ok) {
        if (response.ok) return tooLarge(where, read.bytes, read.declared, limits.maxBytes);
        // An error page that big says nothing worth reading; its status still does.
        text = '';
      } else text = read.text;
    } catch (error) {
      return interrupted() ?? networkFailure(url, error);
    }
    if (response.ok) return parseBody(text, where, secrets, String(response.status));

    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), limits.now());
    const status = response.status;
    return {
      ok: false,
      summary: String(status),
      retryable: RETRYABLE_STATUSES.has(status),
      status,
      retryAfterMs,
      error: (tries) =>
        errorForStatus(status, text, {
          method: request.method,
          path: request.path,
          apiVersion: config.apiVersion,
          purpose: request.purpose,
          secrets,
          tries,
          retryAfterMs,
          now: limits.now(),
        }),
    };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}


function positive(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
