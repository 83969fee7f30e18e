/** WatchDeps from the host's services (host bundle): the one place the watch meets the existing code. */
import type * as vscode from 'vscode';
import { CancelledError, RateLimitedError } from '../api/errors';
import { rangeForPreset } from '../api/range';
import type { TokenStore } from '../auth/tokenStore';
import { readSettings } from '../config';
import type { AnalyticsCache } from '../model/analyticsCache';
import type { ApiProvider } from '../model/apiProvider';
import { describeError } from '../model/errorView';
import type { Logger } from '../model/types';
import type { WatchDeps } from './deps';

/**
 * "Last 30 days" holds the 7 full days and today the rules need, and is the tree's default range, so the
 * watch mostly reads analytics the tree has fetched anyway (the cache keys a preset by its name).
 */
const WATCH_PRESET = 'last30';

export interface WatchHost {
  readonly apis: ApiProvider;
  readonly cache: AnalyticsCache;
  readonly tokens: TokenStore;
  readonly log: Logger;
  readonly state: vscode.Memento;
  readonly alertsChanged: () => void;
}

export function watchDeps(host: WatchHost): WatchDeps {
  return {
    api: () => host.apis.api(),
    recentAnalytics: async (campaignId, signal) =>
      (await host.cache.load(campaignId, { ...rangeForPreset(WATCH_PRESET), preset: WATCH_PRESET }, { signal })).current.analytics,
    signedIn: async () => host.apis.isDemo() || (await host.tokens.get()) !== undefined,
    isDemo: () => host.apis.isDemo(),
    log: host.log,
    errorText: (error) => describeError(error).message,
    retryAfterMs: (error) =>
      error instanceof RateLimitedError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
    isCancelled: (error) => error instanceof CancelledError,
    state: host.state,
    defaultRange: () => readSettings().defaultRange,
    alertsChanged: host.alertsChanged,
  };
}
