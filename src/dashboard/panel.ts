/**
 * The dashboard webview panel: one per campaign. It loads through the shared services, turns the
 * result into the view model and posts it; the webview only draws and asks by message.
 */
import * as vscode from 'vscode';
import { exportCsv } from '../analytics/csv';
import type { PanelServices } from '../model/types';
import type { CsvExportTarget, HostMessage } from '../shared/protocol';
import { parseWebviewState } from '../shared/webviewState';
import { campaignStatusName } from '../model/campaignStatus';
import { AutoRefresh } from './autoRefresh';
import { openDrillDown } from './drillDown';
import { PanelExports, type ExportKind, type ExportResult } from './panelExport';
import { panelHandlers } from './panelHandlers';
import { showPanelJson } from './panelJson';
import { campaignDisplayName, campaignKey, dashboardKind, dashboardTitle, errorMessage, initMessage, keptData, loadingMessage, restoredRange, sameRange, type RangeSelection, type LoadedData } from './panelMessages';
import { DataMessageCache } from './dataMessageCache';
import { PanelProbe } from './panelProbe';
import { panelHtml, webviewOptions } from './panelShell';
import { routeWebviewMessage } from './router';
import { DASHBOARD_VIEW_TYPE } from './viewType';

export type { RangeSelection } from './panelMessages';
export type { ExportResult } from './panelExport';
export type { RenderReport } from './panelProbe';

const LOG = 'dashboard';

export class DashboardPanel {
  private static readonly panels = new Map<string, DashboardPanel>();

  /** The open panel of a campaign (tests, benchmark). */
  static get(campaignId: string): DashboardPanel | undefined {
    return DashboardPanel.panels.get(campaignId);
  }

  static all(): DashboardPanel[] {
    return [...DashboardPanel.panels.values()];
  }

  static createOrShow(context: vscode.ExtensionContext, services: PanelServices, campaignId: string, range: RangeSelection): DashboardPanel {
    const existing = DashboardPanel.panels.get(campaignId);
    if (existing) {
      existing.panel.reveal(undefined, false);
      if (!sameRange(existing.range, range)) existing.setRange(range);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, dashboardTitle(services.campaign(campaignId), campaignId, undefined, vscode.l10n), vscode.ViewColumn.Active, webviewOptions(context.extensionUri));
    return new DashboardPanel(context, services, panel, campaignId, range);
  }

  /** Serializer path: a panel VS Code restored after a reload. */
  static revive(context: vscode.ExtensionContext, services: PanelServices, panel: vscode.WebviewPanel, state: unknown): DashboardPanel | undefined {
    const parsed = parseWebviewState(state);
    if (!parsed) {
      services.log.warn(LOG, 'a restored dashboard had no usable state; closing it');
      panel.dispose();
      return undefined;
    }
    const existing = DashboardPanel.panels.get(parsed.campaignId);
    if (existing) {
      panel.dispose();
      existing.panel.reveal(undefined, true);
      return existing;
    }
    panel.webview.options = webviewOptions(context.extensionUri);
    return new DashboardPanel(context, services, panel, parsed.campaignId, restoredRange(parsed));
  }

  /** The test seam: renders and posts, observed (see panelProbe.ts). */
  readonly probe = new PanelProbe();

  private rangeValue: RangeSelection;
  private ready = false;
  private disposed = false;
  private requestSeq = 0;
  private inFlight: number | undefined;
  /** campaignKey() of what the last `init` showed, to notice when the campaign list fills it in. */
  private shownCampaign = '';
  private last: LoadedData | undefined;
  private readonly dataMessages = new DataMessageCache();
  /** A newer load aborts the one in flight. */
  private loadController: AbortController | undefined;
  private readonly exports: PanelExports;
  private readonly autoRefresh = new AutoRefresh(() => {
    if (this.panel.visible && this.inFlight === undefined) void this.load(true);
  });
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    context: vscode.ExtensionContext,
    private readonly services: PanelServices,
    readonly panel: vscode.WebviewPanel,
    readonly campaignId: string,
    range: RangeSelection,
  ) {
    this.rangeValue = range;
    this.exports = new PanelExports({
      post: (message) => this.post(message),
      csv: (sectionId) => this.csv(sectionId),
      campaignName: () => this.campaignName(),
      range: () => this.rangeValue,
      log: services.log,
      describeError: (error) => services.describeError(error),
    });
    const handlers = panelHandlers({
      log: services.log,
      onReady: () => this.onReady(),
      setRange: (next) => {
        this.setRange(next);
        services.rangeChosen?.(next);
      },
      reload: () => void this.load(true),
      receivePng: (chartId, dataUrl, exportId) => this.exports.receivePng(chartId, dataUrl, exportId),
      saveCsv: (sectionId) => this.exports.saveCsv(sectionId),
      showJson: (how) => showPanelJson(services, { campaignId, campaignName: this.campaignName(), range: this.rangeValue, shown: this.last }, how),
      rendered: (report) => this.probe.rendered(report),
      // The range of the figures on screen, which a load in flight has not replaced yet.
      drillDown: (request) => openDrillDown(campaignId, this.last?.range ?? this.rangeValue, request, services.log),
    });
    this.receive = (raw) => routeWebviewMessage(raw, handlers, (m) => services.log.warn(LOG, m));
    DashboardPanel.panels.set(campaignId, this);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'nlpearl.svg');
    panel.webview.html = panelHtml(panel, context.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState(() => {
        // Hidden, its page is gone (no retainContextWhenHidden): nothing reaches it until the new page says ready.
        this.ready &&= panel.visible;
        this.armAutoRefresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nlpearl.autoRefreshMinutes')) this.armAutoRefresh();
        if ((e.affectsConfiguration('nlpearl.currencyLabel') || e.affectsConfiguration('nlpearl.weekdayBase') || e.affectsConfiguration('nlpearl.displayTimeZone')) && this.last) this.postData(this.last);
      }),
      this.probe,
    );
    this.armAutoRefresh();
    void this.load(false);
  }

  /** A message from the webview, untrusted: parsed, then handled (true) or logged and dropped (false). */
  readonly receive: (raw: unknown) => boolean;

  get range(): RangeSelection { return this.rangeValue; }

  /** The data on screen for the panel's range (the report is made of it); undefined before any or after a range change. */
  get shownData(): LoadedData | undefined {
    return keptData(this.last, this.rangeValue);
  }

  get isDisposed(): boolean { return this.disposed; }

  /** Switches range and refetches; a request in flight for the old range is aborted. */
  setRange(range: RangeSelection): void {
    this.rangeValue = range;
    void this.load(false);
  }

  refresh(force = true): Promise<void> {
    return this.load(force);
  }

  /** Demo mode, account or base URL changed: what is shown is another source's, not even "stale"; load afresh. */
  sourceChanged(): Promise<void> {
    this.last = undefined;
    this.postInit();
    return this.load(true);
  }

  /** CSV of a section of the current data, or undefined before any data arrived. */
  csv(target: CsvExportTarget): string | undefined {
    return this.last ? exportCsv(this.last.pair.current.analytics, target) : undefined;
  }

  /** Export for automation: writes to `target` without a dialog. */
  exportTo(kind: ExportKind, target: vscode.Uri): Promise<ExportResult> {
    return this.exports.exportTo(kind, target);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (DashboardPanel.panels.get(this.campaignId) === this) DashboardPanel.panels.delete(this.campaignId);
    this.loadController?.abort();
    this.loadController = undefined;
    this.exports.dispose();
    this.autoRefresh.stop();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  campaignName(): string {
    return campaignDisplayName(this.services.campaign(this.campaignId), this.campaignId);
  }

  /** The campaign list may have arrived since the panel opened (by id): show its name now. */
  private showCampaignIfChanged(repostData = false): void {
    if (this.disposed || campaignKey(this.services.campaign(this.campaignId)) === this.shownCampaign) return;
    this.postInit();
    if (repostData && this.last) this.postData(this.last);
  }

  private post(message: HostMessage): void {
    // Nothing is posted before the webview listens (ready handshake); it asks again on ready.
    if (!this.ready || this.disposed) return;
    void this.panel.webview.postMessage(message);
    this.probe.posted(message);
  }

  private onReady(): void {
    this.ready = true;
    this.postInit();
    // A webview that was hidden (and so discarded) comes back: give it what it had.
    if (this.inFlight !== undefined) this.post(loadingMessage(this.inFlight, this.rangeValue));
    else if (this.last) this.postData(this.last);
  }

  private postInit(): void {
    const info = this.services.campaign(this.campaignId);
    this.shownCampaign = campaignKey(info);
    this.panel.title = dashboardTitle(this.services.campaign(this.campaignId), this.campaignId, this.last?.pair, vscode.l10n);
    this.post(
      initMessage({
        campaign: {
          id: this.campaignId,
          name: this.campaignName(),
          status: campaignStatusName(info?.status, vscode.l10n.t),
        },
        range: this.rangeValue,
        isDemo: this.services.isDemo(),
        settings: this.services.settings(),
        locale: vscode.env.language,
        t: vscode.l10n.t,
        kind: dashboardKind(info?.kind, this.last?.pair),
      }),
    );
  }

  private postData(loaded: LoadedData): void {
    const { currencyLabel, weekdayBase, displayTimeZone } = this.services.settings();
    const campaignKind = this.services.campaign(this.campaignId)?.kind;
    if (!campaignKind) this.panel.title = dashboardTitle(this.services.campaign(this.campaignId), this.campaignId, loaded.pair, vscode.l10n);
    this.post(this.dataMessages.message(loaded, { currencyLabel, weekdayBase, displayTimeZone, locale: vscode.env.language, t: vscode.l10n.t, campaignKind }));
  }

  private async load(force: boolean): Promise<void> {
    if (this.disposed) return;
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const requestId = ++this.requestSeq;
    const range = this.rangeValue;
    this.inFlight = requestId;
    this.post(loadingMessage(requestId, range, this.last === undefined));
    try {
      // The name may be unknown when the panel was opened by id before the tree listed campaigns.
      if (!this.services.campaign(this.campaignId)) void this.services.lookupCampaign(this.campaignId).then(() => this.showCampaignIfChanged(true));
      const pair = await this.services.analytics.load(this.campaignId, range, { signal: controller.signal, force });
      this.probe.mark('fetched');
      if (controller.signal.aborted || this.disposed) return;
      this.last = { pair, requestId, range };
      this.showCampaignIfChanged();
      this.postData(this.last);
    } catch (error) {
      if (controller.signal.aborted || this.disposed) return;
      const view = this.services.describeError(error);
      this.services.log.warn(LOG, `analytics for ${this.campaignId} failed: ${view.kind}: ${view.message}`);
      // "Stale" only ever means the same source and range: older data of another range goes.
      this.last = keptData(this.last, range);
      this.post(errorMessage(requestId, view, this.last));
    } finally {
      if (this.inFlight === requestId) this.inFlight = undefined;
      if (this.loadController === controller) this.loadController = undefined;
    }
  }

  /** Auto-refresh only while the panel is visible and the setting is above 0. */
  private armAutoRefresh(): void {
    this.autoRefresh.arm(this.services.settings().autoRefreshMinutes, !this.disposed && this.panel.visible);
  }
}

/** Restores dashboards after a window reload (activation event onWebviewPanel:nlpearl.dashboard). */
