/**
 * Alert notifications: each condition once per UTC day (remembered in globalState, so a reload or a second
 * window does not repeat it), none on a snoozed day. Actions: Open Dashboard, Show Calls (only when that
 * command exists), Snooze for Today, Settings.
 */
import * as vscode from 'vscode';
import type { WatchDeps } from './deps';
import { utcToday } from './days';
import { alertMessage } from './format';
import type { Alert } from './rules';

const NOTIFIED_KEY = 'nlpearl.watch.notified';
const SNOOZED_KEY = 'nlpearl.watch.snoozedDay';
const SHOW_CALLS_COMMAND = 'nlpearl.showCalls';

interface Notified {
  readonly day: string;
  readonly keys: readonly string[];
}

export class AlertNotifier {
  /** Messages shown, newest last: tests read what a user saw. */
  readonly shown: string[] = [];

  constructor(
    private readonly deps: WatchDeps,
    private readonly openDashboard: (campaignId: string | undefined) => Thenable<unknown>,
  ) {}

  snoozed(now: number): boolean {
    return this.deps.state.get<string>(SNOOZED_KEY) === utcToday(now);
  }

  async notify(alerts: readonly Alert[], now: number): Promise<void> {
    if (alerts.length === 0 || this.snoozed(now)) return;
    const day = utcToday(now);
    const stored = this.deps.state.get<Notified>(NOTIFIED_KEY);
    const seen = new Set(stored && stored.day === day && Array.isArray(stored.keys) ? stored.keys : []);
    const fresh = alerts.filter((a) => !seen.has(a.key));
    if (fresh.length === 0) return;
    // Remembered before showing: a toast left open must not be shown again by the next round.
    await this.deps.state.update(NOTIFIED_KEY, { day, keys: [...seen, ...fresh.map((a) => a.key)] } satisfies Notified);
    const hasShowCalls = (await vscode.commands.getCommands(true)).includes(SHOW_CALLS_COMMAND);
    for (const alert of fresh) void this.show(alert, hasShowCalls);
  }

  private async show(alert: Alert, hasShowCalls: boolean): Promise<void> {
    const message = alertMessage(alert);
    this.shown.push(message);
    this.deps.log.info('watch', `alert ${alert.key}`);
    const campaignId = 'campaignId' in alert ? alert.campaignId : undefined;
    const open = vscode.l10n.t('Open Dashboard');
    const calls = vscode.l10n.t('Show Calls');
    const snooze = vscode.l10n.t('Snooze for Today');
    const settings = vscode.l10n.t('Settings');
    const actions = [open, ...(hasShowCalls && campaignId ? [calls] : []), snooze, settings];
    const picked = await vscode.window.showWarningMessage(message, ...actions);
    if (picked === open) await this.openDashboard(campaignId);
    else if (picked === calls) await vscode.commands.executeCommand(SHOW_CALLS_COMMAND, { campaignId });
    else if (picked === snooze) await this.deps.state.update(SNOOZED_KEY, utcToday(Date.now()));
    else if (picked === settings) await vscode.commands.executeCommand('workbench.action.openSettings', 'nlpearl.alerts');
  }
}
