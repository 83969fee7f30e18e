/** Turns command arguments (or their absence) into a campaign and a range, asking what is missing. */
import * as vscode from 'vscode';
import { parseCampaignRangeArgs } from '../host/commandArgs';
import type { RangeSelection } from '../host/analyticsCache';
import type { Host } from '../host/host';
import { pickCampaign } from './pickCampaign';
import { pickRange } from './pickRange';

export interface Target {
  readonly campaignId: string;
  readonly range: RangeSelection;
}

/** Signed out and not in demo mode: offer the two ways in. Resolves true when one was taken. */
export async function ensureReady(host: Host): Promise<boolean> {
  if (host.apis.isDemo() || (await host.tokens.get())) return true;
  const setToken = vscode.l10n.t('Set API Token');
  const demo = vscode.l10n.t('Try Demo Data');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Connect your NLPearl account to see its inbound analytics, or look around with demo data.'),
    setToken,
    demo,
  );
  if (choice === setToken) await vscode.commands.executeCommand('nlpearl.setToken');
  if (choice === demo) await vscode.commands.executeCommand('nlpearl.tryDemo');
  return host.apis.isDemo() || (await host.tokens.get()) !== undefined;
}

export async function resolveTarget(host: Host, arg: unknown): Promise<Target | undefined> {
  const parsed = parseCampaignRangeArgs(arg);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — {0}', parsed.problem));
    return undefined;
  }
  if (!(await ensureReady(host))) return undefined;
  const campaignId = parsed.value?.campaignId ?? (await pickCampaign(host));
  if (!campaignId) return undefined;
  let range = parsed.value?.range;
  if (!range && parsed.value?.fromTree) range = host.range.current();
  range ??= await pickRange(host.services.settings().defaultRange);
  if (!range) return undefined;
  await host.store.markUsed(campaignId);
  return { campaignId, range };
}
