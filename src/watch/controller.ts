/**
 * The watch: a status bar item with the live calls, the credit balance and its runway, polled while the
 * window is focused, and the alerts the rules find. Several VS Code windows: only the focused one polls,
 * and at most one window is focused at a time, so windows do not multiply the polling (switching windows
 * can add one round in the newly focused one; accepted, not coordinated through globalState).
 */
import * as vscode from 'vscode';
import type { WatchDeps } from './deps';
import { accountStatusName, alertMessage, number, runwayExplanation, runwayText } from './format';
import { AlertNotifier } from './notifier';
import { WatchPoller, type WatchData } from './poller';
import { ACCOUNT_FULL_ACCESS, evaluateAlerts, readAlertSettings, type Alert } from './rules';
import { computeRunway, type Runway } from './runway';
import { intervalMsOf, PollScheduler } from './scheduler';

export const WATCH_OPEN_COMMAND = 'nlpearl.watch.open';
const STATUSES_KEY = 'nlpearl.watch.statuses';

export interface AlertRow {
  readonly label: string;
  readonly tooltip: string;
  readonly campaignId: string | undefined;
}

export class WatchController implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('nlpearl.watch', vscode.StatusBarAlignment.Left, 50);
  readonly scheduler: PollScheduler;
  readonly notifier: AlertNotifier;
  private readonly poller: WatchPoller;
  private readonly disposables: vscode.Disposable[] = [];
  private signedIn = false;
  /** Tests set this: a headless browser's window is never focused. */
  focusOverride: boolean | undefined;
  private controller = new AbortController();
  private data: WatchData | undefined;
  private runway: Runway | undefined;
  active: Alert[] = [];
  /** Rounds started, for tests. */
  rounds = 0;

  constructor(private readonly deps: WatchDeps) {
    this.item.name = vscode.l10n.t('NLPearl account watch');
    this.item.command = WATCH_OPEN_COMMAND;
    this.poller = new WatchPoller(deps, Date.now);
    this.notifier = new AlertNotifier(deps, (id) => this.open(id));
    this.scheduler = new PollScheduler({
      clock: { now: Date.now, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      intervalMs: () => intervalMsOf(vscode.workspace.getConfiguration('nlpearl').get('statusBar.refreshSeconds')),
      canPoll: () => this.canPoll(),
      round: () => this.round(),
    });
    this.disposables.push(
      this.item,
      vscode.commands.registerCommand(WATCH_OPEN_COMMAND, (id?: unknown) => this.open(typeof id === 'string' ? id : undefined)),
      vscode.window.onDidChangeWindowState(() => this.scheduler.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('nlpearl.statusBar') || event.affectsConfiguration('nlpearl.alerts')) void this.refreshState();
      }),
    );
    void this.refreshState();
  }

  focused(): boolean {
    return this.focusOverride ?? vscode.window.state.focused;
  }

  enabled(): boolean {
    return vscode.workspace.getConfiguration('nlpearl').get<boolean>('statusBar.enabled') ?? true;
  }

  canPoll(): boolean {
    return this.enabled() && this.signedIn && this.focused();
  }

  /** Re-reads sign-in and settings; shows or hides the item. Call on token, demo and API changes. */
  async refreshState(accountChanged = false): Promise<void> {
    this.signedIn = await this.deps.signedIn();
    if (accountChanged) {
      this.controller.abort();
      this.controller = new AbortController();
      this.poller.reset();
      this.data = undefined;
      this.runway = undefined;
      this.setAlerts([]);
      this.scheduler.reset();
    }
    if (this.enabled() && this.signedIn) {
      this.render();
      this.item.show();
    } else {
      this.item.hide();
      if (this.active.length > 0) this.setAlerts([]);
    }
    this.scheduler.update();
  }

  private async round() {
    this.rounds++;
    const signal = this.controller.signal;
    const result = await this.poller.round(signal);
    if (signal.aborted) return { ok: true } as const;
    if (result.data) this.data = result.data;
    if (!result.ok) {
      this.deps.log.warn('watch', `poll failed: ${this.deps.errorText(result.error)}`);
      this.render(this.deps.errorText(result.error));
      return { ok: false, retryAfterMs: this.deps.retryAfterMs(result.error) } as const;
    }
    const now = Date.now();
    const data = result.data;
    this.runway = computeRunway(
      data.account?.creditBalance ?? null,
      data.campaigns.filter((c) => c.analytics).map((c) => c.analytics?.callsCostTimeLine ?? null),
      now,
    );
    const previous = this.deps.state.get<Record<string, number | null>>(STATUSES_KEY) ?? {};
    const alerts = evaluateAlerts(
      {
        accountStatus: data.account?.status,
        runway: this.runway,
        campaigns: data.campaigns.map((c) => ({ id: c.id, name: c.name, status: c.status, previousStatus: previous[c.id], analytics: c.analytics })),
        now,
      },
      readAlertSettings(vscode.workspace.getConfiguration('nlpearl').get('alerts')),
    );
    await this.deps.state.update(STATUSES_KEY, Object.fromEntries(data.campaigns.map((c) => [c.id, c.status])));
    this.setAlerts(alerts);
    this.render();
    await this.notifier.notify(alerts, now);
    return { ok: true } as const;
  }

  private setAlerts(alerts: Alert[]): void {
    const before = this.active.map((a) => a.key).join();
    this.active = alerts;
    if (before !== alerts.map((a) => a.key).join()) this.deps.alertsChanged();
  }

  alertRows(): AlertRow[] {
    return this.active.map((alert) => {
      const message = alertMessage(alert);
      return { label: message, tooltip: message, campaignId: 'campaignId' in alert ? alert.campaignId : undefined };
    });
  }

  private render(error?: string): void {
    const data = this.data;
    if (!data) {
      this.item.text = error ? `$(warning) NLPearl` : `$(sync~spin) NLPearl`;
      this.item.tooltip = error ?? vscode.l10n.t('NLPearl: loading the account…');
      this.item.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      return;
    }
    const running = data.campaigns.filter((c) => c.ongoing);
    const live = running.reduce((sum, c) => sum + (c.ongoing?.totalOngoingCalls ?? 0), 0);
    const balance = data.account?.creditBalance;
    const balanceText = balance === null || balance === undefined ? '—' : number(balance, 2);
    this.item.text = `$(call-incoming) ${vscode.l10n.t('{0} live', live)} · ${balanceText} · ${runwayText(this.runway)}`;
    // Plain text: API names are untrusted, and a MarkdownString's appendText turns every space into &nbsp;.
    const lines: string[] = [data.account?.name ?? 'NLPearl', vscode.l10n.t('Credit balance: {0}', balanceText), runwayExplanation(this.runway)];
    const status = data.account?.status;
    if (typeof status === 'number') lines.push(vscode.l10n.t('Account: {0}', accountStatusName(status)));
    if (running.length === 0) lines.push(vscode.l10n.t('No running campaign.'));
    for (const c of running) {
      const queued = c.ongoing?.totalOnQueue;
      const ongoing = c.ongoing?.totalOngoingCalls;
      lines.push(vscode.l10n.t('{0}: {1} live, {2} queued', c.name, ongoing ?? '—', queued ?? '—'));
    }
    if (error) lines.push(vscode.l10n.t('Last refresh failed: {0}', error));
    if (this.deps.isDemo()) lines.push(vscode.l10n.t('Demo data'));
    const tooltip = lines.join('\n');
    this.item.tooltip = tooltip;
    const runwayLow = this.active.some((a) => a.kind === 'runway');
    const warn = (typeof status === 'number' && status !== ACCOUNT_FULL_ACCESS) || runwayLow;
    this.item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  /** The only campaign's dashboard, or the campaign picker (the account overview does not exist yet). */
  open(campaignId: string | undefined): Thenable<unknown> {
    const campaigns = this.data?.campaigns ?? [];
    const id = campaignId ?? (campaigns.length === 1 ? campaigns[0]?.id : undefined);
    if (id) return vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: id, preset: this.deps.defaultRange() });
    return vscode.commands.executeCommand('nlpearl.showInboundAnalytics');
  }

  dispose(): void {
    this.controller.abort();
    this.scheduler.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
