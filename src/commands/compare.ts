/**
 * Compare Campaigns: 2–4 campaigns picked at once (or `{ campaignIds, preset | from, to }` from a keybinding or
 * automation), then a range, then one Compare panel.
 */
import * as vscode from 'vscode';
import type { App } from '../app';
import { loadDashboard } from '../dashboard/loader';
import type { ComparePanel } from '../compare/panel';
import { loadCompare } from '../compare/loader';
import { parseCampaignId } from '../shared/campaignId';
import { parseCampaignRangeArgs } from './commandArgs';
import { loadPickers } from './pickersLoader';
import { ensureReady } from './resolveTarget';
import type { RangeSelection } from '../model/types';

const MIN = 2;
const MAX = 4;

type Parsed = { ok: true; ids?: string[]; range?: RangeSelection } | { ok: false; problem: string };

/** Pure: `{ campaignIds: [2–4 ids], preset | from, to }`, or nothing (ask). */
export function parseCompareArgs(arg: unknown): Parsed {
  if (arg === undefined || arg === null) return { ok: true };
  const ids = typeof arg === 'object' && 'campaignIds' in arg ? (arg as { campaignIds: unknown }).campaignIds : undefined;
  if (!Array.isArray(ids) || ids.length < MIN || ids.length > MAX) return { ok: false, problem: `"campaignIds" must list ${MIN} to ${MAX} campaign ids.` };
  const parsedIds = ids.map((id) => parseCampaignId(id));
  if (parsedIds.some((id) => id === undefined)) return { ok: false, problem: '"campaignIds" holds a value that is not an NLPearl campaign id.' };
  const unique = [...new Set(parsedIds as string[])];
  if (unique.length < MIN) return { ok: false, problem: 'Compare needs two different campaigns.' };
  const rest: Record<string, unknown> = { ...(arg as Record<string, unknown>) };
  delete rest.campaignIds;
  const range = parseCampaignRangeArgs({ ...rest, campaignId: unique[0] });
  if (!range.ok) return range;
  return { ok: true, ids: unique, ...(range.value?.range ? { range: range.value.range } : {}) };
}

async function pickCampaigns(app: App): Promise<string[] | undefined> {
  const campaigns = await app.directory.ensureListed();
  if (campaigns.length < MIN) {
    void vscode.window.showInformationMessage(vscode.l10n.t('NLPearl: Compare needs at least two campaigns; this account lists {0}. Add one by ID in the NLPearl view.', campaigns.length));
    return undefined;
  }
  for (;;) {
    const picked = await vscode.window.showQuickPick(
      campaigns.map((c) => ({ label: c.name ?? c.id, detail: c.id, id: c.id })),
      { title: vscode.l10n.t('NLPearl: Compare Campaigns'), placeHolder: vscode.l10n.t('Pick 2 to 4 campaigns'), canPickMany: true, matchOnDetail: true },
    );
    if (!picked) return undefined;
    if (picked.length >= MIN && picked.length <= MAX) return picked.map((p) => p.id);
    // Picking again beats silently cutting the list to four.
    const again = await vscode.window.showWarningMessage(vscode.l10n.t('Pick 2 to 4 campaigns to compare (you picked {0}).', picked.length), vscode.l10n.t('Pick Again'));
    if (!again) return undefined;
  }
}

export async function compareCampaigns(app: App, arg?: unknown): Promise<ComparePanel | undefined> {
  const parsed = parseCompareArgs(arg);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — {0}', parsed.problem));
    return undefined;
  }
  if (!(await ensureReady(app))) return undefined;
  const ids = parsed.ids ?? (await pickCampaigns(app));
  if (!ids) return undefined;
  const range = parsed.range ?? (await (await loadPickers()).pickRange(app.services.settings().defaultRange));
  if (!range) return undefined;
  const { ComparePanel } = await loadCompare();
  return ComparePanel.show(
    {
      services: app.services,
      extensionUri: app.context.extensionUri,
      openDashboard: (campaignId, at) => void loadDashboard().then((d) => d.DashboardPanel.createOrShow(app.context, app.services, campaignId, at)),
      pickRange: async () => (await loadPickers()).pickRange(app.services.settings().defaultRange),
    },
    ids,
    range,
  );
}
