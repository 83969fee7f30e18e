/**
 * The analytics cache and the previous period: which requests a load sends, what the deltas are compared with,
 * and that a failed or impossible previous period never hides the current figures. Also the progress of a long
 * (split) range, which the cancellable notification counts.
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { comparisonPeriod } from '../../src/api/comparison';
import type { DateRange } from '../../src/api/range';
import type { AnalyticsOptions, AnalyticsResult, NLPearlApi } from '../../src/api/types';
import { analyticsOnlyApi } from './analyticsOnlyApi';
import { AnalyticsCache } from '../../src/model/analyticsCache';

const CAMPAIGN = 'c1';
const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

interface Sent {
  readonly range: DateRange;
  readonly hasProgress: boolean;
}

/**
 * An API that answers at once, except for the ranges `fails` says no to; it reports two of three windows done to
 * every request that listens for progress.
 */
function answeringApi(fails: (range: DateRange, campaignId: string) => boolean = () => false): { api: NLPearlApi; sent: Sent[] } {
  const sent: Sent[] = [];
  const api = analyticsOnlyApi(async (campaignId: string, range: DateRange, options?: AnalyticsOptions) => {
    sent.push({ range: { from: range.from, to: range.to }, hasProgress: options?.onProgress !== undefined });
    options?.onProgress?.(2, 3);
    if (fails(range, campaignId)) throw new Error('server error');
    return { analytics: {}, json: {}, windows: 1, range, fetchedAt: 0 } as unknown as AnalyticsResult;
  });
  return { api, sent };
}

describe('analytics cache: the previous period', () => {
  it('asks the period the range is compared with, and says what it covers for the deltas', async () => {
    const { api, sent } = answeringApi();
    const pair = await new AnalyticsCache(() => api).load(CAMPAIGN, MARCH);
    const comparison = comparisonPeriod(MARCH);
    assert.ok(comparison);
    assert.deepEqual(sent.map((s) => s.range), [MARCH, comparison.range], 'the current range, then the one before it');
    assert.deepEqual(pair.current.range, MARCH);
    assert.deepEqual(pair.previous?.range, comparison.range);
    assert.deepEqual(pair.comparison, comparison.label, 'the deltas say what they compare with');
  });

  it('a failed previous period still shows the current figures, with no comparison', async () => {
    const comparison = comparisonPeriod(MARCH);
    const { api, sent } = answeringApi((range) => range.from === comparison?.range.from);
    const pair = await new AnalyticsCache(() => api).load(CAMPAIGN, MARCH);
    assert.equal(sent.length, 2);
    assert.deepEqual(pair.current.range, MARCH, 'the figures of the range asked for');
    assert.equal(pair.previous, null, 'no previous figures');
    assert.equal(pair.comparison, undefined, 'no "vs …" label for deltas that cannot be shown');
  });

  it('a range starting on the earliest accepted day sends no request for the period before it', async () => {
    const first = { from: '2014-12-31T00:00:00.000Z', to: '2015-01-09T23:59:59.999Z' };
    const { api, sent } = answeringApi();
    const pair = await new AnalyticsCache(() => api).load(CAMPAIGN, first);
    assert.deepEqual(sent.map((s) => s.range), [first], 'the API would refuse dates before it');
    assert.equal(pair.previous, null);
    assert.equal(pair.comparison, undefined);
  });
});

describe('analytics cache: progress of a long range', () => {
  it('the caller hears the progress of the current range only', async () => {
    const { api, sent } = answeringApi();
    const heard: Array<[number, number]> = [];
    await new AnalyticsCache(() => api).load(CAMPAIGN, MARCH, { onProgress: (done, total) => heard.push([done, total]) });
    assert.deepEqual(heard, [[2, 3]], 'the notification counts the windows of the range asked for');
    assert.deepEqual(sent.map((s) => s.hasProgress), [true, false]);
  });
});

describe('analytics cache: one signal for many loads', () => {
  it('the account overview, loading many campaigns on one signal, leaves nothing listening on it once they settle', async () => {
    // Node warns of a leak ("MaxListenersExceededWarning") past ten listeners on one signal.
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const { api } = answeringApi((_range, campaignId) => campaignId === 'c3');
    const cache = new AnalyticsCache(() => api);
    const overview = new AbortController();
    // One campaign after the other, as the overview's runner does with a limit of one.
    const loadAll = async () => {
      const loaded: boolean[] = [];
      for (const id of ids) loaded.push(await cache.load(id, MARCH, { signal: overview.signal }).then(() => true, () => false));
      return loaded;
    };
    assert.deepEqual(await loadAll(), ids.map((id) => id !== 'c3'), 'one campaign failed, the others loaded');
    assert.equal(getEventListeners(overview.signal, 'abort').length, 0);
    assert.deepEqual(await loadAll(), ids.map((id) => id !== 'c3'), 'a second round, from the cache but for the failed one');
    assert.equal(getEventListeners(overview.signal, 'abort').length, 0, 'nor after the second round');
  });
});

describe('analytics cache: figures already here (peek)', () => {
  it('hands out the fresh figures without waiting: none while loading, none once stale, none after a failure', async () => {
    let now = Date.parse('2026-04-01T00:00:00.000Z');
    const { api } = answeringApi((range) => range.from === '2026-02-01T00:00:00.000Z');
    const cache = new AnalyticsCache(() => api, () => now);
    const loading = cache.load(CAMPAIGN, MARCH);
    assert.equal(cache.peek(CAMPAIGN, MARCH), undefined, 'nothing to show before the answer');
    const pair = await loading;
    assert.equal(cache.peek(CAMPAIGN, MARCH), pair, 'the answer itself, for the tree to show at once');
    assert.equal(cache.peek('another-campaign', MARCH), undefined);
    now += 60_000;
    assert.equal(cache.peek(CAMPAIGN, MARCH), undefined, 'older than the cache time: loaded again, not shown as fresh');
    const february = { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.999Z' };
    await assert.rejects(cache.load(CAMPAIGN, february));
    assert.equal(cache.peek(CAMPAIGN, february), undefined, 'a failure is never handed out');
  });
});
