/**
 * Builds the NLPearl client from the settings and the stored token — or, in demo mode, from the
 * demo fetch, so demo data runs through the very same client, schemas and merge code.
 */
import { createClient, validateBaseUrl } from '../api/client';
import type { RetryNotice } from '../api/retry';
import type { ClientConfig, FetchLike, NLPearlApi } from '../api/types';
import { DEMO_BASE_URL, DEMO_TOKEN } from '../demo/constants';
import type { OriginGate } from '../auth/originGate';
import type { TokenStore } from '../auth/tokenStore';
import type { Settings } from '../config';
import type { Logger } from './types';

/**
 * Demo mode's fetch, its code loaded on the first demo request: esbuild.js bundles src/demo apart
 * (dist/demo.js), so activation and real accounts never load it.
 */
function lazyDemoFetch(): FetchLike {
  let ready: Promise<FetchLike> | undefined;
  return async (input, init) => {
    ready ??= import('../demo/fetch').then((demo) => demo.createDemoFetch());
    return (await ready)(input, init);
  };
}

export class ApiProvider {
  private cached: NLPearlApi | undefined;
  /** Set once the campaign directory exists (it is built on this provider): the v1 path of each campaign's requests. */
  kindOf: ClientConfig['kindOf'];

  constructor(
    private readonly tokens: TokenStore,
    private readonly settings: () => Settings,
    private readonly log: Logger,
    /** Asks before the stored token goes to an origin it was not verified against. */
    readonly gate: OriginGate,
    /** The extension host's global fetch: VS Code routes it through the user's proxy settings. */
    private readonly fetchImpl: typeof fetch = fetch,
    /** Shows "Rate limited — retrying in N s" with a Cancel while a request waits. */
    private readonly onRetryWait?: RetryNotice,
  ) {}

  isDemo(): boolean {
    return this.settings().demoMode;
  }

  /** Call after a settings or token change: the next request builds a new client. */
  invalidate(): void {
    this.cached = undefined;
    this.gate.reset();
  }

  /** The origin requests go to now, or undefined when the base URL setting is unusable (the client says why). */
  origin(): string | undefined {
    try {
      return validateBaseUrl(this.settings().apiBaseUrl).origin;
    } catch {
      return undefined;
    }
  }

  api(): NLPearlApi {
    this.cached ??= this.build();
    return this.cached;
  }

  /** A client for a token that is not stored yet (the "test connection" step of Set API Token). */
  withToken(token: string): NLPearlApi {
    return this.build(() => token);
  }

  /**
   * The stored token, once the gate agrees that it may go to `origin` — the origin of the client asking,
   * fixed when it was built, so a client still running after a settings change is checked for its own.
   */
  private async verifiedToken(origin: string | undefined): Promise<string | undefined> {
    const active = await this.tokens.active();
    // The client refuses an unusable base URL before it asks for the token; never send it blind.
    if (!active || !origin) return undefined;
    await this.gate.check(active.accountId, origin);
    return active.token;
  }

  private build(token?: () => string | undefined): NLPearlApi {
    const settings = this.settings();
    const log = (line: string) => this.log.info('http', line);
    const kindOf = (id: string) => this.kindOf?.(id) ?? 'inbound';
    if (settings.demoMode && !token) {
      return createClient({ fetch: lazyDemoFetch(), baseUrl: DEMO_BASE_URL, apiVersion: settings.apiVersion, token: () => DEMO_TOKEN, log, kindOf });
    }
    const origin = this.origin();
    return createClient({
      fetch: (input, init) => this.fetchImpl(input, init),
      baseUrl: settings.apiBaseUrl,
      apiVersion: settings.apiVersion,
      token: token ?? (() => this.verifiedToken(origin)),
      timeoutMs: settings.requestTimeoutSeconds * 1000,
      log,
      kindOf,
      onRetryWait: this.onRetryWait,
    });
  }
}
