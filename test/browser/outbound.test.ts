/**
 * An outbound campaign's dashboard, as drawn in Chromium (webview harness, real CSP): the pickup-rate chart
 * painted with the API's numbers in its table, the outbound statuses in the status overview — and an
 * inbound v1 dashboard, whose API sends no pickup rate, without that chart.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildDashboardModel } from '../../src/analytics/model';
import { analyticsSchema } from '../../src/api/schemas';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, type DemoCampaign } from '../../src/demo/data';
import { loadModel, loadPage, openHarness, readDomState, type HarnessSession } from '../e2e/webview-harness/harness';

const REMINDERS = DEMO_OUTBOUND_CAMPAIGNS[0] as DemoCampaign;
const RANGE = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-08T23:59:59.999Z' };

function model(campaign: DemoCampaign, campaignKind: 'inbound' | 'outbound') {
  const current = analyticsSchema.parse(demoAnalyticsJson(campaign.id, RANGE, 'v1', campaign));
  return buildDashboardModel({ current, previous: null, range: RANGE }, { campaignKind });
}

describe('outbound dashboard (Chromium)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;
  let requestId = 0;

  before(async () => {
    session = await openHarness();
    page = session.page;
    await loadPage(session);
  });

  after(async () => {
    await session?.close();
  });

  it('paints the pickup-rate chart, and its table shows the API\'s daily rates', async () => {
    await loadModel(page, model(REMINDERS, 'outbound'), { requestId: ++requestId });
    const dom = await readDomState(page);
    const pickup = dom.charts.find((c) => c.id === 'callsPickupRateTimeLine');
    assert.ok(pickup, `charts drawn: ${dom.charts.map((c) => c.id).join(', ')}`);
    assert.equal(pickup.title, 'Pickup rate');
    assert.ok(pickup.canvas && pickup.painted, 'the chart is drawn on its canvas');
    const card = page.locator('[data-chart="callsPickupRateTimeLine"]');
    await card.locator('[data-role="table-toggle"]').click();
    const rows = await card.locator('tbody tr').allTextContents();
    assert.equal(rows.length, 7, 'one row per day of the week');
    const first = demoAnalyticsJson(REMINDERS.id, RANGE, 'v1', REMINDERS).callsPickupRateTimeLine?.[0]?.pickupRatePercentage ?? NaN;
    assert.ok(rows[0]?.includes(`${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(first)}`), `first row ${rows[0]} shows ${first}`);
  });

  it('lists the outbound statuses in the status overview, zero or not', async () => {
    await loadModel(page, model(REMINDERS, 'outbound'), { requestId: ++requestId });
    const card = page.locator('[data-chart="callsStatusOverview"]');
    await card.locator('[data-role="table-toggle"]').click();
    const text = (await card.locator('tbody').textContent()) ?? '';
    for (const status of ['Voicemail left', 'Needs retry', 'Unreachable', 'Wrong country code', 'Leads']) assert.ok(text.includes(status), `${status} in ${text}`);
  });

  it('an inbound v1 dashboard has no pickup-rate chart (the API sends none)', async () => {
    await loadModel(page, model(DEMO_CAMPAIGNS[0] as DemoCampaign, 'inbound'), { requestId: ++requestId });
    const dom = await readDomState(page);
    assert.ok(dom.charts.length > 5, 'the dashboard is drawn');
    assert.equal(dom.charts.some((c) => c.id === 'callsPickupRateTimeLine'), false);
  });
});
