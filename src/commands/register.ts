/** Registers every contributed command. Each handler is a line: the work lives in its own module. */
import * as vscode from 'vscode';
import { loadDashboard, type DashboardPanel } from '../dashboard/loader';
import type { App } from '../app';
import { parseCampaignRangeArgs } from './commandArgs';
import { loadPickers } from './pickersLoader';
import { resolveTarget } from './resolveTarget';
import { copyAnalyticsJson, openAnalyticsJson } from './json';
import { exportReport } from './report';
import { compareCampaigns } from './compare';
import { registerJsonDocuments } from './jsonLoader';
import { clearToken, setToken } from './token';
import { setDemoMode } from './demo';

/** `only` narrows the picker: Show Inbound Analytics keeps offering inbound campaigns, as it always did. */
async function showAnalytics(app: App, arg: unknown, only?: 'inbound'): Promise<DashboardPanel | undefined> {
  const target = await resolveTarget(app, arg, only);
  if (!target) return undefined;
  const panel = (await loadDashboard()).DashboardPanel.createOrShow(app.context, app.services, target.campaignId, target.range);
  // A range picked in the palette is a range chosen, as in the panel: with nlpearl.syncRanges the tree follows.
  await app.rangeSync.chosen(target.range);
  return panel;
}

function campaignIdOf(arg: unknown): string | undefined {
  const parsed = parseCampaignRangeArgs(arg);
  return parsed.ok ? parsed.value?.campaignId : undefined;
}

export function registerCommands(app: App): vscode.Disposable[] {
  const register = (id: string, handler: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, handler);
  return [
    ...registerJsonDocuments(),
    register('nlpearl.showInboundAnalytics', (arg) => showAnalytics(app, arg, 'inbound')),
    register('nlpearl.showCampaignAnalytics', (arg) => showAnalytics(app, arg)),
    register('nlpearl.openDashboard', (arg) => showAnalytics(app, arg)),
    register('nlpearl.openAnalyticsJson', (arg) => openAnalyticsJson(app, arg)),
    register('nlpearl.copyAnalyticsJson', (arg) => copyAnalyticsJson(app, arg)),
    register('nlpearl.exportReport', (arg) => exportReport(app, arg)),
    register('nlpearl.compareCampaigns', (arg) => compareCampaigns(app, arg)),
    register('nlpearl.setToken', (arg) => setToken(app, arg)),
    register('nlpearl.clearToken', () => clearToken(app)),
    register('nlpearl.tryDemo', () => setDemoMode(true)),
    register('nlpearl.exitDemo', () => setDemoMode(false)),
    register('nlpearl.refresh', () => app.tree.refresh()),
    register('nlpearl.retry', (arg) => app.tree.retry(arg as Parameters<App['tree']['retry']>[0])),
    register('nlpearl.showLog', () => app.log.show()),
    register('nlpearl.selectRange', async () => {
      const range = await (await loadPickers()).pickRange();
      if (!range) return;
      await app.range.set(range.preset ? { preset: range.preset } : range);
    }),
    register('nlpearl.addCampaign', async (arg) => (await loadPickers()).addCampaignById(app, arg)),
    register('nlpearl.removeCampaign', async (arg) => {
      const id = campaignIdOf(arg);
      if (!id) return;
      await app.store.removeManual(id);
      app.tree.refresh();
    }),
    register('nlpearl.copyCampaignId', async (arg) => {
      const id = campaignIdOf(arg);
      if (!id) return;
      await vscode.env.clipboard.writeText(id);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied campaign id {0}', id), 3000);
    }),
  ];
}
