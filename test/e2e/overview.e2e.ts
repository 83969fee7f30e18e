// The Account overview in a real VS Code (code-server + Chromium, packaged .vsix) against the fake NLPearl API:
// opened from the palette, a row per campaign and a total that adds them up, sorted by mouse and keyboard, and a
// row opened with Enter into that campaign's dashboard for the same range (from the shared cache: no request).
import * as assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { DEMO_CAMPAIGNS, makeDemoCampaign, type DemoCampaign } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { runCommand, startWorkbench, webviewFrame, type Workbench } from './harness';
import { analyticsPosts, DARK, eventually, extensionLoaded, readmeScreenshot, signIn } from './fixtures/nlpearl';

const CAMPAIGNS: readonly DemoCampaign[] = [
  DEMO_CAMPAIGNS[0] as DemoCampaign,
  DEMO_CAMPAIGNS[1] as DemoCampaign,
  makeDemoCampaign(2, { name: 'Billing Hotline — Riverside Water', status: 2 }),
];
const number = (text: string) => Number(text.replace(/[^\d.]/g, ''));

describe('account overview (fake API)', function () {
  this.timeout(120_000);
  let fake: FakeApi;
  let workbench: Workbench;
  let view: FrameLocator;

  const names = () => view.locator('tbody tr .open').allInnerTexts();
  const sortOf = (key: string) => view.locator(`thead th:has(button[data-sort="${key}"])`).getAttribute('aria-sort');

  before(async () => {
    // An inbound-only account: the rows are exactly CAMPAIGNS (the outbound demo campaigns are the fake's default).
    fake = await startFakeApi({ campaigns: CAMPAIGNS, outbound: [] });
    workbench = await startWorkbench({ settings: { ...DARK, 'nlpearl.apiBaseUrl': fake.url, 'nlpearl.apiVersion': 'v1', 'nlpearl.defaultRange': 'last30' } });
    await extensionLoaded(workbench.page);
    await signIn(workbench.page, fake);
  });

  after(async () => {
    await workbench?.stop();
    await fake?.close();
  });

  it('opens from the palette with a row per campaign and a total row that adds them up', async () => {
    await runCommand(workbench.page, 'NLPearl: Show Account Overview');
    await workbench.page.locator('.tabs-container .tab', { hasText: 'Account overview' }).waitFor({ state: 'visible' });
    view = webviewFrame(workbench.page);
    await view.locator('tbody tr.loaded').nth(CAMPAIGNS.length - 1).waitFor({ state: 'visible', timeout: 30_000 });
    assert.deepEqual((await names()).sort(), CAMPAIGNS.map((c) => c.name).sort());
    const calls = await view.locator('tbody tr.loaded td:nth-child(2) .value').allInnerTexts();
    const total = await view.locator('tfoot tr.total td:nth-child(2) .value').innerText();
    assert.equal(number(total), calls.reduce((sum, t) => sum + number(t), 0), `total ${total} of ${calls.join(', ')}`);
    assert.match(await view.locator('tfoot tr.total-summary').innerText(), /3 of 3 campaigns/);
    await readmeScreenshot(workbench.page, 'overview');
  });

  it('sorts by a click on a header and by Enter on a focused one, aria-sort following', async () => {
    await view.locator('thead button[data-sort="name"]').click();
    const ascending = [...CAMPAIGNS.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    await eventually(async () => ((await names()).join('|') === ascending.join('|') ? true : undefined), 'names in ascending order');
    assert.equal(await sortOf('name'), 'ascending');
    await view.locator('thead button[data-sort="name"]').focus();
    await workbench.page.keyboard.press('Enter');
    await eventually(async () => ((await names()).join('|') === [...ascending].reverse().join('|') ? true : undefined), 'names in descending order');
    assert.equal(await sortOf('name'), 'descending');
    await workbench.page.keyboard.press('Tab');
    await workbench.page.keyboard.press('Enter');
    assert.equal(await sortOf('calls'), 'descending');
    assert.equal(await sortOf('name'), 'none');
  });

  it('opens a campaign’s dashboard with Enter on its row, for the same range, from the shared cache', async () => {
    const first = (await names())[0] as string;
    const before = analyticsPosts(fake).length;
    await view.locator('tbody tr .open').first().focus();
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.tabs-container .tab', { hasText: `${first} — Inbound Analytics` }).waitFor({ state: 'visible', timeout: 20_000 });
    const dashboard = webviewFrame(workbench.page);
    await eventually(async () => ((await dashboard.locator('#campaign-name').innerText()) === first ? true : undefined), 'the dashboard header');
    assert.equal(analyticsPosts(fake).length, before, 'the overview’s range and figures, no new request');
  });
});
