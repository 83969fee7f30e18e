/**
 * The Account overview's webview (dist/overviewView.js) in Chromium under the panel's real CSP: rows and the total
 * row drawn from the host's own builders, sorting by click and by keyboard (aria-sort), an error row whose Retry
 * asks the host, a row opened by Enter, hostile names shown as text, and axe-core clean.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { overviewRow, overviewTotal, type CampaignState, type OverviewCampaign } from '../../src/analytics/overviewRows';
import { resolveOptions } from '../../src/analytics/options';
import type { OverviewHostMessage } from '../../src/shared/overviewProtocol';
import { analytics, bucket, emptyStatus } from '../unit/analytics.fixtures';
import { applyTheme, openHarness, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const HOSTILE = '<img src=x onerror="window.__pwned=true">Bad <b id="pwn">name</b>';
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const id = (n: number) => n.toString(16).padStart(24, '0');
const l10n = resolveOptions({ locale: 'en' });
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function state(calls: number, ok: number): CampaignState {
  const days = ['2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'];
  const a = analytics({
    callsStatusOverview: emptyStatus({ totalCalls: calls, successful: ok, unsuccessful: calls - ok }),
    callsStatusTimeLine: days.map((d, i) => bucket(d, { totalCalls: Math.round((calls * (i + 1)) / 6) })),
    callsSentimentOverview: { negative: 1, slightlyNegative: 0, neutral: 2, slightlyPositive: 0, positive: 3 },
  });
  return { state: 'loaded', current: a, previous: a };
}

const CAMPAIGNS: OverviewCampaign[] = [
  { id: id(1), name: 'Front desk', status: 'Running' },
  { id: id(2), name: HOSTILE, status: 'Running' },
  { id: id(3), name: 'Billing', status: 'Paused' },
  { id: id(4), name: 'After hours', status: 'Running', kind: 'outbound' },
];
const STATES: CampaignState[] = [state(120, 60), state(40, 30), { state: 'error', message: 'NLPearl answered 503: try again later.' }, state(300, 30)];
const ENTRIES = CAMPAIGNS.map((campaign, i) => ({ campaign, state: STATES[i] as CampaignState }));

const STRINGS = {
  heading: 'Account overview', range: 'Range', custom: 'Custom…', from: 'From', to: 'To', apply: 'Apply', refresh: 'Refresh',
  presetLast30: 'Last 30 days', presetLast7: 'Last 7 days', table: 'Campaigns in the range', name: 'Campaign', calls: 'Calls',
  successRate: 'Success rate', averageDuration: 'Avg. duration', cost: 'Cost', costPerCall: 'Cost per call', positiveShare: 'Positive sentiment',
  trend: 'Daily calls', sortBy: 'Sort by {0}', total: 'Account total', loadingRow: 'Loading…', errorRow: 'Could not load: {0}', retry: 'Retry',
  open: 'Open the dashboard of {0}', status: 'Status', kind: 'Kind', allStatuses: 'All statuses', allKinds: 'Inbound and outbound',
  inbound: 'Inbound', outbound: 'Outbound', progress: '{0} of {1} campaigns loaded', shown: '{0} of {1} campaigns shown',
};

const INIT: OverviewHostMessage = { type: 'init', title: 'NLPearl — Account overview', strings: STRINGS, locale: 'en', isDemo: true, preset: 'last30', range: RANGE };
const ROWS: OverviewHostMessage = {
  type: 'rows', generation: 1, rows: ENTRIES.map((e) => overviewRow(e.campaign, e.state, l10n)), total: overviewTotal(ENTRIES, l10n),
  done: 4, of: 4, rangeText: 'Mar 1 – 30, 2026', preset: 'last30', range: RANGE,
};

async function deliver(page: Page, message: OverviewHostMessage): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}
const names = (page: Page) => page.evaluate(`[...document.querySelectorAll('tbody tr th.name .open')].map((b) => b.textContent)`) as Promise<string[]>;
const sortState = (page: Page) => page.evaluate(`Object.fromEntries([...document.querySelectorAll('thead th[aria-sort]')].map((th) => [th.querySelector('button').dataset.sort, th.getAttribute('aria-sort')]))`) as Promise<Record<string, string>>;
const posted = (page: Page) => page.evaluate('window.__harness.posted') as Promise<Array<{ type: string; [k: string]: unknown }>>;

describe('overview webview (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;

  before(async () => {
    session = await openHarness({ width: 1200, height: 700 });
    page = session.page;
    await page.goto(`${session.server.url}overview.html`);
    await applyTheme(page, 'dark');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'ready')`);
    await deliver(page, INIT);
    await deliver(page, ROWS);
    await waitFor(page, `document.querySelectorAll('tbody tr').length === 4`);
  });

  after(async () => {
    await session?.close();
  });

  it('draws a row per campaign, most calls first, and a total row that names the campaign that failed', async () => {
    assert.deepEqual(await names(page), ['After hours', 'Front desk', HOSTILE, 'Billing']);
    const view = (await page.evaluate(`({
      total: [...document.querySelectorAll('tfoot tr.total td')].map((td) => td.querySelector('.value')?.textContent ?? ''),
      summary: document.querySelector('tfoot tr.total-summary').textContent,
      sparks: document.querySelectorAll('tbody svg.spark polyline').length,
      injected: document.querySelectorAll('tbody img, #pwn').length,
      pwned: window.__pwned === true,
      violations: window.__harness.violations.length,
      progressHidden: document.getElementById('overview-progress').hidden,
    })`)) as { total: string[]; summary: string; sparks: number; injected: number; pwned: boolean; violations: number; progressHidden: boolean };
    assert.equal(view.total[0], '460', 'the three loaded campaigns summed');
    assert.equal(view.total[1], '26.1%', '120 of 460 from the summed counts, not the mean of 50 %, 75 % and 10 %');
    assert.match(view.summary, /3 of 4 campaigns/);
    assert.match(view.summary, /failed to load: Billing/);
    assert.equal(view.sparks, 3, 'a sparkline for each loaded campaign');
    assert.equal(view.injected, 0, 'no element came from a campaign name');
    assert.equal(view.pwned, false);
    assert.equal(view.violations, 0, 'no CSP violation');
    assert.equal(view.progressHidden, true, 'no progress bar once all settled');
  });

  it('sorts by a click on a header, and again the other way, with aria-sort telling which', async () => {
    await page.click('thead button[data-sort="successRate"]');
    assert.deepEqual(await names(page), [HOSTILE, 'Front desk', 'After hours', 'Billing']);
    assert.equal((await sortState(page)).successRate, 'descending');
    assert.equal((await sortState(page)).calls, 'none');
    await page.click('thead button[data-sort="successRate"]');
    assert.deepEqual(await names(page), ['After hours', 'Front desk', HOSTILE, 'Billing'], 'the failed campaign stays last');
    assert.equal((await sortState(page)).successRate, 'ascending');
  });

  it('sorts from the keyboard: the header buttons take Enter and Space, and keep the focus', async () => {
    await page.focus('thead button[data-sort="calls"]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.deepEqual(await names(page), ['After hours', 'Billing', 'Front desk', HOSTILE].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    assert.equal((await sortState(page)).name, 'ascending');
    assert.equal(await page.evaluate(`document.activeElement.dataset.sort`), 'name');
    await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    assert.equal((await sortState(page)).calls, 'descending');
  });

  it('opens a campaign with Enter on its name, and asks the host to retry a failed one', async () => {
    await page.focus(`tr[data-id="${id(1)}"] .open`);
    await page.keyboard.press('Enter');
    await page.click(`tr[data-id="${id(3)}"] button.retry`);
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'retry')`);
    const messages = await posted(page);
    assert.deepEqual(messages.find((m) => m.type === 'openCampaign'), { type: 'openCampaign', campaignId: id(1) });
    assert.deepEqual(messages.find((m) => m.type === 'retry'), { type: 'retry', campaignId: id(3) });
    assert.match((await page.textContent(`tr[data-id="${id(3)}"] td.error`)) ?? '', /503/);
  });

  it('filters by status and by kind, and tells the host so its total covers what is shown', async () => {
    await page.selectOption('#kind-filter', 'outbound');
    assert.deepEqual(await names(page), ['After hours']);
    await page.selectOption('#kind-filter', 'inbound');
    assert.equal((await names(page)).length, 3, 'campaigns without a kind count as inbound');
    await page.selectOption('#kind-filter', '');
    await page.selectOption('#status-filter', 'Paused');
    assert.deepEqual(await names(page), ['Billing']);
    const filters = (await posted(page)).filter((m) => m.type === 'filter');
    assert.deepEqual(filters.at(-1), { type: 'filter', status: 'Paused', kind: '' });
    await page.selectOption('#status-filter', '');
  });

  it('keeps its sort when the webview comes back (hidden, then shown again), the rows sent anew', async () => {
    await page.click('thead button[data-sort="cost"]');
    assert.equal((await sortState(page)).cost, 'descending');
    await page.reload();
    await applyTheme(page, 'dark');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'ready')`);
    await deliver(page, INIT);
    await deliver(page, ROWS);
    await waitFor(page, `document.querySelectorAll('tbody tr').length === 4`);
    assert.equal((await sortState(page)).cost, 'descending');
  });

  for (const theme of ['dark', 'light', 'highContrast'] as const) {
    it(`${theme}: no serious or critical axe violation`, async () => {
      await applyTheme(page, theme);
      if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' | ')))`)) as string[];
      assert.deepEqual(violations, []);
    });
  }
});
