/**
 * Turns a non-2xx response into the error class that tells the user what to do. Every piece of
 * server text is redacted and shortened first: servers may echo the token back.
 */
import {
  AuthError,
  BadRangeError,
  ConfigError,
  NLPearlError,
  NotFoundError,
  RateLimitedError,
  ServerError,
} from './errors';
import { redact } from './redact';
import { RETRY_AFTER_CAP_MS, retryTime } from './retry';
import { readProblemDetails } from './problemDetails';
import type { ApiVersion } from './types';
import { shortenText } from '../shared/cutText';

/** What a request is for: decides how a 400 or 404 is explained. */
export type RequestPurpose =
  | { readonly kind: 'analytics'; readonly campaignId: string }
  | { readonly kind: 'campaign'; readonly campaignId: string }
  | { readonly kind: 'call'; readonly callId: string }
  | { readonly kind: 'other' };

export interface StatusContext {
  readonly method: string;
  readonly path: string;
  readonly apiVersion: ApiVersion;
  readonly purpose: RequestPurpose;
  readonly secrets: readonly string[];
  /** How many tries were made, for "still failing after 3 tries". */
  readonly tries: number;
  /** The server's Retry-After, when it sent a usable one. */
  readonly retryAfterMs: number | undefined;
  /** When the answer came, for "try again after 14:05". */
  readonly now: number;
}

const MAX_SERVER_TEXT = 300;

export const TOKEN_REJECTED = (status: number) =>
  `NLPearl rejected the API token (${status}). Run "NLPearl: Set API Token" with the Account ID and Secret Key ` +
  'from platform.nlpearl.ai → Settings → API.';

export function errorForStatus(status: number, bodyText: string, ctx: StatusContext): NLPearlError {
  const detail = serverText(bodyText, ctx.secrets);
  const request = `${ctx.method} ${redact(ctx.path, ctx.secrets)}`;
  if (status === 401 || status === 403) return new AuthError(TOKEN_REJECTED(status), status);
  if (status === 404) return notFound(ctx, request);
  if (status === 400) return badRequest(ctx, detail, request);
  if (status === 429) {
    const seconds = ctx.retryAfterMs === undefined ? undefined : Math.ceil(ctx.retryAfterMs / 1000);
    const retryAt = ctx.retryAfterMs === undefined ? undefined : ctx.now + ctx.retryAfterMs;
    let when = 'Wait a minute, then try again.';
    if (seconds !== undefined && retryAt !== undefined) {
      // Beyond a minute a count of seconds means nothing to a person: say the time.
      when = (ctx.retryAfterMs ?? 0) > RETRY_AFTER_CAP_MS ? `Try again after ${retryTime(retryAt, ctx.now)}.` : `Try again in ${seconds} s.`;
    }
    return new RateLimitedError(`NLPearl is receiving too many requests (429)${afterTries(ctx)}. ${when}`, seconds, status, retryAt);
  }
  if (status >= 500) {
    let when = 'Try again in a few minutes.';
    if (ctx.retryAfterMs !== undefined) {
      when =
        ctx.retryAfterMs > RETRY_AFTER_CAP_MS
          ? `NLPearl asked to wait until ${retryTime(ctx.now + ctx.retryAfterMs, ctx.now)} before trying again.`
          : `NLPearl asked to wait ${Math.ceil(ctx.retryAfterMs / 1000)} s before trying again.`;
    }
    return new ServerError(`NLPearl had a server error (${status})${afterTries(ctx)}${detail ? `: ${detail}` : ''}. ${when}`, status);
  }
  // 3xx that were not followed, 405, 415…: a correct setup never sees these.
  return new ConfigError(
    `NLPearl answered ${status} to ${request}${detail ? `: ${detail}` : ''}. ` +
      'Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".',
    status,
  );
}

function afterTries(ctx: StatusContext): string {
  return ctx.tries > 1 ? ` and still failed after ${ctx.tries} tries` : '';
}

function notFound(ctx: StatusContext, request: string): NotFoundError {
  const other = ctx.apiVersion === 'v1' ? 'v2' : 'v1';
  if (ctx.purpose.kind === 'other') {
    return new NotFoundError(
      `NLPearl answered 404 to ${request}. Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".`,
      404,
    );
  }
  if (ctx.purpose.kind === 'call') {
    const callId = redact(ctx.purpose.callId, ctx.secrets);
    return new NotFoundError(`NLPearl found no call "${callId}" (404) with API version ${ctx.apiVersion}. Check the call id.`, 404);
  }
  const id = redact(ctx.purpose.campaignId, ctx.secrets);
  return new NotFoundError(
    `NLPearl found no campaign "${id}" (404) with API version ${ctx.apiVersion}. Check the campaign id, ` +
      `or set "nlpearl.apiVersion" to ${other} if the campaign belongs to the other API.`,
    404,
  );
}

function badRequest(ctx: StatusContext, detail: string, request: string): NLPearlError {
  const because = detail ? `: ${detail}` : '';
  if (ctx.purpose.kind === 'analytics') {
    const fix = detail ? 'Pick a valid range of at most 90 days.' : 'Check the date range: at most 90 days, start before end.';
    return new BadRangeError(`NLPearl refused the date range (400)${because}. ${fix}`, 400);
  }
  if (ctx.purpose.kind === 'campaign') {
    const id = redact(ctx.purpose.campaignId, ctx.secrets);
    return new NotFoundError(`NLPearl refused the campaign id "${id}" (400)${because}. Check the campaign id.`, 400);
  }
  return new ConfigError(
    `NLPearl refused ${request} (400)${because}. Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".`,
    400,
  );
}

/**
 * A readable summary of an error body: problem-details `detail` (or `title`) and its `errors`
 * entries; a short plain-text body as is; nothing for HTML pages or empty bodies.
 */
export function serverText(bodyText: string, secrets: readonly string[]): string {
  const text = stripBom(bodyText).trim();
  if (!text) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Plain text is shown when short and not markup; an HTML error page says nothing useful.
    if (text.startsWith('<') || text.length > MAX_SERVER_TEXT) return '';
    return clean(text, secrets);
  }
  const problem = readProblemDetails(parsed);
  if (!problem) return '';
  const parts: string[] = [];
  const headline = problem.detail ?? problem.title;
  if (headline) parts.push(headline.replace(/[.\s]+$/, ''));
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const list: readonly string[] = typeof messages === 'string' ? [messages] : messages;
    const joined = list.map((m) => m.trim().replace(/\.$/, '')).filter(Boolean).join(', ');
    if (joined) parts.push(field ? `${field}: ${joined}` : joined);
  }
  return clean(parts.join('; '), secrets);
}

function clean(text: string, secrets: readonly string[]): string {
  // Redact before shortening, so a cut cannot leave half a secret visible.
  const single = redact(text, secrets).replace(/\s+/g, ' ').trim();
  return shortenText(single, MAX_SERVER_TEXT);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
