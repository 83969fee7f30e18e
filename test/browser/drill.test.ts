/**
 * Drill-down in Chromium (webview harness, real CSP): under each chart a line says what a click does; a
 * click on a bar, Enter on a row of a chart's Table view and a click or Enter on a heatmap cell post the
 * `drillDown` message with that figure's keys and count; sentiment posts nothing.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loadModel, loadPage, openHarness, posted, type HarnessSession } from '../e2e/webview-harness/harness';
import { demoModel } from '../e2e/webview-harness/demoModel';
import type { DashboardModel, ModelChart } from '../../src/shared/protocol';

const WEEK = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

async function drills(page: Page): Promise<Array<Record<string, unknown>>> {
  return (await posted(page)).filter((m) => m.type === 'drillDown');
}

async function clickBar(page: Page, chart: string, index: number, series: number): Promise<void> {
  // A click lands where the pointer is on screen: bring the chart into view and let its layout settle first
  // (on a loaded machine the position read before the last resize pointed at the old layout).
  await page.locator(`[data-chart="${chart}"] canvas`).scrollIntoViewIfNeeded();
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
  const at = (await page.evaluate(`(() => {
    const p = window.__nlpearlDashboard.barPosition(${JSON.stringify(chart)}, ${index}, ${series});
    const box = document.querySelector('[data-chart=${JSON.stringify(chart)}] canvas').getBoundingClientRect();
    return p && { x: box.left + p.x, y: box.top + p.y };
  })()`)) as { x: number; y: number } | null;
  assert.ok(at, `bar ${index}/${series} of ${chart}`);
  await page.mouse.click(at.x, at.y);
  // Chart.js handles pointer events on its next animation frame: the message is posted after that, not at once.
  await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`);
}

describe('drill-down from the dashboard (Chromium)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;
  let model: DashboardModel;
  const chart = (id: string) => model.charts.find((c) => c.id === id) as ModelChart;

  before(async () => {
    session = await openHarness({ width: 1280, height: 2400 });
    page = session.page;
    await loadPage(session, 'dark');
    model = demoModel(WEEK);
    await loadModel(page, model, { init: undefined });
  });

  after(async () => {
    await session?.close();
  });

  it('says under each chart what a click does, and that sentiment cannot be filtered', async () => {
    const hint = (id: string) => page.locator(`[data-chart="${id}"] [data-role="drill-hint"]`).innerText();
    assert.match(await hint('callsStatusTimeLine'), /^Click a bar to see that day's calls with that outcome/);
    assert.match(await hint('callsStatusOverview'), /range's calls with that outcome/);
    assert.match(await hint('callLabelCount'), /calls with that label/);
    assert.match(await hint('callsByHourDayOfWeeks'), /weekday and hour \(UTC\)/);
    assert.equal(await hint('callsSentimentOverview'), 'The NLPearl call search cannot filter calls by sentiment, so this chart opens no calls.');
    assert.equal(await page.locator('[data-chart="callsSentimentOverview"].drillable').count(), 0);
  });

  it("a click on a day's bar posts that day and outcome with the bar's count", async () => {
    const timeline = chart('callsStatusTimeLine');
    const ds = timeline.series.findIndex((s) => s.id === 'successful');
    const before = (await drills(page)).length;
    await clickBar(page, 'callsStatusTimeLine', 2, ds);
    const sent = (await drills(page)).slice(before);
    assert.deepEqual(sent, [{ type: 'drillDown', chartId: 'callsStatusTimeLine', from: '2026-03-11T00:00:00.000Z', to: '2026-03-11T23:59:59.999Z', status: 'successful', expected: timeline.series[ds]?.values[2] }]);
  });

  it('a click on a status-overview bar posts its outcome; a sentiment click posts nothing', async () => {
    const before = (await drills(page)).length;
    await clickBar(page, 'callsStatusOverview', 1, 0);
    const sent = (await drills(page)).slice(before);
    assert.deepEqual(sent, [{ type: 'drillDown', chartId: 'callsStatusOverview', status: 'unsuccessful', expected: chart('callsStatusOverview').series[0]?.values[1] }]);
    await clickBar(page, 'callsSentimentOverview', 0, 0);
    assert.equal((await drills(page)).length, before + 1);
  });

  it("Enter on a focused row of a chart's Table view posts that row (timeline: the whole day; labels: the label)", async () => {
    await page.locator('[data-chart="callsStatusTimeLine"] [data-role="table-toggle"]').click();
    let before = (await drills(page)).length;
    await page.locator('[data-chart="callsStatusTimeLine"] tr[data-row="2"]').focus();
    await page.keyboard.press('Enter');
    let sent = (await drills(page)).slice(before);
    assert.deepEqual(sent, [{ type: 'drillDown', chartId: 'callsStatusTimeLine', from: '2026-03-11T00:00:00.000Z', to: '2026-03-11T23:59:59.999Z', expected: chart('callsStatusTimeLine').drill?.rows?.[2]?.expected }]);
    await page.locator('[data-chart="callLabelCount"] [data-role="table-toggle"]').click();
    before = (await drills(page)).length;
    await page.locator('[data-chart="callLabelCount"] tr[data-row="0"]').focus();
    await page.keyboard.press('Enter');
    sent = (await drills(page)).slice(before);
    const top = chart('callLabelCount').drill?.rows?.[0];
    assert.deepEqual(sent, [{ type: 'drillDown', chartId: 'callLabelCount', label: top?.key.label, expected: top?.expected }]);
  });

  it('a click on a heatmap cell, and Enter on the grid, post that weekday and hour with its count', async () => {
    const heat = chart('callsByHourDayOfWeeks').heatmap;
    assert.ok(heat);
    let before = (await drills(page)).length;
    await page.locator('[data-chart="callsByHourDayOfWeeks"] .heatmap-cell[data-day="2"][data-hour="10"]').click();
    assert.deepEqual((await drills(page)).slice(before), [{ type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 2, hour: 10, expected: heat.counts[2]?.[10] }]);
    before = (await drills(page)).length;
    await page.locator('[data-chart="callsByHourDayOfWeeks"] .heatmap').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    assert.deepEqual((await drills(page)).slice(before), [{ type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 2, hour: 11, expected: heat.counts[2]?.[11] }]);
  });
});
