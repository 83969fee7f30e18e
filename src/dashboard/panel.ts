/**
 * The dashboard webview panel: one per campaign. It loads through the shared services, turns the
 * result into the view model and posts it; the webview only draws and asks by message.
 */
import * as vscode from 'vscode';
import { buildDashboardModel } from '../analytics/model';
import { inputFromPair } from '../analytics/options';
import { sectionCsv } from '../analytics/csv';
import { rangeForPreset, rangeProblem, splitRange, type DateRange, type RangePreset } from '../api/range';
import { CAMPAIGN_STATUS } from '../api/schemas';
import { describeError } from '../host/errorText';
import type { AnalyticsPair, HostServices } from '../host/services';
import { parseWebviewState, type HostMessage, type SectionId } from '../shared/protocol';
import { decodePngDataUrl, exportFileName } from './exportFiles';
import { saveExport } from './export';
import { dashboardHtml, makeNonce } from './html';
import { routeWebviewMessage, type DashboardHandlers, type WebviewAction } from './router';
import { webviewStrings } from './strings';

export const DASHBOARD_VIEW_TYPE = 'nlpearl.dashboard';
const LOG = 'dashboard';
/** How long the export command waits for the webview to draw a PNG. */
const PNG_TIMEOUT_MS = 15_000;

export type DashboardRange = DateRange & { preset?: RangePreset };

export interface RenderReport {
  readonly requestId: number;
  readonly ms: number;
}

export interface ExportResult {
  readonly uri: vscode.Uri;
  readonly bytes: number;
}

interface LastData {
  readonly pair: AnalyticsPair;
  readonly requestId: number;
  readonly range: DashboardRange;
}

interface PendingPng {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
  };
}

function sameRange(a: DashboardRange, b: DashboardRange): boolean {
  if (a.preset || b.preset) return a.preset === b.preset;
  return a.from === b.from && a.to === b.to;
}

export class DashboardPanel {
  private static readonly panels = new Map<string, DashboardPanel>();

  /** The open panel of a campaign (tests, benchmark). */
  static get(campaignId: string): DashboardPanel | undefined {
    return DashboardPanel.panels.get(campaignId);
  }

  static all(): DashboardPanel[] {
    return [...DashboardPanel.panels.values()];
  }

  static createOrShow(context: vscode.ExtensionContext, services: HostServices, campaignId: string, range: DashboardRange): DashboardPanel {
    const existing = DashboardPanel.panels.get(campaignId);
    if (existing) {
      existing.panel.reveal(undefined, false);
      if (!sameRange(existing.range, range)) existing.setRange(range);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, DashboardPanel.titleFor(services, campaignId), vscode.ViewColumn.Active, {
      ...webviewOptions(context),
    });
    return new DashboardPanel(context, services, panel, campaignId, range);
  }

  /** Serializer path: a panel VS Code restored after a reload. */
  static revive(context: vscode.ExtensionContext, services: HostServices, panel: vscode.WebviewPanel, state: unknown): DashboardPanel | undefined {
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
    panel.webview.options = webviewOptions(context);
    // A preset stays relative ("last 7 days" is last 7 days again after a reload).
    const range: DashboardRange = parsed.preset ? { ...rangeForPreset(parsed.preset), preset: parsed.preset } : { ...parsed.range };
    return new DashboardPanel(context, services, panel, parsed.campaignId, range);
  }

  private static titleFor(services: HostServices, campaignId: string): string {
    const name = services.campaign(campaignId)?.name || campaignId;
    return vscode.l10n.t('{0} — Inbound Analytics', name);
  }

  /** Milliseconds of the webview's last first-complete render of a data message. */
  lastRenderMs: number | undefined;
  private readonly renderEmitter = new vscode.EventEmitter<RenderReport>();
  /** Fires when the webview reports the first complete render of a data message. */
  readonly onDidRender = this.renderEmitter.event;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  private rangeValue: DashboardRange;
  private ready = false;
  private disposed = false;
  private requestSeq = 0;
  private exportSeq = 0;
  private inFlight: number | undefined;
  /** Name and status last sent in `init`, to notice when the campaign list fills them in. */
  private shownCampaign = '';
  private last: LastData | undefined;
  /** One controller per purpose; a newer request of the same purpose aborts the older. */
  private readonly controllers = new Map<'load' | 'export', AbortController>();
  private readonly pendingPngs = new Map<number, PendingPng>();
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly services: HostServices,
    readonly panel: vscode.WebviewPanel,
    readonly campaignId: string,
    range: DashboardRange,
  ) {
    this.rangeValue = range;
    DashboardPanel.panels.set(campaignId, this);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'nlpearl.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => routeWebviewMessage(raw, this.handlers, (m) => services.log.warn(LOG, m))),
      panel.onDidChangeViewState(() => this.armAutoRefresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nlpearl.autoRefreshMinutes')) this.armAutoRefresh();
        if (e.affectsConfiguration('nlpearl.currencyLabel') && this.last) this.postData(this.last);
      }),
      this.renderEmitter,
      this.disposeEmitter,
    );
    this.armAutoRefresh();
    void this.load(false);
  }

  get range(): DashboardRange {
    return this.rangeValue;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Switches range and refetches; a request in flight for the old range is aborted. */
  setRange(range: DashboardRange): void {
    this.rangeValue = range;
    void this.load(false);
  }

  refresh(force = true): Promise<void> {
    return this.load(force);
  }

  /** CSV of a section of the current data, or undefined before any data arrived. */
  csv(sectionId: SectionId): string | undefined {
    return this.last ? sectionCsv(this.last.pair.current.analytics, sectionId) : undefined;
  }

  /** Asks the webview to draw a chart as PNG; rejects after a timeout or when the panel closes. */
  requestPng(chartId: SectionId): Promise<Uint8Array> {
    const exportId = ++this.exportSeq;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingPngs.delete(exportId);
        reject(new Error(vscode.l10n.t('The dashboard did not produce the image in time.')));
      }, PNG_TIMEOUT_MS);
      this.pendingPngs.set(exportId, { resolve, reject, timer });
      this.post({ type: 'requestPng', chartId, exportId });
    });
  }

  /** Export for automation: writes to `target` without a dialog. */
  async exportTo(kind: { chart: SectionId; format: 'png' } | { section: SectionId; format: 'csv' }, target: vscode.Uri): Promise<ExportResult> {
    let bytes: Uint8Array;
    if (kind.format === 'png') {
      bytes = await this.requestPng(kind.chart);
    } else {
      const csv = this.csv(kind.section);
      if (csv === undefined) throw new Error(vscode.l10n.t('No data loaded yet.'));
      bytes = new TextEncoder().encode(csv);
    }
    await saveExport({ bytes, defaultName: '', format: kind.format, target });
    return { uri: target, bytes: bytes.length };
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (DashboardPanel.panels.get(this.campaignId) === this) DashboardPanel.panels.delete(this.campaignId);
    for (const c of this.controllers.values()) c.abort();
    this.controllers.clear();
    for (const p of this.pendingPngs.values()) {
      clearTimeout(p.timer);
      p.reject(new Error(vscode.l10n.t('The dashboard was closed.')));
    }
    this.pendingPngs.clear();
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.disposeEmitter.fire();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  // -------------------------------------------------------------------------------------------

  private html(): string {
    const webview = this.panel.webview;
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    return dashboardHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboard.css')).toString(),
      title: this.panel.title,
      lang: vscode.env.language,
    });
  }

  private campaignName(): string {
    return this.services.campaign(this.campaignId)?.name || this.campaignId;
  }

  private campaignLabel(): string {
    const info = this.services.campaign(this.campaignId);
    return `${info?.name ?? ''}\u0000${info?.status ?? ''}`;
  }

  /** The campaign list may have arrived since the panel opened (by id): show its name now. */
  private showCampaignIfChanged(repostData = false): void {
    if (this.disposed || this.campaignLabel() === this.shownCampaign) return;
    this.postInit();
    if (repostData && this.last) this.postData(this.last);
  }

  private post(message: HostMessage): void {
    // Nothing is posted before the webview listens (ready handshake); it asks again on ready.
    if (!this.ready || this.disposed) return;
    void this.panel.webview.postMessage(message);
  }

  private postInit(): void {
    this.shownCampaign = this.campaignLabel();
    const info = this.services.campaign(this.campaignId);
    const status = info?.status ?? null;
    const settings = this.services.settings();
    this.panel.title = DashboardPanel.titleFor(this.services, this.campaignId);
    this.post({
      type: 'init',
      strings: webviewStrings(vscode.l10n.t),
      campaign: {
        id: this.campaignId,
        name: this.campaignName(),
        status: status === null ? null : (CAMPAIGN_STATUS[status as keyof typeof CAMPAIGN_STATUS] ?? vscode.l10n.t('Status {0}', status)),
      },
      range: { from: this.rangeValue.from, to: this.rangeValue.to },
      preset: this.rangeValue.preset ?? null,
      isDemo: this.services.isDemo(),
      settings: { currencyLabel: settings.currencyLabel, autoRefreshMinutes: settings.autoRefreshMinutes },
      locale: vscode.env.language,
    });
  }

  private postData(last: LastData): void {
    const model = buildDashboardModel(inputFromPair(last.pair), {
      currencyLabel: this.services.settings().currencyLabel,
      locale: vscode.env.language,
      t: vscode.l10n.t,
    });
    this.post({
      type: 'data',
      requestId: last.requestId,
      model,
      fetchedAt: last.pair.current.fetchedAt,
      stale: false,
      windows: last.pair.current.windows,
      range: { from: last.range.from, to: last.range.to },
      preset: last.range.preset ?? null,
    });
  }

  private postLoading(requestId: number): void {
    const range = this.rangeValue;
    this.post({
      type: 'loading',
      requestId,
      range: { from: range.from, to: range.to },
      preset: range.preset ?? null,
      windows: rangeProblem(range) ? 1 : splitRange(range).length,
    });
  }

  private async load(force: boolean): Promise<void> {
    if (this.disposed) return;
    this.controllers.get('load')?.abort();
    const controller = new AbortController();
    this.controllers.set('load', controller);
    const requestId = ++this.requestSeq;
    const range = this.rangeValue;
    this.inFlight = requestId;
    this.postLoading(requestId);
    try {
      // The name may be unknown when the panel was opened by id before the tree listed campaigns.
      if (!this.services.campaign(this.campaignId)) void this.services.lookupCampaign(this.campaignId).then(() => this.showCampaignIfChanged(true));
      const pair = await this.services.analytics.load(this.campaignId, range, { signal: controller.signal, force });
      if (controller.signal.aborted || this.disposed) return;
      this.last = { pair, requestId, range };
      this.showCampaignIfChanged();
      this.postData(this.last);
    } catch (error) {
      if (controller.signal.aborted || this.disposed) return;
      const view = describeError(error);
      this.services.log.warn(LOG, `analytics for ${this.campaignId} failed: ${view.kind}: ${view.message}`);
      this.post({
        type: 'error',
        requestId,
        kind: view.kind,
        message: view.message,
        action: view.action,
        ...(view.retryAfterSeconds !== undefined ? { retryAfterSeconds: view.retryAfterSeconds } : {}),
        stale: this.last !== undefined,
        fetchedAt: this.last?.pair.current.fetchedAt ?? null,
      });
    } finally {
      if (this.inFlight === requestId) this.inFlight = undefined;
      if (this.controllers.get('load') === controller) this.controllers.delete('load');
    }
  }

  /** Auto-refresh only while the panel is visible and the setting is above 0. */
  private armAutoRefresh(): void {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const minutes = this.services.settings().autoRefreshMinutes;
    if (this.disposed || !this.panel.visible || !(minutes > 0)) return;
    this.refreshTimer = setInterval(() => {
      if (this.panel.visible && this.inFlight === undefined) void this.load(true);
    }, Math.max(1, minutes) * 60_000);
  }

  private commandArgs(): { campaignId: string; from: string; to: string } {
    return { campaignId: this.campaignId, from: this.rangeValue.from, to: this.rangeValue.to };
  }

  private runCommand(command: string, ...args: unknown[]): void {
    vscode.commands.executeCommand(command, ...args).then(undefined, (error: unknown) => {
      this.services.log.error(LOG, `${command} failed: ${describeError(error).message}`);
    });
  }

  private async writeExport(bytes: Uint8Array, id: SectionId, format: 'png' | 'csv'): Promise<void> {
    try {
      const uri = await saveExport({ bytes, format, defaultName: exportFileName(this.campaignName(), id, this.rangeValue, format) });
      if (uri) {
        this.services.log.info(LOG, `exported ${id} as ${format} (${bytes.length} bytes)`);
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Saved {0}', uri.path.split('/').pop() ?? ''), 4000);
        this.post({ type: 'exportResult', ok: true, message: vscode.l10n.t('Saved {0}', uri.path.split('/').pop() ?? '') });
      }
    } catch (error) {
      const message = describeError(error).message;
      this.services.log.error(LOG, `export failed: ${message}`);
      this.post({ type: 'exportResult', ok: false, message: vscode.l10n.t('Export failed: {0}', message) });
    }
  }

  private onAction(action: WebviewAction): void {
    switch (action) {
      case 'setToken':
        vscode.commands.executeCommand('nlpearl.setToken').then(
          () => void this.load(true),
          (error: unknown) => this.services.log.error(LOG, `nlpearl.setToken failed: ${describeError(error).message}`),
        );
        break;
      case 'retry':
        void this.load(true);
        break;
      case 'shortenRange':
        this.setRange({ ...rangeForPreset('last30'), preset: 'last30' });
        break;
      case 'openSettings':
        this.runCommand('workbench.action.openSettings', 'nlpearl');
        break;
    }
  }

  private readonly handlers: DashboardHandlers = {
    ready: () => {
      this.ready = true;
      this.postInit();
      // A webview that was hidden (and so discarded) comes back: give it what it had.
      if (this.inFlight !== undefined) this.postLoading(this.inFlight);
      else if (this.last) this.postData(this.last);
    },
    setPreset: (preset) => this.setRange({ ...rangeForPreset(preset), preset }),
    setCustomRange: (range) => {
      const problem = rangeProblem(range);
      if (problem) {
        this.services.log.warn(LOG, `ignored a custom range: ${problem}`);
        return;
      }
      this.setRange({ from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() });
    },
    refresh: () => void this.load(true),
    openJson: () => this.runCommand('nlpearl.openAnalyticsJson', this.commandArgs()),
    copyJson: () => this.runCommand('nlpearl.copyAnalyticsJson', this.commandArgs()),
    exportPng: (chartId, dataUrl, exportId) => {
      const bytes = decodePngDataUrl(dataUrl);
      const pending = exportId !== undefined ? this.pendingPngs.get(exportId) : undefined;
      if (pending && exportId !== undefined) {
        this.pendingPngs.delete(exportId);
        clearTimeout(pending.timer);
        if (bytes) pending.resolve(bytes);
        else pending.reject(new Error(vscode.l10n.t('The dashboard sent an invalid image.')));
        return;
      }
      if (!bytes) {
        this.services.log.warn(LOG, 'ignored an export with an invalid PNG');
        return;
      }
      void this.writeExport(bytes, chartId, 'png');
    },
    exportCsv: (sectionId) => {
      const csv = this.csv(sectionId);
      if (csv !== undefined) void this.writeExport(new TextEncoder().encode(csv), sectionId, 'csv');
    },
    action: (action) => this.onAction(action),
    rendered: (requestId, ms) => {
      this.lastRenderMs = ms;
      this.renderEmitter.fire({ requestId, ms });
    },
    log: (level, message) => this.services.log[level](`${LOG}:webview`, message),
  };
}

/** Restores dashboards after a window reload (activation event onWebviewPanel:nlpearl.dashboard). */
export function registerDashboardSerializer(context: vscode.ExtensionContext, services: HostServices): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, state: unknown) => {
      DashboardPanel.revive(context, services, panel, state);
    },
  });
}

export { registerDashboardCommands } from './commands';
