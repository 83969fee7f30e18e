/**
 * Outbound campaigns through the real client over real HTTP (the fake API on 127.0.0.1): listing both kinds
 * on v1 and v2, the v1 Outbound paths for analytics and calls, the pickup-rate section, the validation
 * policy, paging and faults — and demo data whose calls agree with its analytics.
 */
import assert from 'node:assert/strict';
import { walkCallPages } from '../../src/api/calls';
import { InvalidResponseError, NotFoundError, ServerError } from '../../src/api/errors';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, type DemoCampaign } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { fakeApiClient } from './fakeApiClient';

const [REMINDERS, LEADS] = DEMO_OUTBOUND_CAMPAIGNS as [DemoCampaign, DemoCampaign];
const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const RANGE = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };
const DAY = { fromDate: '2026-03-10T00:00:00.000Z', toDate: '2026-03-10T23:59:59.999Z' };

describe('outbound campaigns over HTTP', () => {
  let fake: FakeApi;
  const record = () => ({ logs: [] as string[], sleeps: [] as number[] });

  before(async () => {
    fake = await startFakeApi();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.setOutbound(undefined);
    fake.requests.length = 0;
  });

  it('v1 lists both kinds at once, each campaign with its kind; inbound-only listing is unchanged', async () => {
    const api = fakeApiClient(fake, record());
    const all = await api.listCampaigns();
    assert.deepEqual(fake.requests.map((r) => `${r.method} ${r.path}`).sort(), ['GET /v1/Inbound', 'GET /v1/Outbound']);
    assert.deepEqual(all.filter((c) => c.kind === 'outbound').map((c) => c.name), DEMO_OUTBOUND_CAMPAIGNS.map((c) => c.name));
    assert.deepEqual(all.filter((c) => c.kind === 'inbound').map((c) => c.id), DEMO_CAMPAIGNS.map((c) => c.id));
    assert.deepEqual((await api.listInboundCampaigns()).map((c) => c.id), DEMO_CAMPAIGNS.map((c) => c.id));
    assert.deepEqual((await api.listOutboundCampaigns()).map((c) => c.kind), ['outbound', 'outbound']);
  });

  it('v2 lists both kinds in one request, by the Pearl type', async () => {
    const api = fakeApiClient(fake, record(), { apiVersion: 'v2' });
    const all = await api.listCampaigns();
    assert.deepEqual(fake.requests.map((r) => r.path), ['/v2/Pearl']);
    assert.deepEqual(all.filter((c) => c.kind === 'outbound').map((c) => c.id), DEMO_OUTBOUND_CAMPAIGNS.map((c) => c.id));
    assert.equal(all.filter((c) => c.kind === 'inbound').length, DEMO_CAMPAIGNS.length);
  });

  it('a failing outbound list fails the listing instead of showing a short one', async () => {
    fake.inject({ status: 500, match: '/v1/Outbound' });
    const api = fakeApiClient(fake, record());
    await assert.rejects(api.listCampaigns(), ServerError);
  });

  it('analytics go to /v1/Outbound/{id}/Analytics by the kind, with the pickup-rate timeline', async () => {
    const api = fakeApiClient(fake, record(), { kindOf: (id) => (id === REMINDERS.id ? 'outbound' : 'inbound') });
    const result = await api.getInboundAnalytics(REMINDERS.id, RANGE);
    assert.equal(fake.requests[0]?.path, `/v1/Outbound/${REMINDERS.id}/Analytics`);
    const expected = demoAnalyticsJson(REMINDERS.id, RANGE, 'v1', REMINDERS);
    assert.deepEqual(result.analytics.callsStatusOverview, expected.callsStatusOverview);
    assert.equal(result.analytics.callsPickupRateTimeLine?.length, 7);
    assert.ok((result.analytics.callsStatusOverview?.voiceMailLeft ?? 0) > 0, 'a reminder week leaves voicemails');
    // The same id under the Inbound resource is unknown there: a kind that is wrong shows as "not found".
    await assert.rejects(api.getInboundAnalytics(REMINDERS.id, RANGE, { kind: 'inbound' }), NotFoundError);
    const inbound = await api.getInboundAnalytics(DENTAL.id, RANGE);
    assert.equal(inbound.analytics.callsPickupRateTimeLine, null, 'v1 Inbound documents no pickup rate');
  });

  it('a split range of an outbound campaign is merged exactly, pickup rate included', async () => {
    const api = fakeApiClient(fake, record(), { kindOf: () => 'outbound' });
    const year = { from: '2025-10-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' };
    const result = await api.getInboundAnalytics(LEADS.id, year);
    assert.equal(result.windows, 3);
    assert.ok(fake.requests.every((r) => r.path === `/v1/Outbound/${LEADS.id}/Analytics`));
    const whole = demoAnalyticsJson(LEADS.id, year, 'v1', LEADS);
    assert.deepEqual(result.analytics.callsStatusOverview, whole.callsStatusOverview);
    assert.equal(result.analytics.callsPickupRateTimeLine?.length, whole.callsPickupRateTimeLine?.length);
  });

  it('reads numeric strings, ignores extra fields, keeps missing counters as not provided, names a bad path', async () => {
    const api = fakeApiClient(fake, record(), { kindOf: () => 'outbound' });
    fake.setAnalyticsOverride(() => ({
      callsStatusOverview: { totalCalls: '12', voiceMailLeft: '5', needRetry: 3, unreachable: null, futureCounter: 1 },
      callsPickupRateTimeLine: [{ date: '2026-03-10T00:00:00Z', pickupRatePercentage: '41.5', extra: true }],
    }));
    try {
      const { analytics } = await api.getInboundAnalytics(REMINDERS.id, RANGE);
      assert.equal(analytics.callsStatusOverview?.voiceMailLeft, 5);
      assert.equal(analytics.callsStatusOverview?.unreachable, null, 'null is "not provided", never 0');
      assert.equal(analytics.callsStatusOverview?.wrongCountryCode, null, 'missing is "not provided", never 0');
      assert.equal(analytics.callsPickupRateTimeLine?.[0]?.pickupRatePercentage, 41.5);
      fake.setAnalyticsOverride(() => ({ callsPickupRateTimeLine: [{ date: '2026-03-10T00:00:00Z', pickupRatePercentage: 'high' }] }));
      const error = await api.getInboundAnalytics(REMINDERS.id, RANGE).catch((e: unknown) => e);
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /callsPickupRateTimeLine\[0\]\.pickupRatePercentage/);
    } finally {
      fake.setAnalyticsOverride(undefined);
    }
  });

  it('calls search goes to /v1/Outbound/{id}/Calls and pages until count', async () => {
    const api = fakeApiClient(fake, record(), { kindOf: () => 'outbound' });
    const pages = [];
    for await (const page of walkCallPages((p) => api.searchCalls(LEADS.id, DAY, p), 40)) pages.push(page);
    const count = pages[0]?.count ?? 0;
    assert.ok(count > 40, `several pages (${count} calls)`);
    assert.equal(pages.flatMap((p) => p.results).length, count);
    assert.ok(fake.requests.every((r) => r.method === 'POST' && r.path === `/v1/Outbound/${LEADS.id}/Calls`));
  });

  it("a day's calls of each outbound outcome equal the analytics timeline's counts", async () => {
    const api = fakeApiClient(fake, record(), { kindOf: () => 'outbound' });
    for (const campaign of [REMINDERS, LEADS]) {
      const day = demoAnalyticsJson(campaign.id, { from: DAY.fromDate, to: DAY.toDate }, 'v1', campaign).callsStatusTimeLine[0];
      assert.ok(day);
      const outcomes = [[100, day.successful], [110, day.unsuccessful], [10, day.needRetry], [70, day.voiceMailLeft], [150, day.unreachable], [500, day.error]] as const;
      for (const [code, expected] of outcomes) {
        const page = await api.searchCalls(campaign.id, { ...DAY, statuses: [code] }, { skip: 0, limit: 1 });
        assert.equal(page.count, expected, `${campaign.name}: outcome ${code}`);
      }
      assert.equal((await api.searchCalls(campaign.id, DAY, { skip: 0, limit: 1 })).count, day.totalCalls);
    }
  });

  it('retries a 503 on an outbound path, then answers', async () => {
    const logs = record();
    const api = fakeApiClient(fake, logs, { kindOf: () => 'outbound' });
    fake.inject({ status: 503, match: `/v1/Outbound/${REMINDERS.id}/Analytics`, times: 1 });
    const result = await api.getInboundAnalytics(REMINDERS.id, RANGE);
    assert.ok(result.analytics.callsStatusOverview);
    assert.equal(fake.requests.length, 2);
    assert.equal(logs.sleeps.length, 1);
  });
});
