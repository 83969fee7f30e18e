// The analytics dashboard in a real VS Code (code-server + Chromium, packaged .vsix) against the fake NLPearl
// API: opened through the palette like a user does, its numbers checked against the fake's data.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { FrameLocator } from 'playwright-core';
import { DEMO_CAMPAIGNS, demoAnalyticsJson, type DemoAnalyticsJson } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { quickInput, startWorkbench, type Workbench } from './harness';
import {
  analyticsPosts, DARK, eventually, extensionLoaded, inWebview, localDays, openDashboard, readmeScreenshot, reloadWindow, signIn, switchTheme, waitForInput,
} from './fixtures/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0];
/** A fixed 30-day custom range typed into the palette's date boxes (local days). */
const FIRST_DAY = '2026-01-05';
const LAST_DAY = '2026-02-03';
const RANGE = localDays(FIRST_DAY, LAST_DAY);
const XSS = '<img src=x onerror=alert(1)>';


// ---- Expected texts, computed from the demo JSON and formatted the way src/analytics/format.ts does ----

function countText(value: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
}

function percentText(part: number, whole: number): string {
  return new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

function durationText(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function costText(value: number): string {
  const small = value > 0 && value < 0.1;
  return `${new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: small ? 4 : 2 }).format(value)} credits`;
}

function expectedKpis(json: DemoAnalyticsJson): Record<'totalCalls' | 'successRate' | 'averageDuration' | 'totalCost', string> {
  const o = json.callsStatusOverview;
  const callsByDate = new Map(json.callsStatusTimeLine.map((b) => [b.date, b.totalCalls]));
  let weighted = 0;
  let calls = 0;
  for (const b of json.callsAverageTimeLine) {
    const n = callsByDate.get(b.date) ?? 0;
    weighted += b.averageCallDuration * n;
    calls += n;
  }
  return {
    totalCalls: countText(o.totalCalls),
    successRate: percentText(o.successful, o.successful + o.unsuccessful),
    averageDuration: durationText(weighted / calls),
    totalCost: costText(json.callsCostTimeLine.reduce((sum, b) => sum + b.totalPrice, 0)),
  };
}

// ---- PNG check: signature, chunk CRCs, and the inflated image data has the size IHDR promises ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function decodePng(file: Buffer): { width: number; height: number } {
  assert.deepEqual([...file.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  let bytesPerPixel = 0;
  const idat: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.subarray(offset + 4, offset + 8).toString('latin1');
    const data = file.subarray(offset + 8, offset + 8 + length);
    assert.equal(file.readUInt32BE(offset + 8 + length), crc32(file.subarray(offset + 4, offset + 8 + length)), `CRC of ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
      assert.equal(data[8], 8, 'bit depth 8');
      bytesPerPixel = channels[data[9] as number] ?? 0;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  assert.ok(bytesPerPixel > 0, 'a colour type Chromium writes');
  const raw = zlib.inflateSync(Buffer.concat(idat));
  assert.equal(raw.length, height * (1 + width * bytesPerPixel), 'image data size matches IHDR');
  return { width, height };
}

/** The test hooks the dashboard script puts on its window (webview/main.ts). */
interface DashboardHooks {
  __nlpearlDashboard: { chartColors(): Record<string, string[]>; theme(): { kind: string } };
}

function parseCsv(text: string): string[][] {
  return text.trim().split(/\r\n/).map((line) => line.split(','));
}

describe('dashboard (palette flow, fake API)', function () {
  this.timeout(120_000);
  let fake: FakeApi;
  let workbench: Workbench;
  let view: FrameLocator;
  /** The range whose data the panel shows now (changes with the panel's range picker). */
  let shown: { from: string; to: string } = RANGE;
  const dialogs: string[] = [];

  /** The current-period POST among those from `since` on (the previous period, for the deltas, ends earlier). */
  const currentPost = (since: number) => {
    const posts = analyticsPosts(fake, since).filter((p) => p.request.status === 200 && p.request.path.includes(CAMPAIGN.id));
    return posts.sort((a, b) => b.to.localeCompare(a.to))[0];
  };

  const kpiText = (id: string) => view.locator(`[data-kpi="${id}"] .kpi-value`).innerText();

  async function waitForKpi(id: string, text: string): Promise<void> {
    await view.locator(`[data-kpi="${id}"] .kpi-value`, { hasText: text }).waitFor({ state: 'visible', timeout: 20_000 });
  }

  async function chartColors(): Promise<Record<string, string[]>> {
    return inWebview(view, () => (globalThis as unknown as DashboardHooks).__nlpearlDashboard.chartColors());
  }

  const themeKind = () => inWebview(view, () => (globalThis as unknown as DashboardHooks).__nlpearlDashboard.theme().kind);

  before(async () => {
    fake = await startFakeApi();
    workbench = await startWorkbench({ settings: { ...DARK, 'nlpearl.apiBaseUrl': fake.url, 'nlpearl.apiVersion': 'v1' } });
    workbench.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    view = workbench.webview();
    try {
      await extensionLoaded(workbench.page);
      await signIn(workbench.page, fake);
      await openDashboard(workbench.page, CAMPAIGN.name, FIRST_DAY, LAST_DAY);
      await view.locator('[data-kpi="totalCalls"]').waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      console.error(`    kept: ${(await workbench.keepArtifacts('dashboard-before')).join(', ')}`);
      throw error;
    }
  });

  after(async () => {
    await workbench?.stop();
    await fake?.close();
  });

  it('opens one tab titled after the campaign and asks the fake API for the typed range', async () => {
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: `${CAMPAIGN.name} — Inbound Analytics` });
    await tab.waitFor({ state: 'visible' });
    assert.equal(await view.locator('#campaign-name').innerText(), CAMPAIGN.name);
    const posts = analyticsPosts(fake);
    assert.ok(
      posts.some((p) => p.from === RANGE.from && p.to === RANGE.to && p.request.path.includes(CAMPAIGN.id)),
      `no POST …/${CAMPAIGN.id}/Analytics for ${RANGE.from}..${RANGE.to}; saw ${JSON.stringify(posts.map((p) => [p.request.path, p.from, p.to]))}`,
    );
  });

  it('shows KPI texts equal to the fake data', async () => {
    const expected = expectedKpis(demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1'));
    await waitForKpi('totalCalls', expected.totalCalls);
    const shown = {
      totalCalls: await kpiText('totalCalls'),
      successRate: await kpiText('successRate'),
      averageDuration: await kpiText('averageDuration'),
      totalCost: await kpiText('totalCost'),
    };
    assert.deepEqual(shown, expected);
  });

  it('draws every chart: each canvas has painted pixels, the heatmap has filled cells', async () => {
    const charts = await view.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-chart') ?? ''));
    assert.ok(charts.length >= 8, `chart cards: ${charts.join(', ')}`);
    // Chart.js animates in for 300 ms; wait until every canvas has paint rather than sleeping.
    const painted = await eventually(async () => {
      const counts = await view.locator('[data-chart]').evaluateAll((cards) =>
        cards.map((card) => {
          const id = card.getAttribute('data-chart') ?? '';
          const canvas = card.querySelector('canvas');
          if (!canvas) {
            const filled = card.querySelectorAll('.heatmap-cell:not(.zero)').length;
            return { id, kind: card.querySelector('.heatmap') ? 'heatmap' : 'none', width: 0, painted: filled };
          }
          const ctx = canvas.getContext('2d');
          if (!ctx || canvas.width === 0 || canvas.height === 0) return { id, kind: 'canvas', width: canvas.width, painted: 0 };
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++;
          return { id, kind: 'canvas', width: canvas.width, painted: n };
        }),
      );
      return counts.every((c) => c.painted > 0) ? counts : undefined;
    }, 'every chart to be painted');
    for (const chart of painted) {
      assert.notEqual(chart.kind, 'none', `${chart.id} has neither a canvas nor a heatmap`);
      if (chart.kind === 'canvas') assert.ok(chart.painted > 500, `${chart.id}: only ${chart.painted} painted pixels`);
    }
    assert.ok(painted.some((c) => c.kind === 'heatmap'), 'the hour × weekday heatmap is shown');
  });

  it('the Table toggle shows the fake numbers (status overview)', async () => {
    const overview = demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1').callsStatusOverview;
    const card = view.locator('[data-chart="callsStatusOverview"]');
    const table = card.locator('table.data-table');
    assert.equal(await table.isVisible(), false, 'the table starts hidden');
    await card.locator('[data-role="table-toggle"]').click();
    await table.waitFor({ state: 'visible' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    const byStatus = Object.fromEntries(rows.map((r) => [r[0], r[1]]));
    assert.equal(byStatus.Successful, countText(overview.successful));
    assert.equal(byStatus['Not successful'], countText(overview.unsuccessful));
    assert.equal(byStatus.Completed, countText(overview.completed));
    assert.equal(byStatus['Needs follow-up'], countText(overview.needFollowUp));
    await card.locator('[data-role="table-toggle"]').click();
    await table.waitFor({ state: 'hidden' });
  });

  it('shows a label named like HTML as that literal text and runs nothing', async () => {
    fake.setAnalyticsOverride((id, range, version) => {
      const json = demoAnalyticsJson(id, range, version);
      const top = [...json.callLabelCount].sort((a, b) => b.count - a.count)[0];
      if (top) top.name = XSS;
      return json;
    });
    try {
      const before = fake.requests.length;
      await view.locator('#refresh-button').click();
      await eventually(() => (analyticsPosts(fake, before).length > 0 ? true : undefined), 'the refresh POST');
      // The top label KPI names the most frequent label: now the hostile one.
      await waitForKpi('topLabel', XSS);
      const card = view.locator('[data-chart="callLabelCount"]');
      await card.locator('[data-role="table-toggle"]').click();
      const cell = card.locator('table.data-table tbody th', { hasText: XSS });
      await cell.waitFor({ state: 'visible' });
      assert.equal(await cell.innerText(), XSS);
      // Locators pierce shadow roots too: no element was made from the label's text anywhere.
      assert.equal(await view.locator('img[src="x"]').count(), 0, 'no <img src=x> element in the dashboard');
      assert.equal(await view.locator('img').count(), 0, 'no <img> element at all in the dashboard');
      await card.locator('[data-role="table-toggle"]').click();
      assert.deepEqual(dialogs, [], 'no dialog was opened');
    } finally {
      fake.setAnalyticsOverride(undefined);
    }
  });

  it('changing the range in the panel refetches with the new range and shows its numbers', async () => {
    const before = fake.requests.length;
    await view.locator('#range-select').click();
    await view.locator('#range-select').getByRole('option', { name: 'Last 30 days', exact: true }).click();
    const post = await eventually(() => currentPost(before), 'a POST …/Analytics for the new range');
    const span = Date.parse(post.to) - Date.parse(post.from);
    assert.ok(Math.abs(span - 30 * 86_400_000) < 86_400_000, `the new range spans ${span / 86_400_000} days`);
    assert.ok(Date.now() - Date.parse(post.to) < 10 * 60_000, 'the new range ends now');
    shown = post;
    await waitForKpi('totalCalls', expectedKpis(demoAnalyticsJson(CAMPAIGN.id, post, 'v1')).totalCalls);
  });

  it('switching to a light and to a high-contrast theme re-colours the charts', async () => {
    const page = workbench.page;
    // The whole width for the dashboard (and its README pictures): the empty Explorer adds nothing.
    await workbench.runCommand('View: Close Primary Side Bar');
    assert.equal(await themeKind(), 'dark', 'the dashboard starts in the dark theme');
    const dark = await chartColors();
    assert.ok(Object.keys(dark).length > 0, 'charts report their colours');
    await readmeScreenshot(page, 'dashboard-dark');

    await switchTheme(page, 'Light Modern');
    const light = await eventually(async () => {
      const now = await chartColors();
      return JSON.stringify(now) !== JSON.stringify(dark) ? now : undefined;
    }, 'the chart colours to change for the light theme');
    assert.equal(await themeKind(), 'light');
    await readmeScreenshot(page, 'dashboard-light');

    await switchTheme(page, 'Dark High Contrast');
    await eventually(async () => {
      const now = JSON.stringify(await chartColors());
      return now !== JSON.stringify(light) && now !== JSON.stringify(dark) ? true : undefined;
    }, 'the chart colours to change for the high-contrast theme');

    await switchTheme(page, 'Dark Modern');
    await eventually(async () => ((await themeKind()) === 'dark' ? true : undefined), 'the dashboard to be dark again');
    await eventually(async () => (JSON.stringify(await chartColors()) === JSON.stringify(dark) ? true : undefined), 'the dark colours to come back');
  });

  it('exports a chart as PNG and a section as CSV through the save dialog', async () => {
    const page = workbench.page;
    const exportVia = async (chart: string | 'all', format: 'PNG' | 'CSV', file: string): Promise<Buffer> => {
      const click = () =>
        chart === 'all' ? view.locator('#export-all-button').click() : view.locator(`[data-chart="${chart}"] .card-tools vscode-button`, { hasText: format }).click();
      // A quick input still closing (the theme picker of the test before) can swallow the dialog that opens next:
      // start from none, and click once more if the dialog never became visible (it was closed, not shown).
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
      await click();
      try {
        await waitForInput(page, /Export/, 10_000);
      } catch {
        console.error(`[e2e] the ${format} save dialog did not show; clicking ${chart} again`);
        await page.keyboard.press('Escape');
        await click();
        await waitForInput(page, /Export/);
      }
      const box = quickInput(page).input;
      // The simple file dialog fills in the folder and default name a moment after it shows; type after that.
      await eventually(async () => ((await box.inputValue()).endsWith(`.${format.toLowerCase()}`) ? true : undefined), 'the default file name');
      await box.fill(file);
      await eventually(async () => ((await box.inputValue()) === file ? true : undefined), 'the typed path to stay');
      await box.press('Enter');
      return eventually(() => (fs.existsSync(file) && fs.statSync(file).size > 0 ? fs.readFileSync(file) : undefined), `${file} to be written`);
    };

    const png = await exportVia('callsCostTimeLine', 'PNG', path.join(workbench.workspace, 'cost.png'));
    const size = decodePng(png);
    assert.ok(size.width > 0 && size.height > 0, `PNG ${size.width}×${size.height}`);

    const csv = parseCsv((await exportVia('callsStatusOverview', 'CSV', path.join(workbench.workspace, 'status.csv'))).toString('utf8'));
    const overview = demoAnalyticsJson(CAMPAIGN.id, shown, 'v1').callsStatusOverview;
    assert.deepEqual(csv[0], ['field', 'value']);
    const values = Object.fromEntries(csv.slice(1).map(([k, v]) => [k, Number(v)]));
    assert.deepEqual(values, { ...overview });

    // Export all (issue 18, point 7): one CSV, every section, each row naming its section.
    const all = parseCsv((await exportVia('all', 'CSV', path.join(workbench.workspace, 'all.csv'))).toString('utf8'));
    const sections = new Set(all.map((row) => row[0]).filter((id) => id));
    for (const id of ['callsStatusOverview', 'callsStatusTimeLine', 'callsCostTimeLine', 'callLabelCount', 'callsByHourDayOfWeeks']) assert.ok(sections.has(id), `${id} missing from ${[...sections].join(', ')}`);
    assert.deepEqual(all.find((row) => row[0] === 'callsStatusOverview' && row[1] === 'totalCalls'), ['callsStatusOverview', 'totalCalls', String(overview.totalCalls)]);
  });
  it('a window reload restores the panel, which fetches again', async () => {
    const before = fake.requests.length;
    await reloadWindow(workbench.page);
    view = workbench.webview();
    // First the panel itself (the serializer brought it back), then its data (it fetched again).
    await view.locator('#campaign-name').waitFor({ state: 'visible', timeout: 30_000 });
    const panelText = async () => (await view.locator('#app').innerText()).replace(/\s+/g, ' ').slice(0, 300);
    const current = await eventually(
      () => analyticsPosts(fake, before).filter((p) => p.request.path.includes(CAMPAIGN.id)).sort((a, b) => b.to.localeCompare(a.to))[0],
      'the restored panel to fetch its analytics again',
      20_000,
    ).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; the restored panel shows: ${await panelText()}`);
    });
    await view.locator('[data-kpi="totalCalls"]').waitFor({ state: 'visible', timeout: 20_000 }).catch(async () => {
      throw new Error(`the restored panel shows no data 20 s after its fetch; it shows: ${await panelText()}`);
    });
    assert.equal(await view.locator('#campaign-name').innerText(), CAMPAIGN.name);
    shown = current;
    await waitForKpi('totalCalls', expectedKpis(demoAnalyticsJson(CAMPAIGN.id, current, 'v1')).totalCalls);
  });

});
