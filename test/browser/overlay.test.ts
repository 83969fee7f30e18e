/**
 * The dashboard's "vs previous period" toggle in Chromium under the real CSP: off at first, a pressed button that
 * lays the previous period's dashed line over the daily line charts (and adds its column to their tables), and off
 * again. The model comes from the demo data with the overlay built the way the host's data message builds it.
 */
import assert from 'node:assert/strict';
import { resolveOptions } from '../../src/analytics/options';
import { overlayField } from '../../src/analytics/overlay';
import { previousPeriod } from '../../src/api/range';
import { DEMO_CAMPAIGNS } from '../../src/demo/campaigns';
import { buildDashboardModel } from '../../src/analytics/model';
import { demoAnalytics } from '../e2e/webview-harness/demoModel';
import { loadModel, loadPage, openHarness, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };

interface Hooks {
  __nlpearlDashboard: { chartColors(): Record<string, string[]> };
}

describe('dashboard: previous period overlay (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900 });
    await loadPage(session, 'dark');
    const id = DEMO_CAMPAIGNS[0].id;
    const previousRange = previousPeriod(RANGE);
    const input = { current: demoAnalytics(id, RANGE), previous: demoAnalytics(id, previousRange), range: RANGE, previousRange };
    const model = buildDashboardModel(input);
    await loadModel(session.page, { ...model, ...overlayField(model.charts, input, resolveOptions()) });
  });

  after(async () => {
    await session?.close();
  });

  const lines = () => session.page.evaluate(() => (globalThis as unknown as Hooks).__nlpearlDashboard.chartColors().callsAverageTimeLine?.length ?? 0);

  it('starts off: one line per chart and an unpressed toggle', async () => {
    assert.equal(await session.page.getAttribute('#overlay-toggle', 'aria-pressed'), 'false');
    assert.equal(await lines(), 1);
  });

  it('draws the previous period over the daily lines when pressed, and takes it away again', async () => {
    await session.page.click('#overlay-toggle');
    await waitFor(session.page, `window.__nlpearlDashboard.chartColors().callsAverageTimeLine.length === 2`);
    assert.equal(await session.page.getAttribute('#overlay-toggle', 'aria-pressed'), 'true');
    const columns = (await session.page.evaluate(`[...document.querySelectorAll('[data-chart="callsAverageTimeLine"] table th[scope="col"], [data-chart="callsAverageTimeLine"] table thead th')].map((th) => th.textContent)`)) as string[];
    assert.ok(columns.includes('Previous period'), `table columns: ${columns.join(', ')}`);
    await session.page.click('#overlay-toggle');
    await waitFor(session.page, `window.__nlpearlDashboard.chartColors().callsAverageTimeLine.length === 1`);
    assert.equal(await session.page.getAttribute('#overlay-toggle', 'aria-pressed'), 'false');
  });
});
