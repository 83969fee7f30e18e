/**
 * Export Report: of the focused dashboard, comparison or account overview, or of the campaign and range given or
 * picked (its dashboard is opened first: the report is what the screen shows, and the dashboard draws its chart
 * images). `saveTo` (automation, tests) writes a campaign's report and its images without a dialog.
 */
import * as vscode from 'vscode';
import type { App } from '../app';
import { loadDashboard, openDashboards } from '../dashboard/loader';
import type { ReportResult } from '../report/bundle';
import { resolveTarget } from './resolveTarget';
import { loadedCompare } from '../compare/loader';

function saveToOf(arg: unknown): { rest: unknown; saveTo?: vscode.Uri } | undefined {
  if (typeof arg !== 'object' || arg === null || !('saveTo' in arg)) return { rest: arg };
  const { saveTo, ...rest } = arg as Record<string, unknown>;
  if (typeof saveTo !== 'string' || saveTo.length === 0) return undefined;
  return { rest, saveTo: /^[a-z][\w+.-]*:/i.test(saveTo) && !/^[a-z]:[\\/]/i.test(saveTo) ? vscode.Uri.parse(saveTo, true) : vscode.Uri.file(saveTo) };
}

export async function exportReport(app: App, arg?: unknown): Promise<ReportResult | undefined> {
  const args = saveToOf(arg);
  if (!args) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — "saveTo" must be a file path or URI.'));
    return undefined;
  }
  const reports = await import('../report/bundle');
  if (args.rest === undefined && !args.saveTo) {
    const group = await reports.groupReport({
      isDemo: app.apis.isDemo(),
      compare: () => loadedCompare()?.ComparePanel.active(),
      overview: async () => {
        const { OverviewPanel, overviewColumnNames } = await import('../overview/bundle');
        const panel = OverviewPanel.get();
        return panel && { panel, columns: overviewColumnNames() };
      },
    });
    if (group) return group;
  }
  const focused = args.rest === undefined ? openDashboards.active() : undefined;
  const module = await loadDashboard();
  let panel = focused;
  if (!panel) {
    const target = await resolveTarget(app, args.rest);
    if (!target) return undefined;
    panel = module.DashboardPanel.createOrShow(app.context, app.services, target.campaignId, target.range);
  }
  return reports.exportCampaignReport(app.services, panel, (shown) => module.shownModel(app.services, shown), args.saveTo);
}
