/**
 * Issue 11, the truth of every number, as drawn in Chromium (webview harness, real CSP): what the
 * axis, the labels chart and its table show a user.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildDashboardModel } from '../../src/analytics/model';
import type { InboundAnalytics } from '../../src/api/schemas';
import { loadModel, loadPage, openHarness, readDomState, type HarnessSession } from '../e2e/webview-harness/harness';
import { analytics, bucket, emptyStatus } from '../unit/analytics.fixtures';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1);

function days(n: number): string[] {
  // Offset-less date-times, as ASP.NET writes them: read as UTC, labelled as their own day.
  return Array.from({ length: n }, (_, i) => new Date(START + i * DAY).toISOString().slice(0, 19));
}

function durationDays(n: number): InboundAnalytics {
  const dates = days(n);
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: n * 2 }),
    callsStatusTimeLine: dates.map((date) => bucket(date, { totalCalls: 2 })),
    callsAverageTimeLine: dates.map((date, i) => ({ date, averageCallDuration: 100 + i })),
  });
}

async function xTicks(page: Page): Promise<Record<string, string[]>> {
  return (await page.evaluate('window.__nlpearlDashboard.xTickLabels()')) as Record<string, string[]>;
}

describe('truth in the drawn dashboard (Chromium)', function () {
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

  for (const n of [3, 30]) {
    it(`ticks a ${n}-day line chart once per day, at the buckets (no "Mar 1, Mar 1, Mar 1")`, async () => {
      await loadModel(page, buildDashboardModel({ current: durationDays(n), previous: null }), { requestId: ++requestId });
      const labels = (await xTicks(page)).callsAverageTimeLine ?? [];
      assert.ok(labels.length >= 2, `ticks ${JSON.stringify(labels)}`);
      assert.equal(new Set(labels).size, labels.length, `a day labelled twice: ${JSON.stringify(labels)}`);
      assert.equal(labels[0], 'Mar 1', `the first bucket is 1 March (UTC), whatever the zone: ${JSON.stringify(labels)}`);
      const bucketLabels = days(n).map((d) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${d}Z`)));
      for (const l of labels) assert.ok(bucketLabels.includes(l), `tick ${l} is not a bucket day`);
    });
  }

  it('draws 21 label bars for 1 000 labels and pages the table, 50 rows at a time, through all of them', async () => {
    const labels = Array.from({ length: 1000 }, (_, i) => ({ id: `id${i}`, name: `Label ${i}`, color: '#123456', count: 1000 - i }));
    const model = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5 }), callLabelCount: labels }), previous: null });
    await loadModel(page, model, { requestId: ++requestId });
    const card = page.locator('[data-chart="callLabelCount"]');
    await card.locator('[data-role="table-toggle"]').click();
    const dom = await readDomState(page);
    assert.equal(dom.charts.find((c) => c.id === 'callLabelCount')?.tableRows, 50);
    assert.equal(dom.labelsTableText[0], 'Label 0');
    assert.equal((await card.locator('[data-role="table-page"]').textContent())?.trim(), 'Rows 1–50 of 1000');
    await card.locator('[data-role="table-next"]').click();
    assert.equal((await readDomState(page)).labelsTableText[0], 'Label 50');
    const categories = model.charts.find((c) => c.id === 'callLabelCount')?.categories ?? [];
    assert.equal(categories.length, 21);
    assert.equal(categories[20], 'Other (980 labels)');
  });
});
