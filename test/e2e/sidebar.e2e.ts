// The NLPearl side bar and the palette flow in a real VS Code (code-server + Chromium, packaged .vsix):
// signed out (welcome, demo), then signed in against the fake NLPearl API (rows, key figures, 401 row).
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, makeDemoCampaign, type DemoCampaign } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { notifications, runCommand, startWorkbench, waitForNotification, type Workbench } from './harness';
import {
  analyticsPosts, DARK, eventually, extensionLoaded, localDays, pickCustomRange, pickRow, quickPickLabels, readmeScreenshot, signIn,
} from './fixtures/nlpearl';

/** The fake account's campaigns: not the demo list, so the tree visibly shows what the API sent. */
const FAKE_CAMPAIGNS: readonly DemoCampaign[] = [
  DEMO_CAMPAIGNS[1] as DemoCampaign,
  makeDemoCampaign(3, { name: 'Billing Hotline — Riverside Water', status: 2 }),
  DEMO_CAMPAIGNS[3] as DemoCampaign,
];
const FIGURE_NAMES = ['Total calls', 'Success rate', 'Average duration', 'Total cost', 'Positive sentiment', 'Top label'];
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
  /** A key figure's row: its name is the row's description ("2,096 (▲ 5 %)" · "Total calls"). */
  const figureRow = (name: string): Locator =>
    rows().filter({ has: workbench.page.locator('.label-description', { hasText: new RegExp(`^${name}$`) }) }).first();

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

  it('expanding a campaign shows its key figures: "N (▲ x %)" then "Total calls", as the fake API counts them', async () => {
    const campaign = FAKE_CAMPAIGNS[0] as DemoCampaign;
    const before = fake.requests.length;
    await row(campaign.name).click();
    const post = await eventually(() => {
      const posts = analyticsPosts(fake, before).filter((p) => p.request.path.includes(campaign.id) && p.request.status === 200);
      return posts.sort((a, b) => b.to.localeCompare(a.to))[0];
    }, 'the analytics POST of the expanded campaign');
    const total = demoAnalyticsJson(campaign.id, post, 'v1', campaign).callsStatusOverview.totalCalls;
    const totalRow = figureRow('Total calls');
    await totalRow.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match((await totalRow.locator('.label-name').innerText()).trim(), new RegExp(`^${countText(total).replace(/[.,]/g, '\\$&')}( \\(.+\\))?$`));
    for (const name of FIGURE_NAMES) await figureRow(name).waitFor({ state: 'visible' });
    assert.match((await figureRow('Average duration').locator('.label-name').innerText()).trim(), /^\d+:\d\d( \(.+\))?$/);
  });

  it('at the default side bar width the view title and each figure with its change are not cut', async () => {
    const width = (await sideBar().boundingBox())?.width ?? 0;
    // The workbench's default, not a widened one: what a new user sees.
    assert.ok(width > 0 && width <= 320, `the side bar is ${width} px wide, not the default`);
    const title = sideBar().locator('.composite.title');
    assert.match((await title.textContent()) ?? '', /Campaigns/);
    assert.doesNotMatch((await title.textContent()) ?? '', /Inbound/);
    const titleCut = await title.locator('h2').first().evaluate((h) => h.scrollWidth > h.clientWidth);
    assert.equal(titleCut, false, 'the view title is cut by an ellipsis');
    // Measured in the DOM: the label (figure and change) must end inside the row's clipping box, which ends
    // with an ellipsis; only the figure's name after it may be cut.
    const measured = await rows().evaluateAll((list, names) => {
      return list
        .filter((r) => names.includes((r.querySelector('.label-description')?.textContent ?? '').trim()))
        .map((r) => {
          const name = r.querySelector('.label-name');
          const clip = r.querySelector('.monaco-icon-label-container') ?? r;
          const label = name?.getBoundingClientRect();
          const edge = Math.min(clip.getBoundingClientRect().right, r.getBoundingClientRect().right);
          return { figure: (r.querySelector('.label-description')?.textContent ?? '').trim(), text: (name?.textContent ?? '').trim(), fits: label !== undefined && label.width > 0 && label.right <= edge + 0.5, over: label ? Math.round(label.right - edge) : -1 };
        });
    }, FIGURE_NAMES);
    assert.equal(measured.length, FIGURE_NAMES.length, `figure rows measured: ${JSON.stringify(measured)}`);
    // A top label is a name the API chose (it may be long); its row has no change to keep.
    const cut = measured.filter((m) => !m.fits && m.figure !== 'Top label');
    assert.deepEqual(cut, [], `figure or change cut at ${width} px`);
    assert.ok(measured.some((m) => / \([▲▼±]|\((new|too few)/.test(m.text)), `the changes are in the labels: ${JSON.stringify(measured)}`);
    if (process.env.NLPEARL_SCREENSHOTS === '1') {
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
    assert.ok(firstLines.some((l) => l === '  "campaign": {'), `the campaign first, pretty-printed with 2 spaces: ${JSON.stringify(firstLines)}`);
    // Named after what it holds, read-only, with Save JSON As… in the editor's title.
    // The whole label: the workbench may render a file's extension apart from its name.
    const tab = page.locator('.tabs-container .tab.active .monaco-icon-label').first();
    assert.match((await tab.textContent())?.trim() ?? '', new RegExp(`^${campaign.name} — 2026-10-01…2026-10-30\\.json`));
    await page.locator('.editor-actions .action-label[aria-label^="Save JSON As"]').first().waitFor({ state: 'visible' });
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
