/**
 * What a user sees first when a dashboard opens: the KPI figures are painted before any chart is drawn, the charts
 * in view are drawn by the time the webview reports its first complete render, the rest follow without scrolling,
 * and nothing on the page moves while they arrive (layout shifts measured by Chromium's own PerformanceObserver).
 */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { DEMO_CAMPAIGNS } from '../../src/demo/campaigns';
import { demoAnalytics } from '../e2e/webview-harness/demoModel';
import { deliver, initMessage, loadPage, openHarness, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };

interface Probe {
  atData?: { kpis: string[]; pending: number; canvases: number };
  firstFrame?: { pending: number; at: number };
  atRendered?: { inView: string[]; drawnInView: string[] };
  renderedAt?: number;
  shifts: Array<{ value: number; at: number; nodes: string[] }>;
}

// In-page source text (no DOM types in the Node tsconfig). The message listener is added after the app's, so it
// runs right after the app handled the data message, before the browser paints.
const IN_PAGE_PROBE = `(() => {
  const probe = { shifts: [] };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.shifts.push({ value: e.value, at: e.startTime, nodes: (e.sources || []).map((s) => s.node ? (s.node.className || s.node.nodeName) : '?') });
  }).observe({ type: 'layout-shift' });
  const hooks = () => window.__nlpearlDashboard;
  window.addEventListener('message', (event) => {
    if (!event.data || event.data.type !== 'data') return;
    probe.atData = {
      kpis: [...document.querySelectorAll('[data-kpi] .kpi-value')].map((e) => e.textContent.trim()),
      pending: hooks().pendingCharts(),
      canvases: document.querySelectorAll('[data-chart] canvas').length,
    };
    requestAnimationFrame(() => { probe.firstFrame = { pending: hooks().pendingCharts(), at: performance.now() }; });
  });
  const posted = window.__harness.posted;
  const push = posted.push.bind(posted);
  posted.push = (...messages) => {
    if (messages[0] && messages[0].type === 'rendered') {
      const drawn = hooks().chartColors();
      const inView = [...document.querySelectorAll('[data-chart]')]
        .filter((c) => c.querySelector('canvas') && c.getBoundingClientRect().top < window.innerHeight)
        .map((c) => c.dataset.chart);
      probe.atRendered = { inView, drawnInView: inView.filter((id) => (drawn[id] || []).length > 0) };
      probe.renderedAt = performance.now();
    }
    return push(...messages);
  };
})()`;

describe('dashboard: first paint — KPI figures before charts, no layout shift (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let probe: Probe;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900, reducedMotion: false });
    await loadPage(session, 'dark');
    const page = session.page;
    await page.evaluate(IN_PAGE_PROBE);
    const init = initMessage({ range: RANGE });
    await deliver(page, init);
    await deliver(page, { type: 'loading', requestId: 1, range: RANGE, preset: null, windows: 1 });
    const model = buildDashboardModel({ current: demoAnalytics(DEMO_CAMPAIGNS[0].id, RANGE), previous: null, range: RANGE });
    await deliver(page, { type: 'data', requestId: 1, model, fetchedAt: Date.parse('2026-03-31T09:41:00Z'), stale: false, windows: 1, range: RANGE, preset: null });
    await waitFor(page, `window.__probe.renderedAt !== undefined && window.__nlpearlDashboard.pendingCharts() === 0`);
    // Chart.js animates each chart in for 300 ms; shifts are looked for until the last one settled.
    await page.waitForTimeout(500);
    probe = (await page.evaluate('window.__probe')) as Probe;
  });

  after(async () => {
    await session?.close();
  });

  it('shows the KPI figures while no chart is drawn yet, in the first frame after the data arrives', () => {
    assert.ok(probe.atData, 'the data message reached the page');
    assert.ok(probe.atData.kpis.length >= 4, `KPI figures on the page: ${probe.atData.kpis.join(' | ')}`);
    assert.ok(probe.atData.kpis.every((v) => v !== ''), 'every KPI card has its figure');
    assert.ok(probe.atData.canvases >= 5, `${probe.atData.canvases} chart canvases`);
    assert.equal(probe.atData.pending, probe.atData.canvases, 'no chart drawn together with the KPI figures');
    assert.equal(probe.firstFrame?.pending, probe.atData.canvases, 'the frame that paints the KPI figures draws no chart');
  });

  it('has drawn every chart in view when it reports the first complete render', () => {
    assert.ok(probe.atRendered, 'the render was reported');
    assert.ok(probe.atRendered.inView.length >= 1, 'at least one chart is in view at 1280×900');
    assert.deepEqual(probe.atRendered.drawnInView, probe.atRendered.inView);
  });

  it('draws the charts below the fold too, without the user scrolling', async () => {
    const colors = (await session.page.evaluate('window.__nlpearlDashboard.chartColors()')) as Record<string, string[]>;
    const canvases = (await session.page.evaluate(`[...document.querySelectorAll('[data-chart]')].filter((c) => c.querySelector('canvas')).map((c) => c.dataset.chart)`)) as string[];
    assert.deepEqual(canvases.filter((id) => (colors[id] ?? []).length === 0), [], 'charts never drawn');
  });

  it('moves nothing on the page while the charts arrive (no layout shift after the KPI figures were painted)', () => {
    const since = probe.firstFrame?.at;
    assert.ok(since !== undefined, 'the first frame was seen');
    const after = probe.shifts.filter((s) => s.at >= since);
    const total = after.reduce((sum, s) => sum + s.value, 0);
    assert.equal(total, 0, `layout shifts: ${JSON.stringify(after)}`);
  });
});
