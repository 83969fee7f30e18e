/**
 * The dashboard's Open JSON and Copy JSON buttons: the data on screen, or the load under way for the same range
 * (the cache shares it) — never a request of their own.
 */
import * as vscode from 'vscode';
import type { PanelServices } from '../model/types';
import { sameRange, type LoadedData, type RangeSelection } from './panelMessages';

export interface PanelJsonSubject {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly range: RangeSelection;
  /** What the panel shows, if anything (it may be of another range while a load is under way). */
  readonly shown: LoadedData | undefined;
}

export async function showPanelJson(services: PanelServices, subject: PanelJsonSubject, how: 'open' | 'copy'): Promise<void> {
  try {
    const { campaignId, campaignName, range, shown } = subject;
    const onScreen = shown && sameRange(shown.range, range) ? shown.pair : undefined;
    const pair = onScreen ?? (await services.analytics.load(campaignId, range));
    await services.showJson(pair, how, { campaignId, campaignName, range });
  } catch (error) {
    const view = services.describeError(error);
    if (view.kind !== 'cancelled') void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: {0}', view.message));
  }
}
