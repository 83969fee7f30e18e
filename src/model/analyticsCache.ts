/**
 * Analytics for a campaign and range, with its previous period, cached for 60 s and shared by the
 * tree and the panels. No 'vscode' here: tested in plain Node.
 *
 * - Concurrent callers for the same key share one request; it is aborted only when every caller
 *   has aborted. A Refresh (force) starts a new request; the one it replaces still answers
 *   whoever else waits for it.
 * - Failures are never cached.
 * - A preset range ("Last 30 days") is keyed by its name, since its end moves with the clock: a
 *   panel re-opened within the minute shows the cached figures instead of refetching.
 */
import { comparisonPeriod } from '../api/comparison';
import { rangeIssue, rangeProblem, type DateRange } from '../api/range';
import type { AnalyticsResult, NLPearlApi } from '../api/types';
import { BadRangeError, CancelledError } from '../api/errors';
import type { AnalyticsPair } from '../api/types';
import type { LoadOptions, RangeSelection } from './types';
import { analyticsKey } from './analyticsKey';

export const CACHE_TTL_MS = 60_000;

export type { RangeSelection };

interface Entry {
  readonly promise: Promise<AnalyticsPair>;
  readonly controller: AbortController;
  settledAt: number | undefined;
  /** The answer, once it came: what peek() hands out without a promise. */
  value: AnalyticsPair | undefined;
  waiters: number;
}

export class AnalyticsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly api: () => NLPearlApi,
    private readonly now: () => number = Date.now,
  ) {}

  static key(campaignId: string, range: RangeSelection): string {
    return analyticsKey(campaignId, range);
  }

  /** Drops everything, e.g. when the token, API version or base URL changes. */
  clear(): void {
    for (const entry of this.entries.values()) if (entry.settledAt === undefined) entry.controller.abort();
    this.entries.clear();
  }

  load(campaignId: string, range: RangeSelection, options: LoadOptions = {}): Promise<AnalyticsPair> {
    const key = AnalyticsCache.key(campaignId, range);
    let entry = this.entries.get(key);
    if (!entry || options.force || !this.isFresh(entry)) {
      // A Refresh must not fail someone else still waiting for the request in flight (a panel and
      // the tree share it): that request is dropped only when nobody waits for it any more.
      if (entry && entry.settledAt === undefined && entry.waiters <= 0) entry.controller.abort();
      entry = this.start(key, campaignId, range, options);
    }
    return this.wait(entry, options.signal);
  }

  /**
   * The figures already here and fresh, without waiting: the tree shows them in the same getChildren
   * instead of a "Loading…" row, which VS Code may never ask again for when the load ends at once (it did:
   * a campaign the watch had just loaded stayed on "Loading figures…").
   */
  peek(campaignId: string, range: RangeSelection): AnalyticsPair | undefined {
    const entry = this.entries.get(AnalyticsCache.key(campaignId, range));
    return entry && entry.settledAt !== undefined && this.isFresh(entry) ? entry.value : undefined;
  }

  private isFresh(entry: Entry): boolean {
    // An aborted request fails a moment later; a caller arriving in between must not share that failure.
    if (entry.controller.signal.aborted) return false;
    return entry.settledAt === undefined || this.now() - entry.settledAt < CACHE_TTL_MS;
  }

  private start(key: string, campaignId: string, range: DateRange, options: LoadOptions): Entry {
    const controller = new AbortController();
    const api = this.api();
    const signal = controller.signal;
    const fetchPair = async (): Promise<AnalyticsPair> => {
      // Both periods are worked out before anything is sent: a range that cannot be compared (or
      // sent) fails here, with no request left running behind it. "Too far ahead" depends on the clock:
      // the cache's own, like its 60 s.
      const problem = rangeProblem(range, this.now());
      if (problem) throw new BadRangeError(problem);
      const comparison = comparisonPeriod(range);
      const previousRange = comparison && !rangeIssue(comparison.range, this.now()) ? comparison.range : undefined;
      try {
        const currentRequest = api.getInboundAnalytics(campaignId, { from: range.from, to: range.to }, { signal, onProgress: options.onProgress });
        // The previous period is only for deltas: its failure must not hide the current figures.
        const previousRequest: Promise<AnalyticsResult | null> = previousRange
          ? api.getInboundAnalytics(campaignId, previousRange, { signal }).catch(() => null)
          : Promise.resolve(null);
        const current = await currentRequest;
        const previous = await previousRequest;
        return { current, previous, comparison: previous && comparison ? comparison.label : undefined };
      } catch (error) {
        // Nobody will see the previous period without the current one.
        controller.abort();
        throw error;
      }
    };
    const entry: Entry = { promise: fetchPair(), controller, settledAt: undefined, value: undefined, waiters: 0 };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        entry.settledAt = this.now();
        entry.value = value;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry;
  }

  private wait(entry: Entry, signal: AbortSignal | undefined): Promise<AnalyticsPair> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    entry.waiters++;
    let waiting = true;
    // Called on abort and again when the request settles: the caller stops waiting only once.
    const stopWaiting = () => {
      if (!waiting) return;
      waiting = false;
      entry.waiters--;
    };
    if (!signal) return entry.promise.finally(stopWaiting);
    return new Promise<AnalyticsPair>((resolve, reject) => {
      const onAbort = () => {
        stopWaiting();
        if (entry.waiters <= 0 && entry.settledAt === undefined) entry.controller.abort();
        reject(new CancelledError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal.removeEventListener('abort', onAbort);
        stopWaiting();
      };
      entry.promise.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }
}
