/**
 * Screenshots of the webview in the harness: dark, light, high contrast, and the states.
 * Run: `npx tsc -p . && node esbuild.js --production && node out/test/e2e/webview-harness/screenshots.js [outDir]`
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildDashboardModel } from '../../../src/analytics/model';
import { applyTheme, chartColors, deliver, initMessage, loadModel, loadPage, openHarness, readDomState, type ThemeName } from './harness';
import { demoCampaign, demoModel } from './demoModel';
import { emptyAnalytics, hostileAnalytics, sampleAnalytics } from './fixtures';

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test-results/webview-harness');
  fs.mkdirSync(outDir, { recursive: true });
  // --demo: the demo campaign's data (src/demo), as the README screenshots show it.
  const useDemo = process.argv.includes('--demo');
  const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
  const model = useDemo
    ? demoModel(range, 'v2')
    : buildDashboardModel({ current: sampleAnalytics(), previous: sampleAnalytics({ start: '2026-01-30T00:00:00Z', seed: 3, volume: 0.9 }) });
  const init = useDemo ? initMessage({ campaign: { ...demoCampaign(), status: 'Running' }, range, isDemo: true }) : initMessage({ range });
  const session = await openHarness({ width: 1280, height: 2200 });
  const report: Record<string, unknown> = {};
  try {
    for (const theme of ['dark', 'light', 'highContrast'] as ThemeName[]) {
      await loadPage(session, theme);
      await loadModel(session.page, model, { init });
      const file = path.join(outDir, `dashboard-${theme}.png`);
      await session.page.screenshot({ path: file, fullPage: true });
      report[theme] = await readDomState(session.page);
    }
    // Live theme switch: colours must change without a reload.
    await loadPage(session, 'dark');
    await loadModel(session.page, model);
    const before = await chartColors(session.page);
    await applyTheme(session.page, 'light');
    await session.page.waitForTimeout(200);
    const after = await chartColors(session.page);
    report.themeSwitch = { before, after };

    await loadPage(session, 'dark');
    await loadModel(session.page, buildDashboardModel({ current: hostileAnalytics(), previous: null }));
    await session.page.click('[data-chart="callLabelCount"] [data-role="table-toggle"]');
    await session.page.waitForTimeout(300);
    await session.page.screenshot({ path: path.join(outDir, 'hostile-dark.png'), fullPage: true });
    report.hostile = await readDomState(session.page);

    await loadPage(session, 'light');
    await loadModel(session.page, buildDashboardModel({ current: emptyAnalytics(), previous: null }));
    await session.page.screenshot({ path: path.join(outDir, 'empty-light.png') });
    report.empty = await readDomState(session.page);

    await loadPage(session, 'dark');
    await deliver(session.page, initMessage());
    await deliver(session.page, { type: 'loading', requestId: 1, range: initMessage().range, preset: null, windows: 2 });
    await session.page.screenshot({ path: path.join(outDir, 'loading-dark.png') });
    await deliver(session.page, { type: 'error', requestId: 1, kind: 'rateLimited', message: 'NLPearl is rate limiting requests.', action: 'retryLater', retryAfterSeconds: 30, stale: false, fetchedAt: null });
    await session.page.waitForTimeout(100);
    await session.page.screenshot({ path: path.join(outDir, 'error-dark.png') });
    report.error = await readDomState(session.page);

    await loadModel(session.page, model, { requestId: 2 });
    await deliver(session.page, { type: 'loading', requestId: 3, range: initMessage().range, preset: null, windows: 1 });
    await deliver(session.page, { type: 'error', requestId: 3, kind: 'network', message: 'Could not reach api.nlpearl.ai.', action: 'retry', stale: true, fetchedAt: Date.parse('2026-03-31T09:41:00Z') });
    await session.page.waitForTimeout(100);
    await session.page.screenshot({ path: path.join(outDir, 'stale-dark.png') });
    report.stale = await readDomState(session.page);
  } finally {
    await session.close();
  }
  fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  console.log(`screenshots in ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
