/**
 * Keyboard and screen-reader access to the dashboard, in Chromium under the panel's real CSP
 * (webview harness, dist/webview.js, demo data): Tab order and accessible names of KPI cards and
 * charts, the Table toggles, the header controls, visible focus, reduced motion, and the layout at
 * narrow widths and in high contrast (screenshots in test-results/a11y/).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { DashboardModel } from '../../src/shared/protocol';
import { demoCampaign, demoModel } from '../e2e/webview-harness/demoModel';
import { initMessage, loadModel, loadPage, openHarness, posted, waitFor, type HarnessSession, type ThemeName } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const SHOTS = path.resolve('test-results', 'a11y');
/** Far more Tab presses than the page has stops; the walk ends when focus comes back round. */
const MAX_TABS = 200;

interface Stop {
  readonly tag: string;
  readonly id: string;
  readonly kpi: string;
  readonly chart: string;
  readonly role: string;
  readonly name: string;
  readonly outline: string;
}

// In-page code as source text: this tsconfig has no DOM types.
const IN_PAGE_NAME = `function accName(e) {
  if (!e) return '';
  const label = e.getAttribute('aria-label');
  if (label && label.trim()) return label.trim();
  const by = e.getAttribute('aria-labelledby');
  if (by) return by.split(/\\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
  return (e.textContent || '').trim();
}`;

const IN_PAGE_ACTIVE = `(() => {
  ${IN_PAGE_NAME}
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const kpi = e.closest('[data-kpi]');
  const chart = e.closest('[data-chart]');
  const style = getComputedStyle(e);
  return {
    tag: e.tagName.toLowerCase(), id: e.id || '', kpi: kpi ? kpi.dataset.kpi : '', chart: chart ? chart.dataset.chart : '',
    role: e.getAttribute('role') || '', name: accName(e),
    outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle + ' ' + style.outlineColor,
  };
})()`;

async function active(page: Page): Promise<Stop | null> {
  return (await page.evaluate(IN_PAGE_ACTIVE)) as Stop | null;
}

/** Tab from the top of the page until focus leaves the page or returns to the first stop. */
async function tabWalk(page: Page): Promise<Stop[]> {
  await page.evaluate(`(() => { if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0); })()`);
  const stops: Stop[] = [];
  let first = '';
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const stop = await active(page);
    if (!stop) break;
    const key = JSON.stringify(stop);
    if (key === first) break;
    if (!first) first = key;
    stops.push(stop);
  }
  return stops;
}

async function openDashboard(session: HarnessSession, theme: ThemeName = 'dark'): Promise<DashboardModel> {
  const model = demoModel(RANGE, 'v2');
  await loadPage(session, theme);
  await loadModel(session.page, model, { init: initMessage({ campaign: { ...demoCampaign(), status: 'Running' }, range: RANGE, isDemo: true }) });
  return model;
}

async function postedSince(page: Page, before: number): Promise<Array<{ type: string; [k: string]: unknown }>> {
  return (await posted(page)).slice(before);
}

describe('dashboard accessibility (Chromium, real CSP)', function () {
  this.timeout(120_000);
  let session: HarnessSession;
  let page: Page;
  let model: DashboardModel;

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    session = await openHarness({ width: 1280, height: 900, reducedMotion: false });
    page = session.page;
    model = await openDashboard(session);
  });

  after(async () => {
    await session?.close();
  });

  it('Tab reaches every KPI card and every chart, in reading order, each with a text alternative', async () => {
    const stops = await tabWalk(page);
    fs.writeFileSync(path.join(SHOTS, 'tab-order.json'), JSON.stringify(stops, null, 1));
    assert.ok(stops.length > 10, `only ${stops.length} tab stops`);
    // KPI cards: each once, in the model's order, named with its label and showing figure.
    const kpiStops = stops.filter((s) => s.kpi && s.id === '' && s.role === 'group');
    assert.deepEqual(kpiStops.map((s) => s.kpi), model.kpis.map((k) => k.id), 'KPI cards in order');
    for (const k of model.kpis) {
      const stop = kpiStops.find((s) => s.kpi === k.id);
      assert.ok(stop?.name.includes(k.label), `KPI ${k.id} name "${stop?.name}" lacks its label`);
      assert.ok(stop?.name.includes(k.text), `KPI ${k.id} name "${stop?.name}" lacks its figure ${k.text}`);
    }
    // Charts: the canvas (or the heatmap grid) of every drawable chart, in the model's order.
    const drawable = model.charts.filter((c) => c.provided && !c.empty);
    const figureStops = stops.filter((s) => s.chart && s.role === 'img');
    assert.deepEqual(figureStops.map((s) => s.chart), drawable.map((c) => c.id), 'chart figures in order');
    for (const c of drawable) {
      const stop = figureStops.find((s) => s.chart === c.id);
      assert.equal(stop?.name, c.summary, `chart ${c.id} is named by its summary`);
      assert.ok(/\d/.test(c.summary), `chart ${c.id} summary "${c.summary}" states no figure`);
    }
    // Reading order: header controls, then every KPI, then the charts.
    const firstKpi = stops.findIndex((s) => s.kpi);
    const lastKpi = stops.map((s) => s.kpi).lastIndexOf(model.kpis[model.kpis.length - 1].id);
    const firstChart = stops.findIndex((s) => s.chart);
    assert.ok(stops.findIndex((s) => s.id === 'refresh-button') < firstKpi, 'header before KPIs');
    assert.ok(lastKpi < firstChart, 'KPIs before charts');
    // Every stop says what it is.
    for (const s of stops) assert.ok(s.name.length > 0, `unnamed tab stop ${JSON.stringify(s)}`);
  });

  it('focus is visible on every tab stop (an outline, not "none")', async () => {
    const stops = await tabWalk(page);
    const invisible = stops.filter((s) => s.outline === 'none');
    assert.deepEqual(invisible, [], 'tab stops without a visible focus outline');
  });

  it('every Table toggle is a keyboard button that reveals the same numbers in a captioned table', async () => {
    const drawable = model.charts.filter((c) => c.provided && !c.empty);
    let useSpace = false;
    for (const c of drawable) {
      const toggle = page.locator(`[data-chart="${c.id}"] [data-role="table-toggle"]`);
      assert.equal(await toggle.count(), 1, `${c.id} has one Table toggle`);
      const info = (await page.evaluate(`((e) => ({ tabIndex: e.tabIndex, role: e.getAttribute('role') || (e.shadowRoot && e.shadowRoot.querySelector('button') ? 'button' : ''), tag: e.tagName.toLowerCase(), expanded: e.getAttribute('aria-expanded'), controls: e.getAttribute('aria-controls') }))(document.querySelector('[data-chart="${c.id}"] [data-role="table-toggle"]'))`)) as { tabIndex: number; role: string; tag: string; expanded: string | null; controls: string | null };
      assert.ok(info.tabIndex >= 0, `${c.id} toggle is not in the tab order`);
      assert.ok(info.role === 'button' || info.tag === 'button', `${c.id} toggle is not a button (${JSON.stringify(info)})`);
      assert.equal(info.expanded, 'false');
      await toggle.focus();
      // Alternate Enter and Space: both must work.
      await page.keyboard.press(useSpace ? 'Space' : 'Enter');
      useSpace = !useSpace;
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true', `${c.id} toggle did not open`);
      const table = (await page.evaluate(`(() => {
        const box = document.getElementById(${JSON.stringify(info.controls)});
        const t = box && box.querySelector('table');
        if (!t || box.offsetParent === null) return null;
        return {
          caption: ((t.querySelector('caption') || {}).textContent || '').trim(),
          cols: [...t.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent]),
          rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((x) => (x.tagName === 'TH' ? 'th:' + x.getAttribute('scope') + ':' : '') + x.textContent)),
        };
      })()`)) as { caption: string; cols: Array<[string | null, string]>; rows: string[][] } | null;
      assert.ok(table, `${c.id}: no visible table after the toggle`);
      assert.equal(table.caption, c.table.caption);
      assert.deepEqual(table.cols, c.table.columns.map((col) => ['col', col]));
      assert.deepEqual(table.rows, c.table.rows.map((r) => r.map((cell, i) => (i === 0 ? `th:row:${cell}` : cell))), `${c.id}: table numbers differ from the model`);
      await page.keyboard.press(useSpace ? 'Space' : 'Enter');
      useSpace = !useSpace;
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false', `${c.id} toggle did not close`);
      assert.equal(await page.evaluate(`document.getElementById(${JSON.stringify(info.controls)}).offsetParent === null`), true);
    }
  });

  it('the heatmap has a text alternative and its counts are in its table', async () => {
    const heat = model.charts.find((c) => c.kind === 'heatmap' && c.provided && !c.empty);
    assert.ok(heat, 'the demo model has a heatmap');
    const grid = (await page.evaluate(`(() => {
      const g = document.querySelector('[data-chart="${heat.id}"] .heatmap');
      return g && { role: g.getAttribute('role'), label: g.getAttribute('aria-label'), tabIndex: g.tabIndex };
    })()`)) as { role: string; label: string; tabIndex: number } | null;
    assert.ok(grid);
    assert.equal(grid.role, 'img');
    assert.equal(grid.label, heat.summary);
    assert.ok(grid.tabIndex >= 0);
    assert.ok(heat.table.rows.length > 0);
  });

  it('Refresh, Open JSON, Copy JSON and Export work from the keyboard', async () => {
    for (const [id, type, key] of [['refresh-button', 'refresh', 'Enter'], ['open-json-button', 'openJson', 'Space'], ['copy-json-button', 'copyJson', 'Enter']] as const) {
      const before = (await posted(page)).length;
      await page.focus(`#${id}`);
      await page.keyboard.press(key);
      const sent = (await postedSince(page, before)).map((m) => m.type);
      assert.ok(sent.includes(type), `${key} on #${id} posted ${JSON.stringify(sent)}`);
    }
    // Export all (issue 18, point 7: it replaced a menu repeating every card's PNG/CSV buttons): one message, no panel.
    const before = (await posted(page)).length;
    await page.focus('#export-all-button');
    await page.keyboard.press('Enter');
    const exported = (await postedSince(page, before)).map((m) => m.type);
    assert.deepEqual(exported, ['exportAllCsv'], `Enter on Export all posted ${JSON.stringify(exported)}`);
    assert.equal(await page.evaluate(`document.getElementById('export-menu')`), null, 'no export panel pushes the page down');
  });

  it('the range picker opens, moves and chooses from the keyboard', async () => {
    model = await openDashboard(session);
    const beforeRange = (await posted(page)).length;
    await page.focus('#range-select');
    const initial = (await page.evaluate(`document.getElementById('range-select').value`)) as string;
    // Enter opens the list, ArrowUp moves to the preset above (the initial choice may be the last), Enter chooses.
    await page.keyboard.press('Enter');
    await waitFor(page, `document.getElementById('range-select').open === true`, 5_000);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await waitFor(page, `window.__harness.posted.slice(${beforeRange}).some((m) => m.type === 'setRange')`, 5_000);
    const chosen = (await postedSince(page, beforeRange)).find((m) => m.type === 'setRange');
    assert.equal(await page.evaluate(`document.getElementById('range-select').open`), false, 'the list closed after the choice');
    assert.ok(chosen && chosen.preset !== initial, `the keyboard chose ${JSON.stringify(chosen)}`);
  });

  it('charts animate by default and not at all under prefers-reduced-motion', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    model = await openDashboard(session);
    const moving = (await page.evaluate('window.__nlpearlDashboard.animations()')) as Record<string, boolean>;
    assert.ok(Object.keys(moving).length > 0, 'no charts reported');
    assert.ok(Object.values(moving).every((a) => a), `animation off without the preference: ${JSON.stringify(moving)}`);
    // Switching the preference live re-configures the charts already on screen.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitFor(page, `Object.values(window.__nlpearlDashboard.animations()).every((a) => a === false)`, 5_000);
    // And a dashboard opened with the preference starts without animation.
    model = await openDashboard(session);
    const still = (await page.evaluate('window.__nlpearlDashboard.animations()')) as Record<string, boolean>;
    assert.ok(Object.values(still).every((a) => a === false), `animation on under reduced motion: ${JSON.stringify(still)}`);
  });

  for (const width of [480, 800]) {
    it(`at ${width} px nothing overflows the viewport (screenshot test-results/a11y/narrow-${width}.png)`, async () => {
      await page.setViewportSize({ width, height: 900 });
      model = await openDashboard(session);
      // Open every table: each must scroll inside its own box, not widen the page.
      for (const t of await page.locator('[data-role="table-toggle"]').all()) await t.click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SHOTS, `narrow-${width}.png`), fullPage: true });
      const overflow = (await page.evaluate(`(() => {
        const vw = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('header *, [data-kpi], [data-chart], .table-scroll, .heatmap-area, canvas')]
          .filter((e) => e.offsetParent !== null)
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.right > vw + 1 || r.left < -1)
          .map(({ e, r }) => (e.id || e.className || e.tagName) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
        return { page: document.documentElement.scrollWidth - vw, wide };
      })()`)) as { page: number; wide: string[] };
      assert.equal(overflow.page, 0, `the page scrolls sideways by ${overflow.page} px`);
      assert.deepEqual(overflow.wide, [], 'elements outside the viewport');
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it('high contrast: cards are bordered with the contrast border (screenshot test-results/a11y/high-contrast.png)', async () => {
    model = await openDashboard(session, 'highContrast');
    await page.screenshot({ path: path.join(SHOTS, 'high-contrast.png'), fullPage: true });
    await page.setViewportSize({ width: 480, height: 900 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, 'high-contrast-480.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    const borders = (await page.evaluate(`[...document.querySelectorAll('.card')].map((c) => getComputedStyle(c).borderTopColor)`)) as string[];
    assert.ok(borders.length > 0);
    // #6fc3df, the harness's high-contrast --vscode-contrastBorder.
    assert.deepEqual([...new Set(borders)], ['rgb(111, 195, 223)']);
    await page.focus('[data-kpi]');
    await page.keyboard.press('Tab');
    const focus = (await page.evaluate(`getComputedStyle(document.activeElement).outlineColor`)) as string;
    // #f38518, the high-contrast focus border.
    assert.equal(focus, 'rgb(243, 133, 24)');
  });
});
