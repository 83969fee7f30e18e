/**
 * Issue 11, point 15: merged sums of decimal money carry no float drift into the JSON or the CSV,
 * and a single ≤ 90-day range's JSON stays exactly the API's. Over real HTTP (fake API, 127.0.0.1).
 */
import assert from 'node:assert/strict';
import { sectionCsv } from '../../src/analytics/csv';
import { createClient } from '../../src/api/client';
import type { DateRange } from '../../src/api/range';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const DAY = 86_400_000;
const FROM = Date.parse('2025-03-10T13:45:00.000Z');
/** 120 days from mid-afternoon: two windows whose boundary falls inside a day. */
const LONG: DateRange = { from: new Date(FROM).toISOString(), to: new Date(FROM + 120 * DAY).toISOString() };
const SHORT: DateRange = { from: '2025-03-01T00:00:00.000Z', to: '2025-03-30T23:59:59.999Z' };

const utcDay = (iso: string) => `${iso.slice(0, 10)}T00:00:00Z`;

describe('truth: money sums without float drift (issue 11, point 15)', function () {
  this.timeout(20_000);
  let fake: FakeApi;
  let api: NLPearlApi;

  before(async () => {
    // Each window's first day costs 63.77 and its last day 189.11, so the day the two windows share
    // sums 189.11 + 63.77, which floating point makes 252.88000000000002.
    fake = await startFakeApi({
      analyticsOverride: (_id, range) => ({
        callsCostTimeLine: [
          { date: utcDay(range.from), totalPrice: 63.77, averageCostPerCall: null },
          { date: utcDay(range.to), totalPrice: 189.11, averageCostPerCall: null },
        ],
        callLabelCount: [{ id: 'l', name: 'Booked', color: null, count: 1 }],
        callsStatusOverview: { totalCalls: 3 },
        callsSentimentOverview: { positive: 0.1 },
      }),
    });
    api = createClient({ fetch: (input, init) => fetch(input, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token, log: () => undefined, sleep: async () => undefined, random: () => 0.5 });
  });
  after(async () => {
    await fake.close();
  });

  it('writes the merged boundary day as 252.88 in the JSON and the CSV, not 252.88000000000002', async () => {
    const result = await api.getInboundAnalytics(CAMPAIGN, LONG);
    assert.equal(result.windows, 2);
    const json = JSON.stringify(result.json, null, 2);
    assert.doesNotMatch(json, /0000000000|9999999999/, 'float drift in the merged JSON');
    assert.ok(result.analytics.callsCostTimeLine?.some((b) => b.totalPrice === 252.88), JSON.stringify(result.analytics.callsCostTimeLine));
    assert.equal(result.analytics.callsSentimentOverview?.positive, 0.2);
    const csv = sectionCsv(result.analytics, 'callsCostTimeLine');
    assert.match(csv, /,252\.88,/);
    assert.doesNotMatch(csv, /0000000000|9999999999/);
  });

  it('keeps the JSON of a single ≤ 90-day range byte-equal to the API\'s, digits as sent', async () => {
    const body = { callsCostTimeLine: [{ date: '2025-03-02T00:00:00Z', totalPrice: 0.30000000000000004, averageCostPerCall: 0.1 }] };
    fake.setAnalyticsOverride(() => body);
    try {
      const result = await api.getInboundAnalytics(CAMPAIGN, SHORT);
      assert.equal(result.windows, 1);
      assert.equal(JSON.stringify(result.json, null, 2), JSON.stringify(body, null, 2));
    } finally {
      fake.setAnalyticsOverride(undefined);
    }
  });
});
