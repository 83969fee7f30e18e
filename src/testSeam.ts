/**
 * The extension's one test seam: what the integration suite, the e2e run and the benchmark may reach that a
 * person cannot. activate() returns it as `App.testSeam`; nothing in the product reads it. Per panel, what a
 * test observes lives in `panel.probe` (src/dashboard/panelProbe.ts); in the webview, `window.__nlpearlDashboard`
 * (webview/main.ts) gives read-only views of the charts to the browser tests.
 */
import type { DashboardPanel } from './dashboard/loader';
import { loadDashboard, openDashboards } from './dashboard/loader';
import { reviveCallsPanel } from './calls/loader';

export interface TestSeam {
  /** The open dashboards of this extension host (a test's own copy of the module would see none). */
  readonly dashboards: { get(campaignId: string): DashboardPanel | undefined; all(): DashboardPanel[] };
  /**
   * Exports a chart (`{ campaignId, chart, format: 'png', uri }`) or a section (`{ campaignId, section,
   * format: 'csv', uri }`) of an open dashboard without the save dialog; resolves to `{ uri, bytes }`.
   */
  exportDashboard(args: unknown): Promise<{ readonly uri: unknown; readonly bytes: number }>;
  /** What the Calls panel's serializer does after a window reload, given a panel and the state its webview kept. */
  reviveCalls(panel: unknown, state: unknown): Promise<unknown>;
}

export const testSeam: TestSeam = {
  dashboards: openDashboards,
  exportDashboard: async (args) => (await loadDashboard()).runDirectExport(args),
  reviveCalls: (panel, state) => reviveCallsPanel(panel as Parameters<typeof reviveCallsPanel>[0], state),
};
