// The NLPearl side bar and the palette flow in a real VS Code (code-server + Chromium, packaged .vsix):
// signed out (welcome, demo), then signed in against the fake NLPearl API (rows, key figures, 401 row).
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, makeDemoCampaign, type DemoCampaign } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { notifications, runCommand, startWorkbench, waitForNotification, type Workbench } from './harness';
import {
  analyticsPosts, DARK, eventually, extensionLoaded, localDays, pickCustomRange, pickRow, quickPickLabels, readmeScreenshot, signIn, widenSideBar,
} from './fixtures/nlpearl';

/** The fake account's campaigns: not the demo list, so the tree visibly shows what the API sent. */
const FAKE_CAMPAIGNS: readonly DemoCampaign[] = [
  DEMO_CAMPAIGNS[1] as DemoCampaign,
  makeDemoCampaign(3, { name: 'Billing Hotline — Riverside Water', status: 2 }),
  DEMO_CAMPAIGNS[3] as DemoCampaign,
];
const STATUS_WORDS: Record<number, string> = { 1: 'Running', 2: 'Paused', 3: 'Suspended', 10: 'Maintenance' };

const byName = (list: readonly DemoCampaign[]) => [...list].sort((a, b) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()));

function countText(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

describe('side bar and palette flow (fake API)', function () {
  this.timeout(120_000);
  let fake: FakeApi;
  let workbench: Workbench;

  /** The side bar part while the NLPearl container is showing. */
  const sideBar = () => workbench.page.locator('.part.sidebar');
  const rows = () => sideBar().locator('.monaco-list-row');
  const rowLabels = async (): Promise<string[]> => (await rows().locator('.label-name').allInnerTexts()).map((t) => t.trim());
  const row = (text: string | RegExp): Locator => rows().filter({ has: workbench.page.locator('.label-name', { hasText: text }) }).first();

  async function showNLPearl(): Promise<void> {
    if (!(await sideBar().locator('.composite.title', { hasText: /NLPearl/i }).isVisible())) {
      await workbench.activityBarEntry('NLPearl').click();
    }
    await sideBar().locator('.composite.title', { hasText: /NLPearl/i }).waitFor({ state: 'visible' });
  }

  async function waitForRows(expected: readonly string[]): Promise<void> {
    await eventually(async () => {
      const labels = await rowLabels();
      return expected.every((name) => labels.includes(name)) ? true : undefined;
    }, `rows ${expected.join(', ')}`, 20_000).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; the view shows ${JSON.stringify(await rowLabels())}`);
    });
  }

  before(async () => {
    // An inbound-only account: its tree still has the "Outbound" group, saying it has none (demo mode has both kinds).
    fake = await startFakeApi({ campaigns: FAKE_CAMPAIGNS, outbound: [] });
    workbench = await startWorkbench({ settings: { ...DARK, 'nlpearl.apiBaseUrl': fake.url, 'nlpearl.apiVersion': 'v1' } });
    await extensionLoaded(workbench.page);
  });

  after(async () => {
    await workbench?.stop();
    await fake?.close();
  });

  it('signed out: the view shows the welcome with "Set API Token", "Try Demo Data" and where the keys are', async () => {
    await showNLPearl();
    const welcome = sideBar().locator('.welcome-view-content');
    await welcome.waitFor({ state: 'visible' });
    const buttons = (await welcome.locator('.monaco-button').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(buttons, ['Set API Token', 'Try Demo Data']);
    assert.match(await welcome.innerText(), /NLPearl shows your Account ID and Secret Key at platform\.nlpearl\.ai → Settings → API/);
    assert.equal(fake.requests.length, 0, 'nothing is asked of the API while signed out');
  });

  it('signed out: "Show Inbound Analytics" offers Set API Token or Try Demo Data', async () => {
    const page = workbench.page;
    await runCommand(page, 'NLPearl: Show Inbound Analytics');
    const toast = await waitForNotification(page, /Connect your NLPearl account/);
    const buttons = (await toast.locator('.monaco-button').allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
    assert.deepEqual(buttons, ['Set API Token', 'Try Demo Data']);
    // Taking neither way in opens nothing.
    await runCommand(page, 'Notifications: Clear All Notifications');
    await notifications(page, /Connect your NLPearl account/).first().waitFor({ state: 'hidden' });
    assert.equal(await page.locator('.quick-input-widget').isVisible(), false);
  });

  it('"Try Demo Data" in the welcome lists the 4 inbound and 2 outbound demo campaigns in their groups; leaving demo mode brings the welcome back', async () => {
    await showNLPearl();
    await sideBar().locator('.welcome-view-content .monaco-button', { hasText: 'Try Demo Data' }).click();
    const names = ['Inbound', ...byName(DEMO_CAMPAIGNS).map((c) => c.name), 'Outbound', ...byName(DEMO_OUTBOUND_CAMPAIGNS).map((c) => c.name)];
    await waitForRows(names);
    assert.deepEqual(await rowLabels(), names);
    await runCommand(workbench.page, 'NLPearl: Exit Demo Mode');
    await sideBar().locator('.welcome-view-content').waitFor({ state: 'visible' });
  });

  it('signed in: the rows are the fake API\'s campaigns, sorted by name, with their status', async () => {
    await signIn(workbench.page, fake);
    await showNLPearl();
    const expected = byName(FAKE_CAMPAIGNS);
    await waitForRows(expected.map((c) => c.name));
    assert.deepEqual(await rowLabels(), ['Inbound', ...expected.map((c) => c.name), 'Outbound', 'No outbound campaigns — Add by ID']);
    for (const c of expected) {
      assert.match(await row(c.name).locator('.label-description').innerText(), new RegExp(STATUS_WORDS[c.status] ?? '?'));
    }
  });

  it('the view\'s description is its range ("Last 30 days")', async () => {
    // VS Code keeps a view's description in the view's own header, which it hides (title merged into the
    // container's) while the view is alone in its container: so this reads the text, not what is painted.
    const description = sideBar().locator('.pane-header .description').first();
    await eventually(async () => ((await description.textContent())?.trim() === 'Last 30 days' ? true : undefined), 'the description "Last 30 days"');
  });

  it('expanding a campaign shows its key figures: "Total calls: N" as the fake API counts them', async () => {
    const campaign = FAKE_CAMPAIGNS[0] as DemoCampaign;
    const before = fake.requests.length;
    await row(campaign.name).click();
    const post = await eventually(() => {
      const posts = analyticsPosts(fake, before).filter((p) => p.request.path.includes(campaign.id) && p.request.status === 200);
      return posts.sort((a, b) => b.to.localeCompare(a.to))[0];
    }, 'the analytics POST of the expanded campaign');
    const total = demoAnalyticsJson(campaign.id, post, 'v1', campaign).callsStatusOverview.totalCalls;
    await row(`Total calls: ${countText(total)}`).waitFor({ state: 'visible', timeout: 20_000 });
    for (const label of [/^Success rate: /, /^Average duration: \d+:\d\d$/, /^Total cost: /, /^Positive sentiment: /, /^Top label: /]) {
      await row(label).waitFor({ state: 'visible' });
    }
    if (process.env.NLPEARL_SCREENSHOTS === '1') {
      await widenSideBar(workbench.page, 560);
      const bar = await sideBar().boundingBox();
      if (bar) await readmeScreenshot(workbench.page, 'tree', { x: 0, y: 0, width: Math.round(bar.x + bar.width + 8), height: 340 });
    }
  });

  it('"NLPearl: Open Analytics JSON" opens the fake response as a JSON document', async () => {
    const page = workbench.page;
    const campaign = FAKE_CAMPAIGNS[0] as DemoCampaign;
    const range = localDays('2026-10-01', '2026-10-30');
    await runCommand(page, 'NLPearl: Open Analytics JSON');
    assert.deepEqual(await quickPickLabels(page, 'NLPearl: Campaign', FAKE_CAMPAIGNS.length), [
      // The campaign opened last comes first ("recently used"); none was opened yet here.
      ...byName(FAKE_CAMPAIGNS).map((c) => c.name),
      'Add campaign by ID…',
    ]);
    await pickRow(page, 'NLPearl: Campaign', campaign.name);
    await pickCustomRange(page, '2026-10-01', '2026-10-30');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: 20_000 });
    const total = demoAnalyticsJson(campaign.id, range, 'v1', campaign).callsStatusOverview.totalCalls;
    await editor.locator('.view-line', { hasText: `"totalCalls": ${total},` }).first().waitFor({ state: 'visible', timeout: 20_000 });
    const firstLines = (await editor.locator('.view-line').allInnerTexts()).slice(0, 3).map((l) => l.replace(/\u00a0/g, ' '));
    assert.ok(firstLines.some((l) => l === '  "callsStatusOverview": {'), `pretty-printed with 2 spaces: ${JSON.stringify(firstLines)}`);
    assert.match(await page.locator('.statusbar').innerText(), /\bJSON\b/);
    await readmeScreenshot(page, 'json');
  });

  it('a 401 shows the row "Error: …" with "Set API Token" under it', async () => {
    fake.inject({ status: 401, match: '/Inbound', times: 5 });
    try {
      await sideBar().locator('.composite.title .action-label[aria-label^="Refresh"]').click();
      const error = row(/^Error: /);
      await error.waitFor({ state: 'visible', timeout: 20_000 });
      assert.match(await error.innerText(), /Error: .+/);
      await row(/^Set API Token$/).waitFor({ state: 'visible' });
      // The campaigns last listed stay on screen below the error.
      assert.ok((await rowLabels()).includes((FAKE_CAMPAIGNS[0] as DemoCampaign).name));
    } finally {
      fake.clearFaults();
    }
    await row(/^Error: /).click();
    await row(/^Error: /).waitFor({ state: 'hidden', timeout: 20_000 });
  });
});
