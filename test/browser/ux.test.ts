/**
 * Issue 18, points 2 and 7, as drawn in Chromium (webview harness, real CSP): KPI deltas with their
 * reference and tone, even cards, a pressed Table toggle, the heatmap's scale and readout, the
 * sentiment strip.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildDashboardModel } from '../../src/analytics/model';
import type { InboundAnalytics } from '../../src/api/schemas';
import { loadModel, loadPage, openHarness, type HarnessSession } from '../e2e/webview-harness/harness';
import { analytics, emptyStatus } from '../unit/analytics.fixtures';

const PREVIOUS = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };

function period(calls: number, cost: number): InboundAnalytics {
  const half = Math.round(calls / 2);
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: calls, successful: half, unsuccessful: calls - half }),
    callsCostTimeLine: [{ date: '2026-04-01T00:00:00', totalPrice: cost, averageCostPerCall: cost / calls }],
    callsSentimentOverview: { negative: 1, slightlyNegative: 2, neutral: 3, slightlyPositive: 4, positive: 5 },
    callsByHourDayOfWeeks: [{ dayOfWeek: 2, hourOfDay: 9, count: 12 }, { dayOfWeek: 2, hourOfDay: 10, count: 3 }],
  });
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('what a new user noticed, drawn (issue 18, Chromium)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;
  let requestId = 0;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900 });
    page = session.page;
    await loadPage(session, 'light');
  });

  after(async () => {
    await session?.close();
  });

  it('shows on each card what the delta compares with, and colours cost by good or bad', async () => {
    await loadModel(page, buildDashboardModel({ current: period(2096, 40), previous: period(1987, 50), previousRange: PREVIOUS }), { requestId: ++requestId });
    const reference = (await text(page, '[data-kpi="totalCalls"] [data-role="kpi-reference"]')).replace(/\u2009/g, ' ');
    assert.match(reference, /^vs Mar \d+ – \d+, 2026: 1,987$/);
    const cost = page.locator('[data-kpi="totalCost"] .delta');
    assert.match((await cost.innerText()).trim(), /^▼/);
    assert.match((await cost.getAttribute('class')) ?? '', /\btone-good\b/, 'lower cost is good: green although the arrow points down');
    assert.match((await page.locator('[data-kpi="totalCalls"] .delta').getAttribute('class')) ?? '', /\btone-neutral\b/);
    const colours = await page.evaluate(`[...document.querySelectorAll('[data-kpi="totalCost"] .delta, [data-kpi="totalCalls"] .delta')].map((e) => getComputedStyle(e).color)`);
    assert.equal(new Set(colours as string[]).size, 2, `good and neutral look different: ${JSON.stringify(colours)}`);
  });

  it('says "too few calls before" instead of a big arrow when the previous period barely had calls', async () => {
    await loadModel(page, buildDashboardModel({ current: period(4700, 40), previous: period(1000, 10), previousRange: PREVIOUS }), { requestId: ++requestId });
    assert.equal((await text(page, '[data-kpi="totalCalls"] .delta')).split('\n')[0]?.trim(), 'too few calls before');
    assert.doesNotMatch(await text(page, '[data-kpi="totalCalls"]'), /▲/);
  });

  it('draws the KPI cards at one height and the sentiment card as a full-width strip', async () => {
    const heights = (await page.evaluate(`[...document.querySelectorAll('.kpi')].map((e) => Math.round(e.getBoundingClientRect().height))`)) as number[];
    assert.equal(heights.length, 6);
    assert.equal(new Set(heights).size, 1, `uneven cards: ${JSON.stringify(heights)}`);
    const widths = (await page.evaluate(`[document.querySelector('[data-chart="callsSentimentOverview"]'), document.querySelector('.charts')].map((e) => Math.round(e.getBoundingClientRect().width))`)) as number[];
    assert.equal(widths[0], widths[1]);
  });

  it('draws a pressed Table toggle differently from an unpressed one', async () => {
    const toggles = page.locator('[data-role="table-toggle"]');
    await toggles.first().click();
    assert.equal(await toggles.first().getAttribute('aria-pressed'), 'true');
    assert.equal(await toggles.nth(1).getAttribute('aria-pressed'), 'false');
    const backgrounds = await page.evaluate(`[...document.querySelectorAll('[data-role="table-toggle"]')].slice(0, 2).map((b) => getComputedStyle(b.shadowRoot.querySelector('.base')).backgroundColor)`);
    const [pressed, plain] = backgrounds as string[];
    assert.notEqual(pressed, plain);
  });

  it('offers Day / Week / Month above 120 days and ticks monthly charts at month starts, as "Jan 2025"', async () => {
    const start = Date.UTC(2025, 0, 1);
    const dates = Array.from({ length: 549 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 19));
    const long = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 549 }),
      callsStatusTimeLine: dates.map((date) => ({ date, ...emptyStatus({ totalCalls: 1, completed: 1 }) })),
      callsAverageTimeLine: dates.map((date, i) => ({ date, averageCallDuration: 100 + (i % 7) })),
    });
    await loadModel(page, buildDashboardModel({ current: long, previous: null }), { requestId: ++requestId });
    const toggle = page.locator('[data-role="bucket-toggle"]');
    assert.equal(await toggle.locator('[data-bucket]').count(), 3);
    assert.equal(await toggle.locator('[data-bucket="day"]').getAttribute('aria-pressed'), 'true');
    await toggle.locator('[data-bucket="month"]').click();
    assert.equal(await toggle.locator('[data-bucket="month"]').getAttribute('aria-pressed'), 'true');
    assert.equal(await toggle.locator('[data-bucket="day"]').getAttribute('aria-pressed'), 'false');
    const ticks = ((await page.evaluate('window.__nlpearlDashboard.xTickLabels()')) as Record<string, string[]>).callsAverageTimeLine ?? [];
    assert.ok(ticks.length >= 3, JSON.stringify(ticks));
    for (const t of ticks) assert.match(t, /^[A-Z][a-z]{2} 20\d\d$/, `tick ${t}`);
    assert.equal(new Set(ticks).size, ticks.length, `a month ticked twice: ${JSON.stringify(ticks)}`);
    assert.equal(ticks[0], 'Jan 2025');
    assert.equal(await page.locator('[data-chart="callsStatusTimeLine"] thead th').first().innerText(), 'Month (UTC)');
  });

  it('gives the heatmap a colour scale, and reads a cell on hover and with the arrow keys', async () => {
    await loadModel(page, buildDashboardModel({ current: period(2096, 40), previous: null }), { requestId: ++requestId });
    const card = page.locator('[data-chart="callsByHourDayOfWeeks"]');
    const legend = await card.locator('[data-role="heatmap-legend"]').innerText();
    assert.match(legend, /0/);
    assert.match(legend, /12/, 'the scale ends at the busiest cell');
    await card.locator('.heatmap-cell[data-day="2"][data-hour="10"]').hover();
    const readout = card.locator('[data-role="heatmap-readout"]');
    assert.match(await readout.innerText(), /^Tue 10:00–11:00 UTC: 3 calls$/);
    await card.locator('.heatmap').focus();
    await page.keyboard.press('ArrowLeft');
    assert.match(await readout.innerText(), /^Tue 9:00–10:00 UTC: 12 calls$/);
    assert.equal(await readout.getAttribute('aria-live'), 'polite');
  });
});
