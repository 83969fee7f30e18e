/**
 * The Compare panel's webview (dist/compareView.js) in Chromium under the panel's real CSP: one column per
 * campaign in its chart colour, a failed campaign said in its column, hostile names shown as text, the
 * click-through by mouse and keyboard, and no serious axe violation in the dark and light themes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { buildCompareModel } from '../../src/analytics/compare';
import { previousPeriod } from '../../src/api/range';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { CompareHostMessage } from '../../src/shared/compareProtocol';
import { demoAnalytics } from '../e2e/webview-harness/demoModel';
import { applyTheme, openHarness, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const HOSTILE = '<img src=x onerror="window.__pwned=true">Front';
const [A, B, C] = DEMO_CAMPAIGNS;
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const input = (id: string) => ({ current: demoAnalytics(id, RANGE), previous: demoAnalytics(id, previousPeriod(RANGE)) });
const MODEL = buildCompareModel([
  { id: A.id, name: HOSTILE, input: input(A.id) },
  { id: B.id, name: B.name, input: input(B.id) },
  { id: C.id, name: C.name, error: 'The NLPearl API had a server error (500).' },
], { locale: 'en' });

const STRINGS = { heading: 'Compare campaigns', openDashboard: 'Open dashboard', openDashboardOf: 'Open dashboard: {0}', failed: 'Could not load: {0}', keyFigures: 'Key figures', figure: 'Figure', changeRange: 'Change range…', reload: 'Refresh', updated: 'Updated {0} UTC', loading: 'Loading…', nothing: 'Nothing', demo: 'Demo data', table: 'Table', exportPng: 'Export PNG', exportCsv: 'Export CSV' };

async function deliver(page: Page, message: CompareHostMessage): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

describe('compare webview (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;

  before(async () => {
    session = await openHarness({ width: 1200, height: 900 });
    page = session.page;
    await page.goto(`${session.server.url}compare.html`);
    await applyTheme(page, 'dark');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'ready')`);
    await deliver(page, { type: 'init', strings: STRINGS, title: 'Compare', locale: 'en', isDemo: false });
    await deliver(page, { type: 'data', model: MODEL, rangeText: 'Mar 1 – 30, 2026', fetchedAt: Date.UTC(2026, 2, 31, 9, 30) });
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'rendered')`);
  });

  after(async () => {
    await session?.close();
  });

  it('shows one column per campaign, each KPI as its text, the failed campaign said in its own column', async () => {
    const state = (await page.evaluate(`({
      heads: [...document.querySelectorAll('.compare-table thead th .campaign-name')].map((e) => e.textContent),
      first: [...document.querySelectorAll('.compare-table tbody tr')[0].children].map((c) => c.querySelector('.kpi-value')?.textContent ?? c.textContent),
      alert: document.querySelector('.compare-table [role=alert]')?.textContent,
      charts: document.querySelectorAll('.chart-card').length,
      injected: document.querySelectorAll('img').length,
      pwned: window.__pwned === true,
      violations: window.__harness.violations.length,
      meta: document.querySelector('[data-role=range]').textContent,
    })`)) as { heads: string[]; first: string[]; alert: string; charts: number; injected: number; pwned: boolean; violations: number; meta: string };
    assert.deepEqual(state.heads, [HOSTILE, B.name, C.name]);
    const total = (c: number) => MODEL.campaigns[c]?.kpis?.[0]?.text;
    assert.deepEqual(state.first, ['Total calls', total(0), total(1), '—']);
    assert.equal(state.alert, 'Could not load: The NLPearl API had a server error (500).');
    assert.equal(state.charts, MODEL.charts.length);
    assert.equal(state.injected, 0, 'a hostile campaign name is text');
    assert.equal(state.pwned, false);
    assert.equal(state.violations, 0, 'no CSP violation');
    assert.equal(state.meta, 'Mar 1 – 30, 2026 · Updated 09:30 UTC');
  });

  it("draws each campaign's swatch in the theme colour its lines use", async () => {
    const colors = (await page.evaluate(`(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const css = (v) => { probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(v).trim(); return getComputedStyle(probe).color; };
      const out = { swatches: [...document.querySelectorAll('thead .swatch')].map((s) => getComputedStyle(s).backgroundColor), blue: css('--vscode-charts-blue'), orange: css('--vscode-charts-orange'), purple: css('--vscode-charts-purple') };
      probe.remove();
      return out;
    })()`)) as { swatches: string[]; blue: string; orange: string; purple: string };
    assert.deepEqual(colors.swatches, [colors.blue, colors.orange, colors.purple]);
    assert.equal(new Set(colors.swatches).size, 3);
    assert.deepEqual(MODEL.charts.find((c) => c.id === 'callsStatusTimeLine')?.series.map((s) => s.color), ['blue', 'orange']);
  });

  it("opens a campaign's dashboard by click and by keyboard", async () => {
    await page.locator('thead th[data-campaign] vscode-button').nth(1).click();
    await page.locator('thead th[data-campaign] vscode-button').nth(0).focus();
    await page.keyboard.press('Enter');
    const opened = (await page.evaluate(`window.__harness.posted.filter((m) => m.type === 'openDashboard').map((m) => m.campaignId)`)) as string[];
    assert.deepEqual(opened, [B.id, A.id]);
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`${theme}: no serious or critical axe violation`, async () => {
      await applyTheme(page, theme);
      if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.slice(0, 2).map((n) => JSON.stringify(n.target)).join(' ')))`)) as string[];
      assert.deepEqual(violations, []);
    });
  }
});
