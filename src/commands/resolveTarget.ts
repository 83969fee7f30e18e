/** Turns command arguments (or their absence) into a campaign and a range, asking what is missing. */
import * as vscode from 'vscode';
import { messageOf } from '../logText';
import { parseCampaignRangeArgs } from './commandArgs';
import type { RangeSelection } from '../model/analyticsCache';
import type { App } from '../app';
import { loadPickers } from './pickersLoader';
import type { CampaignKind } from '../api/schemas';

export interface Target {
  readonly campaignId: string;
  readonly range: RangeSelection;
}

/** Signed out and not in demo mode: offer the two ways in. Resolves true when one was taken. */
export async function ensureReady(app: App): Promise<boolean> {
  if (app.apis.isDemo() || (await app.tokens.get())) return true;
  const setToken = vscode.l10n.t('Set API Token');
  const demo = vscode.l10n.t('Try Demo Data');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Connect your NLPearl account to see its inbound analytics, or look around with demo data.'),
    setToken,
    demo,
  );
  if (choice === setToken) await vscode.commands.executeCommand('nlpearl.setToken');
  if (choice === demo) await vscode.commands.executeCommand('nlpearl.tryDemo');
  return app.apis.isDemo() || (await app.tokens.get()) !== undefined;
}

/** `only`: the picker offers that kind's campaigns (an id given as argument is used whatever its kind). */
export async function resolveTarget(app: App, arg: unknown, only?: CampaignKind): Promise<Target | undefined> {
  const parsed = parseCampaignRangeArgs(arg);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — {0}', parsed.problem));
    return undefined;
  }
  if (!(await ensureReady(app))) return undefined;
  const campaignId = parsed.value?.campaignId ?? (await (await loadPickers()).pickCampaign(app, only));
  if (!campaignId) return undefined;
  let range = parsed.value?.range;
  if (!range && parsed.value?.fromTree) range = app.range.current();
  range ??= await (await loadPickers()).pickRange(app.services.settings().defaultRange);
  if (!range) return undefined;
  // The "recent" order is for the next picker: the panel does not wait for the write (a round trip in VS Code for the web).
  app.store.markUsed(campaignId).catch((error: unknown) => app.log.warn('commands', `remembering ${campaignId} as recent failed: ${messageOf(error)}`));
  return { campaignId, range };
}
