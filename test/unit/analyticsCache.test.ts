/**
 * The analytics cache shared by the tree and the dashboards: what one caller does (abort, refresh)
 * must not fail another caller, and an aborted load must never be handed to a new caller.
 */
import assert from 'node:assert/strict';
import { BadRangeError, CancelledError } from '../../src/api/errors';
import type { DateRange } from '../../src/api/range';
import type { AnalyticsOptions, AnalyticsResult, NLPearlApi } from '../../src/api/types';
import { analyticsOnlyApi } from './analyticsOnlyApi';
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
  const api = analyticsOnlyApi((_id: string, range: DateRange, options?: AnalyticsOptions) =>
    new Promise<AnalyticsResult>((resolve, reject) => {
      const signal = options?.signal;
      const result = { analytics: {}, json: { n: calls.length }, windows: 1, range, fetchedAt: 0 } as unknown as AnalyticsResult;
      calls.push({ range, signal, resolve: () => resolve(result), reject });
      signal?.addEventListener('abort', () => setImmediate(() => reject(new CancelledError())), { once: true });
    }));
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
    let now = Date.parse(RANGE.to); // the cache checks ranges against its clock too
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

/** What a load ended with, read once every request has been answered. */
function outcome(load: Promise<unknown>): Promise<string> {
  return load.then(
    () => 'figures',
    (error: unknown) => (error instanceof CancelledError ? 'cancelled' : `failed: ${String(error)}`),
  );
}

describe('analytics cache: callers sharing one request', () => {
  it('a panel closed while loading does not cancel the figures the tree waits for', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const panel = new AbortController();
    const tree = outcome(cache.load(CAMPAIGN, RANGE, { signal: new AbortController().signal }));
    const closed = outcome(cache.load(CAMPAIGN, RANGE, { signal: panel.signal }));
    panel.abort();
    answerAll(calls);
    assert.equal(await closed, 'cancelled');
    assert.equal(await tree, 'figures');
    assert.equal(calls.length, 2, 'one request (and its previous period) for both');
  });

  it('giving up on figures already cached does not throw them away', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const first = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await first;
    const gone = new AbortController();
    const closed = outcome(cache.load(CAMPAIGN, RANGE, { signal: gone.signal }));
    gone.abort();
    assert.equal(await closed, 'cancelled');
    await cache.load(CAMPAIGN, RANGE);
    assert.equal(calls.length, 2, 'the next caller is served from the cache');
  });

  it('a caller that can cancel still hears why its request failed', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const load = outcome(cache.load(CAMPAIGN, RANGE, { signal: new AbortController().signal }));
    calls[0]?.reject(new Error('server error'));
    assert.equal(await load, 'failed: Error: server error');
  });

  it('a caller gone before its load started is told "cancelled", and a Refresh drops the request nobody waits for', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const gone = new AbortController();
    gone.abort();
    const late = outcome(cache.load(CAMPAIGN, RANGE, { signal: gone.signal }));
    const refresh = cache.load(CAMPAIGN, RANGE, { force: true });
    answerAll(calls);
    assert.equal(await late, 'cancelled');
    await refresh;
    assert.equal(calls[0]?.signal?.aborted, true, 'no request left running for nobody');
    assert.equal(calls.length, 4);
  });

  it('after a Refresh, the failure of the request it replaced does not make the next caller fetch a third time', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const tree = outcome(cache.load(CAMPAIGN, RANGE));
    const refresh = cache.load(CAMPAIGN, RANGE, { force: true });
    calls[0]?.reject(new Error('server error'));
    assert.equal(await tree, 'failed: Error: server error');
    const panel = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await Promise.all([refresh, panel]);
    assert.equal(calls.length, 4, 'the panel shares the Refresh');
  });

  it('clear() stops the requests in flight and forgets the cached figures (the token changed)', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const cached = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await cached;
    const inFlight = outcome(cache.load('c2', RANGE));
    cache.clear();
    assert.equal(await inFlight, 'cancelled');
    assert.equal(calls[2]?.signal?.aborted, true, 'the old account\'s request is stopped');
    const again = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await again;
    assert.equal(calls.length, 6, 'fetched again for the new token');
  });
});

describe('analytics cache: what shares figures', () => {
  it('each campaign and each custom range gets figures of its own', async () => {
    const { api, calls } = controlledApi();
    const cache = new AnalyticsCache(() => api);
    const april = { from: '2026-04-01T00:00:00.000Z', to: '2026-04-30T23:59:59.999Z' };
    const loads = [cache.load(CAMPAIGN, RANGE), cache.load('c2', RANGE), cache.load(CAMPAIGN, april)];
    answerAll(calls);
    const [march, other, next] = await Promise.all(loads);
    assert.equal(calls.length, 6);
    assert.deepEqual([march, other, next].map((pair) => pair?.current.range.from), [RANGE.from, RANGE.from, april.from]);
    assert.notEqual(march?.current, other?.current, 'another campaign, other figures');
  });

  it('"Last 30 days" re-opened within the minute shows its cached figures, though its end has moved', async () => {
    const { api, calls } = controlledApi();
    let now = Date.parse(RANGE.to);
    const cache = new AnalyticsCache(() => api, () => now);
    const first = cache.load(CAMPAIGN, { ...RANGE, preset: 'last30' });
    answerAll(calls);
    await first;
    now += 30_000;
    const moved = { from: new Date(Date.parse(RANGE.from) + 30_000).toISOString(), to: new Date(now).toISOString(), preset: 'last30' as const };
    await cache.load(CAMPAIGN, moved);
    assert.equal(calls.length, 2);
  });

  it('figures exactly 60 s old are fetched again', async () => {
    const { api, calls } = controlledApi();
    let now = Date.parse(RANGE.to); // the cache checks ranges against its clock too
    const cache = new AnalyticsCache(() => api, () => now);
    const first = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await first;
    now += 60_000;
    const later = cache.load(CAMPAIGN, RANGE);
    answerAll(calls);
    await later;
    assert.equal(calls.length, 4);
  });

  it('a range refused as "too far ahead" is checked again on the next load, not refused from the cache', async () => {
    const { api, calls } = controlledApi();
    const day = 86_400_000;
    let now = Date.parse(RANGE.from);
    const cache = new AnalyticsCache(() => api, () => now);
    const ahead = { from: new Date(now + 10 * day).toISOString(), to: new Date(now + 367 * day).toISOString() };
    await assert.rejects(cache.load(CAMPAIGN, ahead), BadRangeError);
    assert.equal(calls.length, 0, 'nothing sent for a refused range');
    now += 2 * day;
    const later = cache.load(CAMPAIGN, ahead);
    answerAll(calls);
    await later;
    assert.ok(calls.length > 0, 'two days later the range is accepted');
  });
});
