/**
 * One API call: token, timeout, retries with backoff, error mapping and a log line per try.
 * Returns the parsed JSON body; validation against a schema is the caller's job.
 */
import { apiUrl } from './baseUrl';
import { AuthError, CancelledError, InvalidResponseError, NetworkError, NLPearlError, TimeoutError } from './errors';
import { redact, secretsOf } from './redact';
import {
  DEFAULT_MAX_TRIES,
  RETRY_AFTER_CAP_MS,
  RETRYABLE_STATUSES,
  backoffMs,
  defaultSleep,
  formatDelay,
  parseRetryAfter,
} from './retry';
import { errorForStatus, stripBom, type RequestPurpose } from './statusError';
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
}

/** Outcome of a single try; `retryable` failures may be tried again. */
type TryOutcome =
  | { readonly ok: true; readonly json: unknown; readonly summary: string }
  | {
      readonly ok: false;
      readonly summary: string;
      readonly retryable: boolean;
      readonly retryAfterMs?: number;
      /** Builds the error once the number of tries is known. */
      readonly error: (tries: number) => NLPearlError;
    };

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
export type Requester = <T>(request: ApiRequest, parse: (json: unknown) => T) => Promise<Reply<T>>;

/** `base` is the already validated base URL, or the ConfigError to throw on every call. */
export function createRequester(config: ClientConfig, base: URL | NLPearlError): Requester {
  const maxTries = positive(config.maxTries) ? Math.floor(config.maxTries) : DEFAULT_MAX_TRIES;
  const timeoutMs = positive(config.timeoutMs) ? config.timeoutMs : DEFAULT_TIMEOUT_MS;
  const sleep = config.sleep ?? defaultSleep;
  const random = config.random ?? Math.random;

  return async <T>(request: ApiRequest, parse: (json: unknown) => T): Promise<Reply<T>> => {
    if (base instanceof NLPearlError) throw base;
    if (request.signal?.aborted) throw new CancelledError();
    const token = await readToken(config);
    const secrets = secretsOf(token);
    const log = (line: string) => config.log?.(redact(line, secrets));
    const label = `${request.method} ${request.path}`;
    const url = apiUrl(base, request.path);

    for (let tryNo = 1; ; tryNo++) {
      const started = Date.now();
      const outcome = await tryOnce(config, request, url, token, secrets, timeoutMs);
      const elapsed = `${Date.now() - started} ms`;
      if (outcome.ok) {
        log(`${label} → ${outcome.summary} in ${elapsed}`);
        try {
          return { json: outcome.json, value: parse(outcome.json) };
        } catch (error) {
          if (error instanceof InvalidResponseError) throw new InvalidResponseError(redact(error.message, secrets));
          throw error;
        }
      }
      const wait = outcome.retryAfterMs ?? backoffMs(tryNo, random);
      if (!outcome.retryable || tryNo >= maxTries) {
        log(`${label} → ${outcome.summary} in ${elapsed}`);
        throw outcome.error(tryNo);
      }
      if (wait > RETRY_AFTER_CAP_MS) {
        log(`${label} → ${outcome.summary} in ${elapsed}, Retry-After ${formatDelay(wait)} is too long to wait: not retrying`);
        throw outcome.error(tryNo);
      }
      log(`${label} → ${outcome.summary} in ${elapsed}, retry ${tryNo + 1}/${maxTries} in ${formatDelay(wait)}`);
      await sleep(wait, request.signal);
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

async function tryOnce(
  config: ClientConfig,
  request: ApiRequest,
  url: string,
  token: string,
  secrets: readonly string[],
  timeoutMs: number,
): Promise<TryOutcome> {
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
      });
    } catch (error) {
      return interrupted() ?? networkFailure(url, error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return interrupted() ?? networkFailure(url, error);
    }
    if (response.ok) return parseBody(text, where, secrets, String(response.status));

    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    const status = response.status;
    return {
      ok: false,
      summary: String(status),
      retryable: RETRYABLE_STATUSES.has(status),
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
        }),
    };
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function parseBody(text: string, where: string, secrets: readonly string[], summary: string): TryOutcome {
  const body = stripBom(text).trim();
  const fix = 'Retry; if it keeps happening, check the setting "nlpearl.apiBaseUrl".';
  const invalid = (message: string): TryOutcome => ({
    ok: false,
    summary: `${summary} (not JSON)`,
    retryable: false,
    error: () => new InvalidResponseError(message),
  });
  if (!body) return invalid(`NLPearl sent an empty response to ${where}. ${fix}`);
  try {
    // Masked before parsing, so an echoed token can reach neither a validation message (which
    // quotes values, shortened) nor the JSON a user opens or copies.
    return { ok: true, json: JSON.parse(redact(body, secrets)) as unknown, summary };
  } catch {
    // The parser's own message quotes the body, which may echo the token: not used.
    const what = body.startsWith('<') ? 'an HTML page' : 'cut off or malformed';
    return invalid(`NLPearl sent a response that is not JSON (${what}) to ${where}. ${fix}`);
  }
}

function networkFailure(url: string, error: unknown): TryOutcome {
  const code = errorCode(error);
  const origin = new URL(url).origin;
  return {
    ok: false,
    summary: `network error${code ? ` (${code})` : ''}`,
    retryable: true,
    error: (tries) =>
      new NetworkError(
        `Could not reach NLPearl at ${origin}${code ? ` (${code})` : ''}${tries > 1 ? ` after ${tries} tries` : ''}. ` +
          'Check your internet connection and proxy settings, then retry.',
      ),
  };
}

/**
 * A system error code such as ECONNREFUSED, from the error, its `cause` (undici wraps it) or the
 * first of an AggregateError's errors (IPv4 and IPv6 both tried). The deepest code is the most
 * specific: undici's own UND_ERR_* sits above the socket's.
 */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const inner = errorCode(cause, depth + 1) ?? (Array.isArray(errors) ? errorCode(errors[0], depth + 1) : undefined);
  if (inner) return inner;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
}

function positive(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
