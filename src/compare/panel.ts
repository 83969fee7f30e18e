/**
 * The Compare panel: 2–4 campaigns over one range, their KPI cards side by side and their figures on shared
 * axes. Each campaign loads through the shared analytics source (the cache the tree and dashboards use), all at
 * once (at most four); one that fails shows its error in its own column while the others show.
 */
import * as vscode from 'vscode';
import { buildCompareModel, type ComparedInput } from '../analytics/compare';
import { toCsv } from '../analytics/csv';
import { inputFromPair } from '../analytics/options';
import { describeRange } from '../api/range';
import { webviewShell } from '../dashboard/panelShell';
import { sameRange } from '../dashboard/panelMessages';
import { saveExport } from '../dashboard/export';
import { decodePngDataUrl, exportFileName } from '../dashboard/exportFiles';
import { webviewStrings } from '../dashboard/translateStrings';
import type { PanelServices, RangeSelection } from '../model/types';
import { parseCompareMessage, type CompareHostMessage, type CompareModel, type CompareWebviewMessage } from '../shared/compareProtocol';
import type { AnalyticsSection } from '../shared/protocol';
import { compareStrings } from './strings';

export const COMPARE_VIEW_TYPE = 'nlpearl.compare';
const LOG = 'compare';

export interface CompareDeps {
  readonly services: PanelServices;
  readonly extensionUri: vscode.Uri;
  /** Opens a campaign's own dashboard for the same range (a click on its column). */
  openDashboard(campaignId: string, range: RangeSelection): void;
  pickRange(): Promise<RangeSelection | undefined>;
}

export class ComparePanel {
  private static readonly open = new Set<ComparePanel>();

  /** Every open comparison drops what it shows (another source's figures, not even as stale) and loads anew. */
  static sourceChangedAll(): void {
    for (const panel of ComparePanel.open) {
      panel.kept.clear();
      panel.last = undefined;
      void panel.load(true);
    }
  }

  /** The Compare panel that is the active editor (Export Report acts on it). */
  static active(): ComparePanel | undefined {
    return [...ComparePanel.open].find((p) => p.panel.active);
  }

  private controller: AbortController | undefined;
  private last: CompareModel | undefined;
  private fetchedAt = 0;
  /** Each campaign's last good load and its range: a failed refresh of the same range keeps it, marked stale. */
  private readonly kept = new Map<string, { range: RangeSelection; input: NonNullable<ComparedInput['input']>; fetchedAt: number }>();
  private disposed = false;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last messages posted to the webview, and the renders it reported (tests observe them). */
  readonly posted: CompareHostMessage[] = [];
  renders = 0;

  static show(deps: CompareDeps, campaignIds: readonly string[], range: RangeSelection): ComparePanel {
    const names = campaignIds.map((id) => deps.services.campaign(id)?.name ?? id);
    const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, vscode.l10n.t('Compare — {0}', names.join(' · ')), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist')],
    });
    return new ComparePanel(deps, panel, campaignIds, range);
  }

  private constructor(
    private readonly deps: CompareDeps,
    readonly panel: vscode.WebviewPanel,
    readonly campaignIds: readonly string[],
    private range: RangeSelection,
  ) {
    const webview = panel.webview;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'nlpearl.svg');
    webview.html = webviewShell(panel, deps.extensionUri, 'compareView.js', 'dashboard.css');
    ComparePanel.open.add(this);
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
    void this.load(false);
  }

  get model(): CompareModel | undefined {
    return this.last;
  }

  get shownRange(): RangeSelection {
    return this.range;
  }

  receive(raw: unknown): boolean {
    const message = parseCompareMessage(raw);
    if (!message) {
      this.deps.services.log.warn(LOG, 'ignored an invalid message from the Compare webview');
      return false;
    }
    this.handle(message).catch((error: unknown) => this.deps.services.log.warn(LOG, `a Compare message failed: ${this.deps.services.describeError(error).message}`));
    return true;
  }

  private async handle(message: CompareWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'init', strings: { ...webviewStrings(vscode.l10n.t), ...compareStrings() }, title: this.panel.title, locale: vscode.env.language, isDemo: this.deps.services.isDemo() });
        if (this.last) this.postData(this.last);
        else this.post({ type: 'loading', rangeText: describeRange(this.range, vscode.env.language) });
        return;
      case 'reload':
        return this.load(true);
      case 'pickRange': {
        const next = await this.deps.pickRange();
        if (next) {
          this.range = next;
          await this.load(false);
        }
        return;
      }
      case 'openDashboard':
        if (this.campaignIds.includes(message.campaignId)) this.deps.openDashboard(message.campaignId, this.range);
        return;
      case 'exportPng':
        return this.save(decodePngDataUrl(message.dataUrl), message.chartId, 'png');
      case 'exportCsv': {
        const table = this.last?.charts.find((c) => c.id === message.chartId)?.table;
        return this.save(table ? new TextEncoder().encode(toCsv([table.columns, ...table.rows])) : null, message.chartId, 'csv');
      }
      case 'rendered':
        this.renders++;
        return;
    }
  }

  private async save(bytes: Uint8Array | null, chartId: AnalyticsSection, format: 'png' | 'csv'): Promise<void> {
    if (!bytes) return;
    try {
      await saveExport({ bytes, format, defaultName: exportFileName(vscode.l10n.t('Compare'), chartId, this.range, format) });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: {0}', this.deps.services.describeError(error).message));
    }
  }

  /** Resolves when every campaign has loaded or failed; a newer load (or closing) aborts this one. */
  async load(force: boolean): Promise<void> {
    if (this.disposed) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const range = this.range;
    this.post({ type: 'loading', rangeText: describeRange(range, vscode.env.language) });
    const { services } = this.deps;
    const fetched: number[] = [];
    const inputs = await Promise.all(
      this.campaignIds.map(async (id): Promise<ComparedInput> => {
        // Opened by ids (a keybinding) before the tree listed campaigns: one listing request gives every name.
        const info = services.campaign(id) ?? (await services.lookupCampaign(id).catch(() => undefined));
        const name = info?.name || id;
        try {
          const pair = await services.analytics.load(id, range, { signal: controller.signal, force });
          const input = inputFromPair(pair);
          this.kept.set(id, { range, input, fetchedAt: pair.current.fetchedAt });
          fetched.push(pair.current.fetchedAt);
          return { id, name, input };
        } catch (error) {
          const view = services.describeError(error);
          services.log.warn(LOG, `analytics for ${id} failed: ${view.kind}: ${view.message}`);
          const kept = this.kept.get(id);
          // "Stale" only for the same range (and source: a change of source closes nothing but reloads all).
          if (kept && sameRange(kept.range, range)) {
            // "Updated …" is the oldest data on screen: a kept column's own time, not the fresh ones'.
            fetched.push(kept.fetchedAt);
            return { id, name, input: kept.input, error: view.message, stale: true };
          }
          return { id, name, error: view.message };
        }
      }),
    );
    if (controller.signal.aborted || this.disposed) return;
    this.panel.title = vscode.l10n.t('Compare — {0}', inputs.map((c) => c.name).join(' · '));
    this.fetchedAt = fetched.length > 0 ? Math.min(...fetched) : this.fetchedAt;
    const { currencyLabel, weekdayBase, displayTimeZone } = services.settings();
    this.last = buildCompareModel(inputs, { currencyLabel, weekdayBase, displayTimeZone, locale: vscode.env.language, t: vscode.l10n.t });
    this.postData(this.last);
  }

  private postData(model: CompareModel): void {
    this.post({ type: 'data', model, rangeText: describeRange(this.range, vscode.env.language), fetchedAt: this.fetchedAt });
  }

  private post(message: CompareHostMessage): void {
    if (this.disposed) return;
    this.posted.push(message);
    if (this.posted.length > 20) this.posted.shift();
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    ComparePanel.open.delete(this);
    this.controller?.abort();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
