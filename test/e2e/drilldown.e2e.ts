// Drill-down in a real VS Code (code-server + Chromium, packaged .vsix) against the fake NLPearl API: from a bar of
// "Calls per day by status" to that day's calls in the Calls panel, and on to a call's document — with the mouse,
// then with the keyboard only (a row of the chart's Table view, Enter; a row of the Calls panel, Enter).
import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { DEMO_CAMPAIGNS, demoAnalyticsJson } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { startWorkbench, type Workbench } from './harness';
import { DARK, eventually, extensionLoaded, localDays, openDashboard, readmeScreenshot, signIn } from './fixtures/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0];
const FIRST_DAY = '2026-01-05';
const LAST_DAY = '2026-01-11';
const RANGE = localDays(FIRST_DAY, LAST_DAY);
/** The bar clicked: the third day of the chart (a whole UTC day inside the range in any zone). */
const DAY = 2;

interface Hooks {
  __nlpearlDashboard: { barPosition(id: string, index: number, series: number): { x: number; y: number } | undefined };
}

function dayFigures(): { successful: number; total: number; date: string } {
  const timeline = [...demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1').callsStatusTimeLine].sort((a, b) => a.date.localeCompare(b.date));
  const bucket = timeline[DAY];
  assert.ok(bucket);
  return { successful: bucket.successful, total: bucket.totalCalls, date: bucket.date };
}

describe('drill-down: from a chart to the calls and a call (fake API)', function () {
  this.timeout(180_000);
  let fake: FakeApi;
  let workbench: Workbench;

  const searches = () => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).map((r) => JSON.parse(r.body) as Record<string, unknown>);
  const callsTab = () => workbench.page.locator('.tabs-container .tab', { hasText: `Calls — ${CAMPAIGN.name}` });
  const dashboardTab = () => workbench.page.locator('.tabs-container .tab', { hasText: `${CAMPAIGN.name} — Inbound Analytics` });
  /** The visible webview whose document holds `selector` (the dashboard's iframe is hidden behind the Calls panel's). */
  async function viewWith(selector: string): Promise<FrameLocator> {
    return eventually(async () => {
      const count = await workbench.page.locator('iframe.webview.ready').count();
      for (let i = count - 1; i >= 0; i--) {
        const frame = workbench.webview(i);
        if ((await frame.locator(selector).count()) > 0) return frame;
      }
      return undefined;
    }, `a webview with ${selector}`, 30_000);
  }

  async function callDocumentText(): Promise<string> {
    return eventually(async () => {
      const lines = workbench.page.locator('.editor-instance .view-lines');
      // Monaco draws spaces as no-break spaces.
      const texts = (await lines.allInnerTexts().catch(() => [])).map((t) => t.replace(/\u00a0/g, ' '));
      return texts.find((t) => /# Call /.test(t));
    }, 'the call document', 30_000);
  }

  before(async () => {
    fake = await startFakeApi();
    workbench = await startWorkbench({ settings: { ...DARK, 'nlpearl.apiBaseUrl': fake.url, 'nlpearl.apiVersion': 'v1' } });
    try {
      await extensionLoaded(workbench.page);
      await signIn(workbench.page, fake);
      await openDashboard(workbench.page, CAMPAIGN.name, FIRST_DAY, LAST_DAY);
      await (await viewWith('[data-chart="callsStatusTimeLine"] canvas')).locator('[data-chart="callsStatusTimeLine"] [data-role="drill-hint"]').waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      console.error(`    kept: ${(await workbench.keepArtifacts('drilldown-before')).join(', ')}`);
      throw error;
    }
  });

  after(async () => {
    await workbench?.stop();
    await fake?.close();
  });

  it("a click on a day's Successful bar opens that day's successful calls, counted as the chart did, then a call's document", async () => {
    const { successful, date } = dayFigures();
    assert.ok(successful > 0, 'the demo day has successful calls');
    const view = await viewWith('[data-chart="callsStatusTimeLine"] canvas');
    const hint = await view.locator('[data-chart="callsStatusTimeLine"] [data-role="drill-hint"]').innerText();
    assert.match(hint, /^Click a bar to see that day's calls with that outcome/);
    // The successful series is the first drawn; its bar of the third day, at its centre.
    const canvas = view.locator('[data-chart="callsStatusTimeLine"] canvas');
    const at = await eventually(() => canvas.evaluate((_, day) => (globalThis as unknown as Hooks).__nlpearlDashboard.barPosition('callsStatusTimeLine', day, 0), DAY), 'the bar position');
    fake.requests.length = 0;
    await canvas.click({ position: at });
    await callsTab().waitFor({ state: 'visible', timeout: 30_000 });
    const calls = await viewWith('.count');
    await calls.locator('.count', { hasText: `${successful} calls` }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await calls.locator('.count').innerText(), `${successful} calls`, 'the chart and the search agree: one count');
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${date.slice(0, 10)}T00:00:00Z`));
    assert.match((await calls.locator('.note').innerText()).replace(/\u202f/g, ' '), new RegExp(`^From the dashboard: calls from ${day}, 12:00 AM to ${day}, 11:59 PM \\(UTC\\)\\.$`));
    const bodies = searches();
    assert.equal(bodies.length, 1, 'one search page');
    assert.deepEqual([bodies[0]?.statuses, bodies[0]?.toDate], [[100], new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + 86_400_000 - 1).toISOString()]);
    const outcomes = await calls.locator('.scroller .row .cell.outcome').allInnerTexts();
    assert.ok(outcomes.length > 0 && outcomes.every((o) => o === 'Success'), `rows: ${outcomes.join(', ')}`);
    await readmeScreenshot(workbench.page, 'calls');
    await calls.locator('.scroller .row').first().click();
    const text = await callDocumentText();
    await readmeScreenshot(workbench.page, 'call-document');
    assert.match(text, /# Call Success/);
    assert.match(text, /\| Outcome \| Success \(100\) \|/);
    assert.doesNotMatch(text, /\| Tags \|[^|]*\b[0-9a-f]{24}\b/, 'tags by their label names, as the panel showed them, not ids');
    assert.ok(text.includes(`${date.slice(0, 10)} `), `the call of the clicked day (${date.slice(0, 10)} UTC): ${text.slice(0, 300)}`);
  });

  it("with the keyboard only: Enter on a day's row of the chart's table opens all that day's calls, Enter on a call opens it", async () => {
    const { total } = dayFigures();
    // Back to the dashboard's tab (the path under test starts there).
    await dashboardTab().click();
    const view = await viewWith('[data-chart="callsStatusTimeLine"] [data-role="table-toggle"]');
    const toggle = view.locator('[data-chart="callsStatusTimeLine"] [data-role="table-toggle"]');
    await toggle.focus();
    await workbench.page.keyboard.press('Enter');
    const row = view.locator(`[data-chart="callsStatusTimeLine"] tr[data-row="${DAY}"]`);
    await row.waitFor({ state: 'visible' });
    // Tab from the toggle: PNG, CSV, the table's scroll region, then its rows in order.
    await eventually(async () => {
      await workbench.page.keyboard.press('Tab');
      return (await row.evaluate((r) => r === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)) ? true : undefined;
    }, 'Tab to reach the day\'s row');
    fake.requests.length = 0;
    const tabsBefore = await callsTab().count();
    await workbench.page.keyboard.press('Enter');
    await eventually(async () => ((await callsTab().count()) > tabsBefore ? true : undefined), 'a second Calls tab', 30_000);
    const calls = await viewWith('.count');
    await calls.locator('.count', { hasText: `${total} calls` }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(searches()[0]?.statuses, undefined, 'the whole day, every outcome');
    const first = calls.locator('.scroller .row').first();
    await first.waitFor({ state: 'visible' });
    await first.focus();
    await workbench.page.keyboard.press('Enter');
    assert.match(await callDocumentText(), /# Call /);
  });
});
