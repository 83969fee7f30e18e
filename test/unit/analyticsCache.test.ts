/**
 * The analytics cache shared by the tree and the dashboards: what one caller does (abort, refresh)
 * must not fail another caller, and an aborted load must never be handed to a new caller.
 */
import assert from 'node:assert/strict';
import { CancelledError } from '../../src/api/errors';
import type { DateRange } from '../../src/api/range';
import type { AnalyticsOptions, AnalyticsResult, NLPearlApi } from '../../src/api/types';
import { AnalyticsCache } from '../../src/model/analyticsCache';

const CAMPAIGN = 'c1';
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

interface Call {
  readonly range: DateRange;
  readonly signal: AbortSignal | undefined;
  resolve(): void;
  reject(error: Error): void;
}

/** An API whose analytics answer only when the test says so; an abort rejects a tick later, as fetch does. */
function controlledApi(): { api: NLPearlApi; calls: Call[] } {
  const calls: Call[] = [];
  const unused = () => Promise.reject(new Error('not used by the cache'));
  const api: NLPearlApi = {
    getAccount: unused,
    listInboundCampaigns: unused,
    listOutboundCampaigns: unused,
    listCampaigns: unused,
    getCampaign: unused,
    getOngoingCalls: unused,
    searchCalls: unused,
    getCall: unused,
    getInboundAnalytics: (_id: string, range: DateRange, options?: AnalyticsOptions) =>
      new Promise<AnalyticsResult>((resolve, reject) => {
        const signal = options?.signal;
        const result = { analytics: {}, json: { n: calls.length }, windows: 1, range, fetchedAt: 0 } as unknown as AnalyticsResult;
        calls.push({ range, signal, resolve: () => resolve(result), reject });
        signal?.addEventListener('abort', () => setImmediate(() => reject(new CancelledError())), { once: true });
      }),
  };
  return { api, calls };
}

/** Answers every call made so far that is still waiting. */
function answerAll(calls: Call[]): void {
  for (const call of calls) if (!call.signal?.aborted) call.resolve();
}

describe('analytics cache', () => {
  it('a load right after the only caller aborted fetches afresh instead of failing as cancelled', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const first = new AbortController();
    const aborted = cache.load(CAMPAIGN, RANGE, { signal: first.signal });
    first.abort();
    await assert.rejects(aborted, CancelledError);
    // The user expands the campaign again before the aborted request has finished failing.
    const again = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    const pair = await again;
    assert.ok(pair.current, 'the second load gives figures');
    assert.equal(calls.length, 4, 'current + previous period, twice');
  });

  it("one caller's Refresh does not fail another caller waiting for the same figures", async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const tree = cache.load(CAMPAIGN, RANGE, { signal: new AbortController().signal });
    const panel = cache.load(CAMPAIGN, RANGE, { signal: new AbortController().signal, force: true });
    answerAll(calls);
    const [treePair, panelPair] = await Promise.all([tree, panel]);
    assert.ok(treePair.current, 'the tree gets figures, not a "cancelled" error row');
    assert.ok(panelPair.current);
  });

  it('a Refresh by the only waiting caller replaces its own request', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const first = new AbortController();
    const old = cache.load(CAMPAIGN, RANGE, { signal: first.signal });
    first.abort();
    const fresh = cache.load(CAMPAIGN, RANGE, { force: true });
    answerAll(calls);
    await assert.rejects(old, CancelledError);
    await fresh;
    assert.equal(calls[0]?.signal?.aborted, true, 'the old request is aborted');
    assert.equal(calls.length, 4);
  });

  it('when the current period fails, the previous-period request is aborted too', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const load = cache.load(CAMPAIGN, RANGE);
    calls[0]?.reject(new Error('server error'));
    await assert.rejects(load, /server error/);
    assert.equal(calls[1]?.signal?.aborted, true, 'no request left running for a result nobody will see');
  });

  it('a failure is not cached: the next load asks again', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const load = cache.load(CAMPAIGN, RANGE);
    calls[0]?.reject(new Error('server error'));
    await assert.rejects(load);
    const again = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await again;
    assert.equal(calls.length, 4);
  });

  it('figures are served from the cache within 60 s and fetched again after', async () => {
    const { api, calls } = controlledApi();
    let now = 1_000_000;
    const cache = new AnalyticsCache(() => api, () => now);
    const first = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await first;
    now += 59_000;
    await cache.load(CAMPAIGN, RANGE);
    assert.equal(calls.length, 2, 'served from the cache');
    now += 2_000;
    const later = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await later;
    assert.equal(calls.length, 4, 'fetched again');
  });
});
