/** Registers every contributed command. Each handler is a line: the work lives in its own module. */
import * as vscode from 'vscode';
import { loadDashboard, type DashboardPanel } from '../dashboard/loader';
import type { Host } from '../host/host';
import { parseCampaignRangeArgs } from '../host/commandArgs';
import { addCampaignById } from './pickCampaign';
import { pickRange } from './pickRange';
import { resolveTarget } from './resolveTarget';
import { copyAnalyticsJson, openAnalyticsJson } from './json';
import { clearToken, setToken } from './token';
import { setDemoMode } from './demo';

async function showInboundAnalytics(host: Host, arg: unknown): Promise<DashboardPanel | undefined> {
  const target = await resolveTarget(host, arg);
  if (!target) return undefined;
  return (await loadDashboard()).DashboardPanel.createOrShow(host.context, host.services, target.campaignId, target.range);
}

function campaignIdOf(arg: unknown): string | undefined {
  const parsed = parseCampaignRangeArgs(arg);
  return parsed.ok ? parsed.value?.campaignId : undefined;
}

export function registerCommands(host: Host): vscode.Disposable[] {
  const register = (id: string, handler: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, handler);
  return [
    register('nlpearl.showInboundAnalytics', (arg) => showInboundAnalytics(host, arg)),
    register('nlpearl.openDashboard', (arg) => showInboundAnalytics(host, arg)),
    register('nlpearl.openAnalyticsJson', (arg) => openAnalyticsJson(host, arg)),
    register('nlpearl.copyAnalyticsJson', (arg) => copyAnalyticsJson(host, arg)),
    register('nlpearl.setToken', (arg) => setToken(host, arg)),
    register('nlpearl.clearToken', () => clearToken(host)),
    register('nlpearl.tryDemo', () => setDemoMode(true)),
    register('nlpearl.exitDemo', () => setDemoMode(false)),
    register('nlpearl.refresh', () => host.tree.refresh()),
    register('nlpearl.retry', (arg) => host.tree.retry(arg as Parameters<Host['tree']['retry']>[0])),
    register('nlpearl.showLog', () => host.log.show()),
    register('nlpearl.selectRange', async () => {
      const range = await pickRange();
      if (!range) return;
      await host.range.set(range.preset ? { preset: range.preset } : range);
    }),
    register('nlpearl.addCampaign', () => addCampaignById(host)),
    register('nlpearl.removeCampaign', async (arg) => {
      const id = campaignIdOf(arg);
      if (!id) return;
      await host.store.removeManual(id);
      host.tree.refresh();
    }),
    register('nlpearl.copyCampaignId', async (arg) => {
      const id = campaignIdOf(arg);
      if (!id) return;
      await vscode.env.clipboard.writeText(id);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied campaign id {0}', id), 3000);
    }),
  ];
}
