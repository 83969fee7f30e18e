/**
 * Where Chart.js puts the bars of a year's daily charts, measured on the drawn chart in Chromium: a day's outcome
 * segments sit on one another in one column centred on the day (not side by side), a bar and the line drawn
 * with it share the day's centre, bars of two series that are not stacked stand side by side without overlapping,
 * and neighbouring days keep a gap between them. The dashboard tells Chart.js when a chart holds one bar per
 * category (`grouped: false`: the same pixels, without its per-bar search of the other bar series). The side-by-side
 * test fails when that is told of every chart; the other two hold either way and guard the layout itself (against
 * a Chart.js upgrade or another option changing where the bars go).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loadModel, loadPage, openHarness, type HarnessSession } from '../e2e/webview-harness/harness';
import { demoModel } from '../e2e/webview-harness/demoModel';
import type { DashboardModel, ModelChart } from '../../src/shared/protocol';

const YEAR = { from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' };
const SIDE_BY_SIDE = 'callEventsCounts';

interface Box { centre: number; thickness: number; from: number; to: number }

async function box(page: Page, chart: string, index: number, series: number): Promise<Box> {
  const found = (await page.evaluate(`window.__nlpearlDashboard.barBox(${JSON.stringify(chart)}, ${index}, ${series})`)) as Box | undefined;
  assert.ok(found, `no bar ${index} of series ${series} in ${chart}`);
  return found;
}

const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.5, `${what}: ${a} vs ${b}`);

/** The events chart with a second bar series beside the first (what a comparison of two sets looks like). */
function withSideBySide(model: DashboardModel): DashboardModel {
  return {
    ...model,
    charts: model.charts.map((c) => {
      const first = c.series[0];
      if (c.id !== SIDE_BY_SIDE || !first) return c;
      assert.equal(c.kind, 'bar');
      return { ...c, series: [first, { ...first, label: `${first.label} (again)`, color: 'orange', pointColors: null, pointRoles: null }] };
    }),
  };
}

describe('bars of a year of days (Chromium)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;
  let model: DashboardModel;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900 });
    page = session.page;
    await loadPage(session, 'dark');
    model = withSideBySide(demoModel(YEAR));
    await loadModel(page, model, { init: undefined });
  });

  after(async () => {
    await session?.close();
  });

  it('stacks a day\'s outcomes in one column centred on the day, with a gap to the next day', async () => {
    const chart = model.charts.find((c) => c.id === 'callsStatusTimeLine') as ModelChart;
    assert.equal(chart.kind, 'stacked');
    assert.equal(chart.categories.length, 365);
    assert.ok(chart.series.length >= 3, `${chart.series.length} outcomes`);
    for (const day of [0, 181, 364]) {
      const segments = await Promise.all(chart.series.map((_, s) => box(page, chart.id, day, s)));
      const [first] = segments;
      assert.ok(first);
      for (const segment of segments) {
        near(segment.centre, first.centre, `day ${day}: centre`);
        near(segment.thickness, first.thickness, `day ${day}: width`);
      }
      // Canvas y grows downwards: from the axis up, each drawn segment's lower edge is the top of the one below.
      const drawn = segments.filter((s) => s.to - s.from > 0.5).sort((a, b) => b.to - a.to);
      assert.ok(drawn.length >= 2, `day ${day}: ${drawn.length} segments drawn`);
      for (let i = 1; i < drawn.length; i++) near((drawn[i] as Box).to, (drawn[i - 1] as Box).from, `day ${day}: segment ${i} on ${i - 1}`);
    }
    const [a, b] = [await box(page, chart.id, 100, 0), await box(page, chart.id, 101, 0)];
    const spacing = b.centre - a.centre;
    assert.ok(spacing > 0, `days left to right (${spacing})`);
    // Chart.js's defaults: 80 % of a day's width for its bars, 90 % of that for a bar: 72 %.
    near(a.thickness, spacing * 0.72, 'a bar is 72 % of a day');
  });

  it('centres the cost bar of a day under that day\'s point of the line drawn with it', async () => {
    const chart = model.charts.find((c) => c.id === 'callsCostTimeLine') as ModelChart;
    const barSeries = chart.series.findIndex((s) => s.type !== 'line');
    const lineSeries = chart.series.findIndex((s) => s.type === 'line');
    assert.ok(barSeries >= 0 && lineSeries >= 0, 'a bar series and a line series');
    for (const day of [0, 200, 364]) {
      const bar = await box(page, chart.id, day, barSeries);
      const point = (await page.evaluate(`window.__nlpearlDashboard.barPosition(${JSON.stringify(chart.id)}, ${day}, ${lineSeries})`)) as { x: number } | undefined;
      assert.ok(point, `the line's point of day ${day}`);
      near(bar.centre, point.x, `day ${day}`);
    }
  });

  it('puts bars of two series that are not stacked side by side, each half as wide, without overlap', async () => {
    await page.locator(`[data-chart="${SIDE_BY_SIDE}"] canvas`).scrollIntoViewIfNeeded();
    const spacing = (await box(page, SIDE_BY_SIDE, 1, 0)).centre - (await box(page, SIDE_BY_SIDE, 0, 0)).centre;
    assert.ok(spacing > 0, `categories left to right (${spacing})`);
    const left = await box(page, SIDE_BY_SIDE, 1, 0);
    const right = await box(page, SIDE_BY_SIDE, 1, 1);
    near(left.thickness, right.thickness, 'equal widths');
    // At 1280 px the card is narrow enough that Chart.js's 48 px bar cap (maxBarThickness) does not apply.
    assert.ok(left.thickness < 48, `bars of ${left.thickness} px: the cap would decide their width`);
    // The two share the 80 % of the category a single bar series has; each bar is 90 % of its half.
    near(left.thickness, (spacing * 0.8 * 0.9) / 2, 'each half as wide as a bar alone');
    near(right.centre - left.centre, (spacing * 0.8) / 2, 'the right bar beside the left one, not over it');
  });
});
