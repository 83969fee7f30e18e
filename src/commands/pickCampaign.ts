/** Quick pick of a campaign: recently used first, status shown, "Add by ID…" at the end. */
import * as vscode from 'vscode';
import { campaignStatusName } from '../model/campaignStatus';
import type { App } from '../app';
import type { CampaignInfo } from '../model/types';
import { parseCampaignId } from '../shared/campaignId';

interface CampaignItem extends vscode.QuickPickItem {
  readonly campaignId?: string;
  /** The listing failed: picking this row runs the fix (set the token, open settings, retry). */
  readonly fix?: () => Thenable<unknown>;
}

function fixFor(action: string, app: App): () => Thenable<unknown> {
  if (action === 'setToken') return () => vscode.commands.executeCommand('nlpearl.setToken');
  if (action === 'checkSettings') return () => vscode.commands.executeCommand('workbench.action.openSettings', 'nlpearl');
  return async () => app.tree.refresh();
}

function orderByRecent(campaigns: CampaignInfo[], recent: string[]): CampaignInfo[] {
  const rank = (id: string) => {
    const index = recent.indexOf(id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...campaigns].sort((a, b) => rank(a.id) - rank(b.id));
}

export async function pickCampaign(app: App): Promise<string | undefined> {
  const items = app.directory.ensureListed().then((campaigns): CampaignItem[] => {
    const recent = app.store.recentIds();
    const ordered = orderByRecent(campaigns, recent);
    const error = app.directory.listError();
    const rows: CampaignItem[] = error
      ? [{ label: `$(error) ${vscode.l10n.t('Could not list campaigns: {0}', error.message)}`, detail: vscode.l10n.t('Select to fix it, or add a campaign by ID below.'), fix: fixFor(error.action, app) }]
      : [];
    rows.push(...ordered.map((c) => ({
      label: c.name ?? c.id,
      description: [campaignStatusName(c.status, vscode.l10n.t), recent.includes(c.id) ? vscode.l10n.t('recently used') : undefined].filter(Boolean).join(' · '),
      detail: c.id,
      campaignId: c.id,
    })));
    rows.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    rows.push({ label: `$(add) ${vscode.l10n.t('Add campaign by ID…')}` });
    return rows;
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('NLPearl: Inbound Campaign'),
    placeHolder: vscode.l10n.t('Which campaign?'),
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (picked.fix) {
    await picked.fix();
    return undefined;
  }
  return picked.campaignId ?? addCampaignById(app);
}

export async function addCampaignById(app: App): Promise<string | undefined> {
  const input = await vscode.window.showInputBox({
    title: vscode.l10n.t('NLPearl: Add Campaign by ID'),
    prompt: vscode.l10n.t('The inbound campaign (Pearl) id, as shown in the NLPearl platform.'),
    ignoreFocusOut: true,
    placeHolder: '65f1c0ffee0000000000beef',
    validateInput: (text) => {
      if (!text.trim()) return vscode.l10n.t('Type the campaign id.');
      if (!parseCampaignId(text)) return vscode.l10n.t('An NLPearl campaign id is 24 hexadecimal characters (0-9, a-f), e.g. 65f1c0ffee0000000000beef.');
      return undefined;
    },
  });
  const id = parseCampaignId(input);
  if (!id) return undefined;
  await app.store.addManual(id);
  app.tree.refresh();
  return id;
}
