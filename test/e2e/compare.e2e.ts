// Compare Campaigns in a real VS Code (code-server + Chromium, packaged .vsix) against the fake NLPearl API, as a
// user does it: the palette, two campaigns ticked in the quick pick, a range, then the panel's columns and the
// keyboard path from a column to that campaign's dashboard.
import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { DEMO_CAMPAIGNS, demoAnalyticsJson } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { quickInput, runCommand, startWorkbench, type Workbench } from './harness';
import { DARK, eventually, extensionLoaded, localDays, pickCustomRange, readmeScreenshot, signIn, waitForInput } from './fixtures/nlpearl';

const [A, B] = DEMO_CAMPAIGNS;
const FIRST_DAY = '2026-01-05';
const LAST_DAY = '2026-02-03';
const RANGE = localDays(FIRST_DAY, LAST_DAY);
const countText = (value: number): string => new Intl.NumberFormat('en').format(value);

describe('compare campaigns (fake API)', function () {
  this.timeout(150_000);
  let fake: FakeApi;
  let workbench: Workbench;
  let view: FrameLocator;

  before(async () => {
    fake = await startFakeApi();
    workbench = await startWorkbench({ settings: { ...DARK, 'nlpearl.apiBaseUrl': fake.url, 'nlpearl.apiVersion': 'v1' } });
    await extensionLoaded(workbench.page);
    await signIn(workbench.page, fake);
  });

  after(async () => {
    await workbench?.stop();
    await fake?.close();
  });

  it('ticks two campaigns in the quick pick, picks a range, and shows one column each with its own total', async () => {
    const { page } = workbench;
    await runCommand(page, 'NLPearl: Compare Campaigns');
    await waitForInput(page, 'NLPearl: Compare Campaigns', 20_000);
    for (const name of [A.name, B.name]) {
      const row = quickInput(page).rows.filter({ has: page.locator('.label-name', { hasText: name }) }).first();
      await row.waitFor({ state: 'visible' });
      await row.click();
    }
    await page.keyboard.press('Enter');
    await pickCustomRange(page, FIRST_DAY, LAST_DAY);
    view = workbench.webview('last');
    await view.locator('.compare-table').waitFor({ state: 'visible', timeout: 30_000 });
    const columns = await view.locator('thead .campaign-name').allInnerTexts();
    assert.deepEqual([...columns].sort(), [A.name, B.name].sort());
    const totals = await eventually(async () => {
      const cells = await view.locator('td[data-kpi="totalCalls"] .kpi-value').allInnerTexts();
      return cells.length === 2 ? cells : undefined;
    }, 'the two totals');
    const expected = columns.map((name) => {
      const id = name === A.name ? A.id : B.id;
      return countText(demoAnalyticsJson(id, RANGE, 'v1').callsStatusOverview.totalCalls);
    });
    assert.deepEqual(totals, expected, 'each column shows its campaign’s total for the range');
    assert.ok((await view.locator('.chart-card').count()) >= 5, 'the shared-axis charts');
    await readmeScreenshot(page, 'compare');
  });

  it('opens a column’s campaign dashboard with the keyboard', async () => {
    const { page } = workbench;
    const second = (await view.locator('thead .campaign-name').allInnerTexts())[1] ?? '';
    await view.locator('thead th[data-campaign] vscode-button').nth(1).focus();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab', { hasText: `${second} — Inbound Analytics` }).waitFor({ state: 'visible', timeout: 30_000 });
  });
});
