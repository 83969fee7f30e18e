/** Quick pick of a campaign: recently used first, status shown, "Add by ID…" at the end. */
import * as vscode from 'vscode';
import { campaignStatusName } from '../model/campaignStatus';
import type { App } from '../app';
import type { CampaignInfo } from '../model/types';
import { parseCampaignId } from '../shared/campaignId';
import type { CampaignKind } from '../api/schemas';

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

/** `only`: the campaigns of that kind (Show Inbound Analytics); none: both kinds, each under its own heading. */
export async function pickCampaign(app: App, only?: CampaignKind): Promise<string | undefined> {
  const items = app.directory.ensureListed().then((campaigns): CampaignItem[] => {
    const recent = app.store.recentIds();
    const ordered = orderByRecent(only ? campaigns.filter((c) => c.kind === only) : campaigns, recent);
    const error = app.directory.listError();
    const rows: CampaignItem[] = error
      ? [{ label: `$(error) ${vscode.l10n.t('Could not list campaigns: {0}', error.message)}`, detail: vscode.l10n.t('Select to fix it, or add a campaign by ID below.'), fix: fixFor(error.action, app) }]
      : [];
    const item = (c: CampaignInfo): CampaignItem => ({
      label: c.name ?? c.id,
      description: [campaignStatusName(c.status, vscode.l10n.t), recent.includes(c.id) ? vscode.l10n.t('recently used') : undefined].filter(Boolean).join(' · '),
      detail: c.id,
      campaignId: c.id,
    });
    const kinds = only ? [only] : (['inbound', 'outbound'] as const).filter((k) => ordered.some((c) => c.kind === k));
    for (const kind of kinds) {
      // Headings only when both kinds are offered: one list of one kind needs none.
      if (!only && kinds.length > 1) rows.push({ label: kind === 'outbound' ? vscode.l10n.t('Outbound') : vscode.l10n.t('Inbound'), kind: vscode.QuickPickItemKind.Separator });
      rows.push(...ordered.filter((c) => c.kind === kind).map(item));
    }
    rows.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    rows.push({ label: `$(add) ${vscode.l10n.t('Add campaign by ID…')}` });
    return rows;
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: only === 'inbound' ? vscode.l10n.t('NLPearl: Inbound Campaign') : vscode.l10n.t('NLPearl: Campaign'),
    placeHolder: vscode.l10n.t('Which campaign?'),
    matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (picked.fix) {
    await picked.fix();
    return undefined;
  }
  return picked.campaignId ?? addCampaignById(app, only ? { kind: only } : undefined);
}

/** The kind an argument names: `{ kind: 'outbound' }`, or a tree group row (`{ kind: 'group', group }`). */
function kindArg(arg: unknown): CampaignKind | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { kind, group } = arg as { kind?: unknown; group?: unknown };
  const named = kind === 'group' ? group : kind;
  return named === 'inbound' || named === 'outbound' ? named : undefined;
}

/**
 * Asked, not probed: the user copies the id from the platform's Inbound or Outbound page, so they know; a
 * probe would cost requests, fail with a wrong token (adding by id works without one), and read a 404 as
 * "outbound" when the id is simply wrong. A group's "Add by ID" row already says which.
 */
async function askKind(): Promise<CampaignKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `$(call-incoming) ${vscode.l10n.t('Inbound')}`, campaignKind: 'inbound' as const },
      { label: `$(call-outgoing) ${vscode.l10n.t('Outbound')}`, campaignKind: 'outbound' as const },
    ],
    { title: vscode.l10n.t('NLPearl: Add Campaign by ID'), placeHolder: vscode.l10n.t('Which kind of campaign is it?'), ignoreFocusOut: true },
  );
  return picked?.campaignKind;
}

export async function addCampaignById(app: App, arg?: unknown): Promise<string | undefined> {
  const given = kindArg(arg);
  const input = await vscode.window.showInputBox({
    title: vscode.l10n.t('NLPearl: Add Campaign by ID'),
    prompt: vscode.l10n.t('The campaign (Pearl) id, as shown in the NLPearl platform.'),
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
  const kind = given ?? (await askKind());
  if (!kind) return undefined;
  await app.store.addManual(id, kind);
  app.tree.refresh();
  return id;
}
