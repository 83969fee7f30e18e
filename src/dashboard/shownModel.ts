/**
 * The view model of what a dashboard shows, built as its webview got it. For Export Report (dist/report.js),
 * which has no model builder of its own: the report's figures are the screen's by construction.
 */
import * as vscode from 'vscode';
import type { PanelServices } from '../model/types';
import type { DashboardModel } from '../shared/protocol';
import type { DashboardPanel } from './panel';
import { dataMessage, type RangeSelection } from './panelMessages';

export interface ShownModel {
  readonly model: DashboardModel;
  readonly range: RangeSelection;
  readonly fetchedAt: number;
}

/** Waits for the panel's load of its range (the cache answers a fresh one); undefined when it has no data. */
export async function shownModel(services: PanelServices, panel: DashboardPanel): Promise<ShownModel | undefined> {
  await panel.refresh(false);
  const shown = panel.shownData;
  if (!shown) return undefined;
  const { currencyLabel, weekdayBase, displayTimeZone } = services.settings();
  const campaignKind = services.campaign(panel.campaignId)?.kind;
  const { model } = dataMessage(shown, { currencyLabel, weekdayBase, displayTimeZone, locale: vscode.env.language, t: vscode.l10n.t, campaignKind });
  return { model, range: shown.range, fetchedAt: shown.pair.current.fetchedAt };
}
