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

/** The view type of the active webview tab ("mainThreadWebview-nlpearl.compare" in some hosts), if any. */
function activeWebviewType(): string | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview ? input.viewType : undefined;
}

/** A report of the active comparison or overview; undefined when neither is the active editor. */
async function groupReport(app: App): Promise<ReportResult | undefined> {
  const type = activeWebviewType() ?? '';
  if (type.endsWith('nlpearl.compare')) {
    const panel = loadedCompare()?.ComparePanel.active();
    if (!panel?.model) return undefined;
    const document = await (await import('../report/bundle')).openCompareReport({ model: panel.model, range: panel.shownRange, isDemo: app.apis.isDemo() });
    return { document, images: [], missingImages: [] };
  }
  if (type.endsWith('nlpearl.overview')) {
    const { OverviewPanel, overviewColumnNames } = await import('../overview/bundle');
    const panel = OverviewPanel.get();
    if (!panel) return undefined;
    const document = await (await import('../report/bundle')).openOverviewReport({ rows: panel.shownRows(), total: panel.total(), columns: overviewColumnNames(), range: panel.range, isDemo: app.apis.isDemo() });
    return { document, images: [], missingImages: [] };
  }
  return undefined;
}

export async function exportReport(app: App, arg?: unknown): Promise<ReportResult | undefined> {
  const args = saveToOf(arg);
  if (!args) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — "saveTo" must be a file path or URI.'));
    return undefined;
  }
  if (args.rest === undefined && !args.saveTo) {
    const group = await groupReport(app);
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
  const { exportCampaignReport } = await import('../report/bundle');
  return exportCampaignReport(app.services, panel, (shown) => module.shownModel(app.services, shown), args.saveTo);
}
