/**
 * The Calls panel: a campaign's calls in a range, fetched one page per request as the webview
 * scrolls. A filter change or closing the panel aborts the request in flight; every webview message
 * is parsed with its zod schema before use.
 */
import * as vscode from 'vscode';
import type { CallQuery } from '../api/calls';
import { CALL_OUTCOME } from '../shared/callStatus';
import { callsWebviewMessageSchema, callsWebviewStateSchema, type CallFilters, type CallsHostMessage } from '../shared/callsProtocol';
import { dashboardHtml, makeNonce } from '../dashboard/html';
import type { CallsPanelDeps, CallsTarget } from './deps';
import { callRow } from './rows';
import { maskPhone } from './privacy';
import { callsStrings } from './strings';
import { CALLS_VIEW_TYPE } from './viewType';

export { CALLS_VIEW_TYPE };
/** Rows asked for per request; the server may send fewer. */
export const CALLS_PAGE_SIZE = 50;

export interface CallsPanelOptions {
  readonly filters?: Partial<CallFilters>;
  readonly note?: string;
}

export class CallsPanel {
  private generation = 0;
  private filters: CallFilters;
  private loaded = 0;
  private done = false;
  private inFlight: AbortController | undefined;
  private readonly labelNames = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Requests sent, for tests and the log. */
  requests = 0;
  private readonly paintedEmitter = new vscode.EventEmitter<{ readonly rows: number }>();
  /** The webview drew the first page of the current filters (the bench times Show Calls with it). */
  readonly onDidPaintFirstPage = this.paintedEmitter.event;

  static open(deps: CallsPanelDeps, target: CallsTarget, options: CallsPanelOptions = {}): CallsPanel {
    const title = vscode.l10n.t('Calls — {0}', deps.campaignName(target.campaignId) ?? target.campaignId);
    const panel = vscode.window.createWebviewPanel(CALLS_VIEW_TYPE, title, vscode.ViewColumn.Active, webviewOptions(deps.extensionUri));
    return new CallsPanel(deps, panel, target, options);
  }

  /** Serializer path: a panel VS Code restored after a reload, from the state its webview kept; the calls are fetched anew. */
  static revive(deps: CallsPanelDeps, panel: vscode.WebviewPanel, state: unknown): CallsPanel | undefined {
    const parsed = callsWebviewStateSchema.safeParse(state);
    if (!parsed.success) {
      deps.log.warn('calls', 'a restored Calls panel had no usable state; closing it');
      panel.dispose();
      return undefined;
    }
    const { campaignId, from, to, filters } = parsed.data;
    panel.webview.options = webviewOptions(deps.extensionUri);
    return new CallsPanel(deps, panel, { campaignId, range: { from, to } }, { filters });
  }

  private constructor(
    private readonly deps: CallsPanelDeps,
    readonly panel: vscode.WebviewPanel,
    readonly target: CallsTarget,
    private readonly options: CallsPanelOptions,
  ) {
    this.filters = { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false, ...options.filters };
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(deps.extensionUri, 'dist');
    webview.html = dashboardHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'callsView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'calls.css')).toString(),
      title: panel.title,
      lang: vscode.env.language,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
      this.paintedEmitter,
    );
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = callsWebviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.deps.log.warn('calls', 'ignored a malformed message from the Calls panel');
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') await this.init();
    else if (message.type === 'filters') {
      this.generation = message.generation;
      this.filters = message.filters;
      this.restart();
    } else if (message.type === 'more') {
      if (message.generation === this.generation && message.skip === this.loaded && !this.inFlight && !this.done) void this.loadPage();
    } else if (message.type === 'painted') {
      if (message.generation === this.generation) this.paintedEmitter.fire({ rows: message.rows });
    } else await vscode.commands.executeCommand('nlpearl.openCall', { callId: message.callId });
  }

  private async init(): Promise<void> {
    const labels = await this.deps.labels(this.target.campaignId, this.target.range);
    for (const label of labels) this.labelNames.set(label.id, label.name ?? label.id);
    const outcomes = Object.entries(CALL_OUTCOME).map(([code, label]) => ({ value: code, label: vscode.l10n.t(label) }));
    const tags = labels.map((label) => ({ value: label.id, label: label.name ?? label.id }));
    this.post({ type: 'init', title: this.panel.title, strings: callsStrings(), outcomes, tags, filters: this.filters, target: { campaignId: this.target.campaignId, ...this.target.range }, note: this.options.note ?? '' });
    this.restart();
  }

  private restart(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.loaded = 0;
    this.done = false;
    void this.loadPage();
  }

  private query(): CallQuery {
    const f = this.filters;
    return {
      fromDate: this.target.range.from,
      toDate: this.target.range.to,
      sortProp: f.sort,
      isAscending: f.ascending,
      statuses: f.outcome ? [Number(f.outcome)] : undefined,
      tags: f.tag ? [f.tag] : undefined,
      searchInput: f.search || undefined,
    };
  }

  private async loadPage(): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    const generation = this.generation;
    const skip = this.loaded;
    try {
      this.requests++;
      const page = await this.deps.api().searchCalls(this.target.campaignId, this.query(), { skip, limit: CALLS_PAGE_SIZE }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const dates = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'short', timeStyle: 'medium' });
      const rows = page.results.map((call) => callRow(call, vscode.l10n, dates, this.labelNames));
      this.loaded += rows.length;
      this.done = rows.length === 0 || (page.count !== null && this.loaded >= page.count);
      const countText =
        page.count === null
          ? vscode.l10n.t('{0} calls loaded (NLPearl sent no total)', this.loaded.toLocaleString(vscode.env.language))
          : vscode.l10n.t('{0} calls', page.count.toLocaleString(vscode.env.language));
      this.post({ type: 'page', generation, skip, count: page.count, countText, rows, done: this.done });
      // Never the search text itself: it is often a phone number.
      const search = this.filters.search ? `, search ${maskPhone(this.filters.search)}` : '';
      this.deps.log.info('calls', `page from ${skip}: ${rows.length} of ${page.count ?? '?'} calls${search}`);
    } catch (error) {
      // Read by shape: importing the error classes would put a second copy of them in this bundle.
      if (controller.signal.aborted || (error as { kind?: unknown } | null)?.kind === 'cancelled') return;
      this.post({ type: 'error', generation, message: this.deps.describeError(error).message });
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  private post(message: CallsHostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    this.inFlight?.abort();
    for (const d of this.disposables) d.dispose();
  }
}

/** The same options for a new panel and a restored one. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}
