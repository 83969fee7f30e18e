/**
 * Demo mode's fetch: the same client, schemas and merge code run against demo data, with no
 * network. The body is served as text/plain on purpose, as NLPearl's docs label it.
 */
import type { FetchLike } from '../api/types';
import { createApiRouter, type ApiRouterOptions } from './routes';
import { DEMO_MODE_ACCOUNT } from './watchAccount';

export { DEMO_BASE_URL, DEMO_TOKEN } from './constants';

export interface DemoFetchOptions extends ApiRouterOptions {
  /** Delay before answering, so loading states can be seen; aborts cut it short. */
  readonly latencyMs?: number;
  /** When set, requests without `Authorization: Bearer <token>` get 401 with an empty body. */
  readonly token?: string;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function headerOf(headers: RequestInit['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  return new Headers(headers).get(name) ?? undefined;
}

function pathOf(input: string): string {
  try {
    return new URL(input).pathname;
  } catch {
    return input.split(/[?#]/, 1)[0] ?? input;
  }
}

export function createDemoFetch(options: DemoFetchOptions = {}): FetchLike {
  const route = createApiRouter({ account: DEMO_MODE_ACCOUNT, ...options });
  return async (input, init) => {
    const signal = init.signal;
    await wait(options.latencyMs ?? 0, signal);
    if (options.token !== undefined && headerOf(init.headers, 'authorization') !== `Bearer ${options.token}`) {
      return new Response(null, { status: 401 });
    }
    const body = typeof init.body === 'string' ? init.body : undefined;
    const answer = route({ method: init.method ?? 'GET', path: pathOf(input), body });
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  };
}
