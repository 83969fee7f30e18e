/**
 * What one try of a request came to, as a value: the parsed body, or a failure that knows whether
 * it may be retried and which error to show. Nothing here sends or waits.
 */
import { ConfigError, InvalidResponseError, NetworkError, type NLPearlError } from './errors';
import { mayHideSecret, redactParsed } from './redact';
import { formatBytes, redirectTarget } from './response';
import { stripBom } from './statusError';

/** Outcome of a single try; `retryable` failures may be tried again. */
export type TryOutcome =
  | { readonly ok: true; readonly json: unknown; readonly summary: string }
  | {
      readonly ok: false;
      readonly summary: string;
      readonly retryable: boolean;
      readonly status?: number;
      readonly retryAfterMs?: number;
      /** Builds the error once the number of tries is known. */
      readonly error: (tries: number) => NLPearlError;
    };

export function parseBody(text: string, where: string, secrets: readonly string[], summary: string): TryOutcome {
  const body = stripBom(text).trim();
  const fix = 'Retry; if it keeps happening, check the setting "nlpearl.apiBaseUrl".';
  const invalid = (message: string): TryOutcome => ({
    ok: false,
    summary: `${summary} (not JSON)`,
    retryable: false,
    error: () => new InvalidResponseError(message),
  });
  if (!body) return invalid(`NLPearl sent an empty response to ${where}. ${fix}`);
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch {
    // The parser's own message quotes the body, which may echo the token: not used.
    const what = body.startsWith('<') ? 'an HTML page' : 'cut off or malformed';
    return invalid(`NLPearl sent a response that is not JSON (${what}) to ${where}. ${fix}`);
  }
  // Masked after parsing, before anything reads the strings: an echoed token, however escaped,
  // reaches neither a validation message (which quotes values, shortened) nor the JSON a user
  // opens or copies.
  return { ok: true, json: mayHideSecret(body, secrets) ? redactParsed(json, secrets) : json, summary };
}

export function tooLarge(where: string, bytes: number, declared: boolean, maxBytes: number): TryOutcome {
  const size = declared ? formatBytes(bytes) : `more than ${formatBytes(maxBytes)}`;
  return {
    ok: false,
    summary: `too large (${size})`,
    // The same answer would come again, as large: downloading it twice more helps nobody.
    retryable: false,
    error: () =>
      new InvalidResponseError(
        `NLPearl sent a response of ${size} to ${where}; the limit is ${formatBytes(maxBytes)}, so it was not read. ` +
          'Pick a shorter range; if it keeps happening, check the setting "nlpearl.apiBaseUrl".',
      ),
  };
}

export function redirected(where: string, response: Response, url: string): TryOutcome {
  const target = redirectTarget(response, url);
  const status = response.status || 'a redirect';
  return {
    ok: false,
    summary: `${status} redirect, not followed`,
    retryable: false,
    error: () =>
      new ConfigError(
        `NLPearl answered ${where} with a redirect (${status})${target ? ` to ${target}` : ''}. ` +
          'It was not followed, so the API token was not sent there. Check the setting "nlpearl.apiBaseUrl".',
        response.status || undefined,
      ),
  };
}

export function networkFailure(url: string, error: unknown): TryOutcome {
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
