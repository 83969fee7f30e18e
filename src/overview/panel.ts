/**
 * The Account overview panel: every campaign as a row, loaded through the shared analytics source a few at a
 * time, each settling into its own row (figures or an error with Retry), and a total row made from the sums.
 * A range change or closing the panel aborts what is in flight; every webview message passes the plain-value gate
 * and its zod schema before use.
 */
import * as vscode from 'vscode';
import { rangeForPreset } from '../api/range';
import { overviewRow, overviewTotal, type CampaignState, type OverviewCampaign } from '../analytics/overviewRows';
import { resolveOptions } from '../analytics/options';
import { describeRange } from '../api/range';
import { webviewShell } from '../dashboard/panelShell';
import type { RangeSelection } from '../model/types';
import { parseOverviewMessage, type OverviewHostMessage, type OverviewRow, type OverviewTotal } from '../shared/overviewProtocol';
import { matches, NO_FILTERS, type OverviewFilters } from '../shared/overviewTable';
import type { OverviewDeps } from './deps';
import { loadAll, loadOne } from './runner';
import { overviewStrings } from './strings';

export const OVERVIEW_VIEW_TYPE = 'nlpearl.overview';
const LOG = 'overview';

export class OverviewPanel {
  private static current: OverviewPanel | undefined;

  /** The open overview (tests, benchmark). */
  static get(): OverviewPanel | undefined {
    return OverviewPanel.current;
  }

  static createOrShow(deps: OverviewDeps): OverviewPanel {
    const open = OverviewPanel.current;
    if (open) {
      open.panel.reveal(undefined, false);
      return open;
    }
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, vscode.l10n.t('NLPearl — Account overview'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist')],
    });
    return new OverviewPanel(deps, panel, deps.defaultRange());
  }

  private campaigns: OverviewCampaign[] = [];
  private readonly states = new Map<string, CampaignState>();
  private filters: OverviewFilters = NO_FILTERS;
  private generation = 0;
  private controller: AbortController | undefined;
  private ready = false;
  private disposed = false;
  private listError: string | undefined;
  /** The campaign list of the current start has arrived. */
  private listed = false;
  private settledListeners: Array<() => void> = [];
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly deps: OverviewDeps,
    readonly panel: vscode.WebviewPanel,
    private rangeValue: RangeSelection,
  ) {
    OverviewPanel.current = this;
    const webview = panel.webview;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'nlpearl.svg');
    webview.html = webviewShell(panel, deps.extensionUri, 'overviewView.js', 'overview.css');
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
    );
    void this.start(false);
  }

  get range(): RangeSelection {
    return this.rangeValue;
  }

  /** Rows as the webview gets them, unfiltered (tests). */
  rows(): OverviewRow[] {
    return this.campaigns.map((c) => overviewRow(c, this.states.get(c.id) ?? { state: 'loading' }, this.l10n()));
  }

  /** The rows the filters leave, the ones the total adds up (Export Report). */
  shownRows(): OverviewRow[] {
    return this.campaigns.filter((c) => matches(c, this.filters)).map((c) => overviewRow(c, this.states.get(c.id) ?? { state: 'loading' }, this.l10n()));
  }

  total(): OverviewTotal {
    return overviewTotal(this.entries().filter((e) => matches(e.campaign, this.filters)), this.l10n());
  }

  /** Resolves once every campaign of the current range has settled (loaded or failed). */
  settled(): Promise<void> {
    if (this.isSettled()) return Promise.resolve();
    return new Promise((resolve) => this.settledListeners.push(resolve));
  }

  /** Demo mode, the account or the base URL changed: the rows belong to another source; list and load anew. */
  sourceChanged(): Promise<void> {
    this.campaigns = [];
    return this.start(true);
  }

  setRange(range: RangeSelection): void {
    this.rangeValue = range;
    void this.start(false);
  }

  private isSettled(): boolean {
    return this.listed && this.campaigns.every((c) => this.states.has(c.id));
  }

  private l10n() {
    return resolveOptions({ currencyLabel: this.deps.settings().currencyLabel, locale: vscode.env.language, t: vscode.l10n.t });
  }

  private entries(): Array<{ campaign: OverviewCampaign; state: CampaignState }> {
    return this.campaigns.map((campaign) => ({ campaign, state: this.states.get(campaign.id) ?? { state: 'loading' } }));
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseOverviewMessage(raw);
    if (!message) {
      this.deps.log.warn(LOG, 'ignored a malformed message from the overview');
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        // A webview that was hidden comes back new, its filters cleared: the total must cover what it shows.
        this.filters = NO_FILTERS;
        this.postInit();
        this.postRows();
        return;
      case 'setRange':
        this.setRange('preset' in message ? { ...rangeForPreset(message.preset), preset: message.preset } : { from: message.from, to: message.to });
        return;
      case 'refresh':
        void this.start(true);
        return;
      case 'filter':
        this.filters = { status: message.status, kind: message.kind };
        this.postRows();
        return;
      case 'retry':
        await this.retry(message.campaignId);
        return;
      case 'openCampaign': {
        const r = this.rangeValue;
        await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', r.preset ? { campaignId: message.campaignId, preset: r.preset } : { campaignId: message.campaignId, from: r.from, to: r.to });
        return;
      }
    }
  }

  /** Lists the campaigns, then loads them all; a newer start aborts this one. */
  private async start(force: boolean): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    this.states.clear();
    this.listed = false;
    this.postRows();
    const listing = await this.deps.campaigns();
    if (controller.signal.aborted || this.disposed) return;
    this.campaigns = [...listing.campaigns];
    this.listError = listing.error;
    this.listed = true;
    this.postInit();
    this.postRows();
    const started = Date.now();
    await loadAll({ analytics: this.deps.analytics, describe: (e) => this.deps.describeError(e) }, this.campaigns.map((c) => c.id), this.rangeValue, {
      signal: controller.signal,
      force,
      onSettled: (id, state) => {
        if (generation !== this.generation) return;
        this.states.set(id, state);
        this.postRows();
      },
    });
    if (controller.signal.aborted || this.disposed) return;
    const failed = [...this.states.values()].filter((s) => s.state === 'error').length;
    this.deps.log.info(LOG, `${this.campaigns.length} campaigns in ${Date.now() - started} ms, ${failed} failed`);
    this.notifySettled();
  }

  /** Loads one campaign again (its row's Retry). */
  async retry(campaignId: string): Promise<void> {
    if (!this.campaigns.some((c) => c.id === campaignId) || !this.controller) return;
    const signal = this.controller.signal;
    const generation = this.generation;
    this.states.delete(campaignId);
    this.postRows();
    const state = await loadOne({ analytics: this.deps.analytics, describe: (e) => this.deps.describeError(e) }, campaignId, this.rangeValue, signal, true);
    if (!state || generation !== this.generation || this.disposed) return;
    this.states.set(campaignId, state);
    this.postRows();
    this.notifySettled();
  }

  private notifySettled(): void {
    if (!this.isSettled()) return;
    for (const listener of this.settledListeners.splice(0)) listener();
  }

  private post(message: OverviewHostMessage): void {
    if (this.ready && !this.disposed) void this.panel.webview.postMessage(message);
  }

  private postInit(): void {
    const r = this.rangeValue;
    this.post({ type: 'init', title: this.panel.title, strings: overviewStrings(), locale: vscode.env.language, isDemo: this.deps.isDemo(), preset: r.preset ?? null, range: { from: r.from, to: r.to } });
  }

  private postRows(): void {
    if (!this.ready) return;
    const r = this.rangeValue;
    if (this.listError && this.campaigns.length === 0) {
      this.post({ type: 'listError', generation: this.generation, message: this.listError });
      return;
    }
    const done = this.campaigns.filter((c) => this.states.has(c.id)).length;
    this.post({
      type: 'rows',
      generation: this.generation,
      rows: this.listed ? this.rows() : [],
      total: this.total(),
      done,
      of: this.listed ? this.campaigns.length : 0,
      rangeText: describeRange(r, vscode.env.language),
      preset: r.preset ?? null,
      range: { from: r.from, to: r.to },
    });
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.controller?.abort();
    if (OverviewPanel.current === this) OverviewPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
