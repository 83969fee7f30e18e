/** The watch's words: status bar text, tooltip lines, alert messages. */
import * as vscode from 'vscode';
import type { Alert } from './rules';
import type { Runway } from './runway';

const ACCOUNT_STATUS_NAMES: Record<number, string> = {
  1: vscode.l10n.t('Full access'),
  2: vscode.l10n.t('Limited access'),
  3: vscode.l10n.t('No credits'),
  4: vscode.l10n.t('Suspended'),
  5: vscode.l10n.t('Debt reached'),
};
const CAMPAIGN_STATUS_NAMES: Record<number, string> = {
  1: vscode.l10n.t('Running'),
  2: vscode.l10n.t('Paused'),
  3: vscode.l10n.t('Suspended'),
  10: vscode.l10n.t('Maintenance'),
};

export function accountStatusName(status: number): string {
  return ACCOUNT_STATUS_NAMES[status] ?? vscode.l10n.t('status {0}', status);
}

export function campaignStatusName(status: number): string {
  return CAMPAIGN_STATUS_NAMES[status] ?? vscode.l10n.t('status {0}', status);
}

export function number(value: number, digits = 1): string {
  return new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: digits }).format(value);
}

/** "≈ 12 days", "< 1 day", or "—". */
export function runwayText(runway: Runway | undefined): string {
  if (!runway || runway.kind === 'unknown') return '—';
  if (runway.days < 1) return vscode.l10n.t('< 1 day');
  const days = Math.floor(runway.days);
  return days === 1 ? vscode.l10n.t('≈ 1 day') : vscode.l10n.t('≈ {0} days', number(days, 0));
}

/** Why the runway is "—", or how it was computed. */
export function runwayExplanation(runway: Runway | undefined): string {
  if (!runway) return vscode.l10n.t('Runway: not computed yet.');
  if (runway.kind === 'days') {
    return vscode.l10n.t('Runway: balance ÷ {0} a day (the average cost of the last 7 full UTC days of the running campaigns).', number(runway.averageDailyCost, 2));
  }
  switch (runway.reason) {
    case 'noBalance':
      return vscode.l10n.t('Runway: — the account did not send a credit balance.');
    case 'noHistory':
      return vscode.l10n.t('Runway: — no cost history in the last 7 full days.');
    case 'noSpending':
      return vscode.l10n.t('Runway: — nothing was spent in the last 7 full days.');
  }
}

export function alertMessage(alert: Alert): string {
  switch (alert.kind) {
    case 'runway':
      return vscode.l10n.t('NLPearl credit runs out in {0} (alert under {1} days).', runwayText({ kind: 'days', days: alert.days, averageDailyCost: 1 }), alert.threshold);
    case 'accountStatus':
      return vscode.l10n.t('The NLPearl account has {0}, not full access: phone agents may stop answering.', accountStatusName(alert.status));
    case 'campaignStopped':
      return vscode.l10n.t('"{0}" was running and is now {1}.', alert.name, campaignStatusName(alert.status));
    case 'successDrop':
      return vscode.l10n.t('"{0}": today\'s success rate {1} % is {2} points under its 7-day average ({3} %).', alert.name, number(alert.today), number(alert.average - alert.today), number(alert.average));
    case 'negativeSentiment':
      return vscode.l10n.t('"{0}": {1} % of the calls of the last 30 days were negative.', alert.name, number(alert.percent));
  }
}
