/**
 * The dashboard says ready before its script has downloaded (src/dashboard/html.ts, EARLY_READY), so the host's
 * init and data can arrive while the script is still on its way — as on a slow or cold open in VS Code, where the
 * webview's messages reach the page before its scripts have run. They must all be shown, once, in order.
 */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { DEMO_CAMPAIGNS } from '../../src/demo/campaigns';
import { demoAnalytics } from '../e2e/webview-harness/demoModel';
import { applyTheme, deliver, initMessage, openHarness, posted, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };
const SCRIPT_DELAY_MS = 1_500;

describe('dashboard: the host\'s messages that arrive before the app\'s script (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900 });
  });

  after(async () => {
    await session?.close();
  });

  it('says ready at once, keeps init, loading and data until the app listens, then shows them', async () => {
    const page = session.page;
    // 'commit': the page is not waited for, so the messages go while the script is still being served.
    await page.goto(`${session.server.url}?scriptDelayMs=${SCRIPT_DELAY_MS}`, { waitUntil: 'commit' });
    await waitFor(page, `window.__harness && window.__harness.posted.some((m) => m.type === 'ready')`);
    const model = buildDashboardModel({ current: demoAnalytics(DEMO_CAMPAIGNS[0].id, RANGE), previous: null, range: RANGE });
    await deliver(page, initMessage({ range: RANGE, campaign: { id: 'camp-1', name: 'Early desk', status: 'Running' } }));
    await deliver(page, { type: 'loading', requestId: 1, range: RANGE, preset: null, windows: 1 });
    await deliver(page, { type: 'data', requestId: 1, model, fetchedAt: Date.parse('2026-03-31T09:41:00Z'), stale: false, windows: 1, range: RANGE, preset: null });
    assert.equal(await page.evaluate('typeof window.__nlpearlDashboard'), 'undefined', 'the app had not run when the messages arrived');
    assert.equal(await page.evaluate('window.__nlpearlBoot.kept.length'), 3, 'all three kept by the early script');

    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'rendered' && m.requestId === 1)`, 20_000);
    await applyTheme(page, 'dark');
    const shown = (await page.evaluate(`({
      title: document.title,
      heading: document.querySelector('h1')?.textContent ?? '',
      kpis: [...document.querySelectorAll('[data-kpi] .kpi-value')].map((e) => e.textContent.trim()),
      boot: typeof window.__nlpearlBoot,
    })`)) as { title: string; heading: string; kpis: string[]; boot: string };
    assert.match(shown.heading, /Early desk/, 'the init that came early was applied');
    assert.equal(shown.kpis.length, model.kpis.length);
    assert.ok(shown.kpis.every((text) => text !== '' && text !== '—'), `KPI figures shown: ${shown.kpis.join(', ')}`);
    assert.equal(shown.boot, 'undefined', 'the webview API is no longer left on the page');
    const types = (await posted(page)).map((m) => m.type);
    assert.equal(types.filter((t) => t === 'ready').length, 1, `one ready: ${types.join(', ')}`);
    assert.equal(types.filter((t) => t === 'rendered').length, 1, `one render of the one data message: ${types.join(', ')}`);
  });
});
