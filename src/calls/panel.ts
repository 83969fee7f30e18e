/**
 * The Calls panel: a campaign's calls in a range, fetched one page per request as the webview
 * scrolls. A filter change or closing the panel aborts the request in flight; every webview message
 * is parsed with its zod schema before use.
 */
import * as vscode from 'vscode';
import type { CallQuery } from '../api/calls';
import type { CallSummary } from '../api/callSchemas';
import { CALL_OUTCOME } from '../shared/callStatus';
import { callsWebviewMessageSchema, callsWebviewStateSchema, type CallFilters, type CallsHostMessage } from '../shared/callsProtocol';
import { webviewShell } from '../dashboard/panelShell';
import { isPlainSafe } from '../shared/plainValue';
import { cellNote, cellZone, loadCell, tooManyText } from './cellLoad';
import { countText, periodNote } from './countText';
import type { CallsPanelDeps, CallsTarget } from './deps';
import type { HourCell } from './showArgs';
import { callRow } from './rows';
import { rememberLabelNames } from './labelNames';
import { maskPhone } from './privacy';
import { callsStrings } from './strings';
import { CALLS_VIEW_TYPE } from './viewType';

export { CALLS_VIEW_TYPE };
/** Rows asked for per request; the server may send fewer. */
export const CALLS_PAGE_SIZE = 50;

export interface CallsPanelOptions {
  readonly filters?: Partial<CallFilters>;
  readonly note?: string;
  /** A heatmap cell: the range's calls are read and filtered to it (the search cannot filter by hour). */
  readonly cell?: HourCell;
  /** The figure clicked on the dashboard, compared with the search's count while the filters are the clicked ones. */
  readonly expected?: number;
}

export class CallsPanel {
  private generation = 0;
  private filters: CallFilters;
  private readonly clickedFilters: string;
  private loaded = 0;
  private done = false;
  private inFlight: AbortController | undefined;
  private readonly labelNames = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Requests sent, for tests and the log. */
  requests = 0;
  /** The count line and the error last shown, for tests. */
  shownCount = '';
  shownError = '';
  private readonly paintedEmitter = new vscode.EventEmitter<{ readonly rows: number }>();
  /** The webview drew the first page of the current filters (the bench times Show Calls with it). */
  readonly onDidPaintFirstPage = this.paintedEmitter.event;

  private static readonly openPanels = new Set<CallsPanel>();

  /**
   * The source changed (demo mode, account, base URL): an open panel's rows are another account's calls, and its
   * next page would come from the new one. Closed rather than mixed; returns how many were open.
   */
  static closeAll(): number {
    const panels = [...CallsPanel.openPanels];
    for (const p of panels) p.panel.dispose();
    return panels.length;
  }

  static open(deps: CallsPanelDeps, target: CallsTarget, options: CallsPanelOptions = {}): CallsPanel {
    const title = vscode.l10n.t('Calls — {0}', deps.campaignName(target.campaignId) ?? target.campaignId);
    const panel = vscode.window.createWebviewPanel(CALLS_VIEW_TYPE, title, vscode.ViewColumn.Active, webviewOptions(deps.extensionUri));
    return new CallsPanel(deps, panel, target, options);
  }

  /** Serializer path: a panel VS Code restored after a reload, from the state its webview kept; the calls are fetched anew. */
  static revive(deps: CallsPanelDeps, panel: vscode.WebviewPanel, state: unknown): CallsPanel | undefined {
    // The same gate as every webview message: plain values only (no prototype keys, no giant strings), then the schema.
    const parsed = isPlainSafe(state) ? callsWebviewStateSchema.safeParse(state) : undefined;
    if (!parsed?.success) {
      deps.log.warn('calls', 'a restored Calls panel had no usable state; closing it');
      panel.dispose();
      return undefined;
    }
    const { campaignId, from, to, filters, cell } = parsed.data;
    panel.webview.options = webviewOptions(deps.extensionUri);
    return new CallsPanel(deps, panel, { campaignId, range: { from, to } }, { filters, ...(cell ? { cell } : {}) });
  }

  private constructor(
    private readonly deps: CallsPanelDeps,
    readonly panel: vscode.WebviewPanel,
    readonly target: CallsTarget,
    private readonly options: CallsPanelOptions,
  ) {
    this.filters = { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false, ...options.filters };
    this.clickedFilters = this.filterKey();
    const webview = panel.webview;
    webview.html = webviewShell(panel, deps.extensionUri, 'callsView.js', 'calls.css');
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
      this.paintedEmitter,
    );
    CallsPanel.openPanels.add(this);
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = isPlainSafe(raw) ? callsWebviewMessageSchema.safeParse(raw) : undefined;
    if (!parsed?.success) {
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
    rememberLabelNames(labels);
    const outcomes = Object.entries(CALL_OUTCOME).map(([code, label]) => ({ value: code, label: vscode.l10n.t(label) }));
    const tags = labels.map((label) => ({ value: label.id, label: label.name ?? label.id }));
    const cell = this.options.cell;
    const drilled = this.options.expected !== undefined ? periodNote(this.target.range, vscode.l10n, vscode.env.language) : '';
    const note = cell ? cellNote(cell, cellZone(this.deps.displayTimeZone?.(), this.target.range).zone) : (this.options.note ?? drilled);
    this.post({ type: 'init', title: this.panel.title, strings: callsStrings(), outcomes, tags, filters: this.filters, target: { campaignId: this.target.campaignId, ...this.target.range, ...(cell ? { cell } : {}) }, note });
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

  private filterKey(): string {
    const f = this.filters;
    // Sorting shows the same calls: only what narrows them decides whether the clicked figure still applies.
    return JSON.stringify([f.outcome, f.tag, f.search]);
  }

  /** The dashboard's figure, while the panel shows the calls that were clicked. */
  private expected(): number | undefined {
    return this.filterKey() === this.clickedFilters ? this.options.expected : undefined;
  }

  /** A heatmap cell: every page of the range (one request each), filtered to the cell, shown at once. */
  private async cellPage(cell: HourCell, controller: AbortController): Promise<{ count: number | null; results: CallSummary[] } | undefined> {
    const generation = this.generation;
    const scan = await loadCell({
      api: this.deps.api(),
      campaignId: this.target.campaignId,
      query: this.query(),
      cell,
      offsetHours: cellZone(this.deps.displayTimeZone?.(), this.target.range).offsetHours,
      controller,
      progress: (text) => this.post({ type: 'progress', generation, text }),
      counted: () => this.requests++,
    });
    if (controller.signal.aborted) return undefined;
    if (!scan.ok) {
      this.deps.log.info('calls', `heatmap cell refused: ${scan.total ?? 'over the limit of'} calls in the range`);
      this.post({ type: 'error', generation, message: tooManyText(scan.total) });
      this.done = true;
      return undefined;
    }
    return { count: scan.calls.length, results: [...scan.calls] };
  }

  private async loadPage(): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    const generation = this.generation;
    const skip = this.loaded;
    try {
      const cell = this.options.cell;
      if (!cell) this.requests++;
      const page = cell
        ? await this.cellPage(cell, controller)
        : await this.deps.api().searchCalls(this.target.campaignId, this.query(), { skip, limit: CALLS_PAGE_SIZE }, { signal: controller.signal });
      if (!page || controller.signal.aborted) return;
      const dates = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'short', timeStyle: 'medium' });
      const rows = page.results.map((call) => callRow(call, vscode.l10n, dates, this.labelNames));
      this.loaded += rows.length;
      this.done = cell !== undefined || rows.length === 0 || (page.count !== null && this.loaded >= page.count);
      const text = countText({ count: page.count, loaded: this.loaded, expected: this.expected() }, vscode.l10n, vscode.env.language);
      this.post({ type: 'page', generation, skip, count: page.count, countText: text, rows, done: this.done });
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
    if (message.type === 'page') this.shownCount = message.countText;
    if (message.type === 'error') this.shownError = message.message;
    void this.panel.webview.postMessage(message);
  }

  private dispose(): void {
    CallsPanel.openPanels.delete(this);
    this.inFlight?.abort();
    for (const d of this.disposables) d.dispose();
  }
}

/** The same options for a new panel and a restored one. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
}
