/**
 * A range has an upper bound and sane dates, wherever it comes from (webview, command argument,
 * custom range picker, the API client itself), and a refused range sends nothing.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { BadRangeError, NotFoundError } from '../../src/api/errors';
import { MAX_WINDOWS, rangeProblem, splitRange, type DateRange } from '../../src/api/range';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { AnalyticsCache } from '../../src/model/analyticsCache';
import { parseCampaignRangeArgs } from '../../src/commands/commandArgs';
import { customRange } from '../../webview/rangeInput';
import { startFakeApi, type FakeApi } from '../fake-api/server';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const NOW = Date.UTC(2026, 11, 1, 12);
const EVERYTHING: DateRange = { from: '0000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' };

describe('range bounds', () => {
  it('refuses dates before 2015, more than a year ahead, and ranges over 3 years, saying which', () => {
    assert.match(rangeProblem(EVERYTHING, NOW) ?? '', /before 1 January 2015/);
    assert.match(rangeProblem({ from: '1900-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, NOW) ?? '', /before 1 January 2015/);
    assert.match(rangeProblem({ from: '2026-01-01T00:00:00Z', to: '2028-06-01T00:00:00Z' }, NOW) ?? '', /more than a year from now/);
    assert.match(rangeProblem({ from: '2016-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, NOW) ?? '', /longer than 3 years .*13 requests/);
  });

  it('accepts 3 years back from today, which is at most 13 windows, and 1 January 2015 at local midnight east of UTC', () => {
    const threeYears = { from: '2023-12-01T12:00:00.000Z', to: new Date(NOW).toISOString() };
    assert.equal(rangeProblem(threeYears, NOW), undefined);
    assert.ok(splitRange(threeYears).length <= MAX_WINDOWS);
    assert.equal(MAX_WINDOWS, 13);
    // Midnight of 1 January 2015 in Tokyo is 31 December 2014, 15:00 UTC.
    assert.equal(rangeProblem({ from: '2014-12-31T15:00:00.000Z', to: '2015-01-31T15:00:00.000Z' }, NOW), undefined);
  });

  it('a command argument far in the past is refused with the message, before any request', () => {
    const parsed = parseCampaignRangeArgs({ campaignId: CAMPAIGN, from: '0001-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.problem, /before 1 January 2015/);
  });

  it('the dashboard date inputs refuse a start before 2015 and a range over 3 years', () => {
    const now = new Date(2026, 11, 1, 12);
    assert.deepEqual(customRange('2010-01-01', '2011-01-01', now), { ok: false, problem: 'tooEarly' });
    assert.deepEqual(customRange('2020-01-01', '2026-01-01', now), { ok: false, problem: 'tooLong' });
    assert.equal(customRange('2024-01-01', '2026-01-01', now).ok, true);
  });

  describe('over HTTP', function () {
    this.timeout(20_000);
    let fake: FakeApi;
    before(async () => {
      fake = await startFakeApi();
    });
    after(async () => {
      await fake.close();
    });
    beforeEach(() => {
      fake.clearFaults();
      fake.requests.length = 0;
    });
    const client = () =>
      createClient({ fetch: (input, init) => fetch(input, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token, sleep: async () => undefined });

    it('a webview range of 0000-01-01 … 9999-12-31 is a BadRangeError and sends nothing (client and cache)', async () => {
      // If anything were sent, every window would fail at once: the test ends either way.
      fake.inject({ status: 404, match: '/Analytics', times: 1000 });
      await assert.rejects(client().getInboundAnalytics(CAMPAIGN, EVERYTHING), BadRangeError);
      const cache = new AnalyticsCache(() => client());
      await assert.rejects(cache.load(CAMPAIGN, EVERYTHING), BadRangeError);
      await fake.idle();
      assert.equal(fake.requests.length, 0);
    });

    it('when the current period fails, the previous period still in flight is aborted', async () => {
      const current: DateRange = { from: '2026-10-01T00:00:00.000Z', to: '2026-10-30T23:59:59.999Z' };
      fake.inject({ latencyMs: 10_000, match: '/Analytics' });
      // The current period fails only once the previous one is being served, so the order is fixed.
      const failingCurrent = async (input: string, init: RequestInit): Promise<Response> => {
        if (String(init.body).includes(current.from)) {
          for (let i = 0; i < 500 && fake.requests.length < 1; i++) await new Promise((r) => setTimeout(r, 10));
          return new Response('', { status: 404 });
        }
        return fetch(input, init);
      };
      const api = createClient({ fetch: failingCurrent, baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token, sleep: async () => undefined });
      const cache = new AnalyticsCache(() => api);
      await assert.rejects(cache.load(CAMPAIGN, current), NotFoundError);
      await fake.idle();
      assert.equal(fake.requests.length, 1, 'only the previous period reached the server');
      assert.equal(fake.requests[0]?.aborted, true, 'the previous period was left running');
    });

    it('a range starting on 1 January 2015 loads without a comparison instead of asking for 2014', async () => {
      const cache = new AnalyticsCache(() => client());
      const pair = await cache.load(CAMPAIGN, { from: '2015-01-01T00:00:00.000Z', to: '2015-01-30T23:59:59.999Z' });
      assert.equal(pair.previous, null);
      assert.equal(pair.comparison, undefined);
      assert.equal(fake.requests.length, 1);
    });
  });
});
