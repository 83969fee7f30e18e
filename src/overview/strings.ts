/** The overview webview's words, translated by the host (the webview has no l10n of its own). */
import type { OverviewColumn } from '../shared/overviewProtocol';
import * as vscode from 'vscode';
import { PRESET_LABELS } from '../shared/vocabulary';

export function overviewStrings(): Record<string, string> {
  return {
    heading: vscode.l10n.t('Account overview'),
    demo: vscode.l10n.t('Demo data'),
    range: vscode.l10n.t('Range'),
    custom: vscode.l10n.t('Custom…'),
    from: vscode.l10n.t('From'),
    to: vscode.l10n.t('To'),
    apply: vscode.l10n.t('Apply'),
    refresh: vscode.l10n.t('Refresh'),
    invalidDate: vscode.l10n.t('Enter a valid date.'),
    fromAfterTo: vscode.l10n.t('The start must be before the end.'),
    futureRange: vscode.l10n.t('The range must not start in the future.'),
    tooEarly: vscode.l10n.t('Pick a start date from 1 January 2015 on.'),
    tooLong: vscode.l10n.t('Pick a range of at most 3 years.'),
    presetToday: vscode.l10n.t(PRESET_LABELS.today),
    presetYesterday: vscode.l10n.t(PRESET_LABELS.yesterday),
    presetLast7: vscode.l10n.t(PRESET_LABELS.last7),
    presetLast30: vscode.l10n.t(PRESET_LABELS.last30),
    presetLast90: vscode.l10n.t(PRESET_LABELS.last90),
    presetThisMonth: vscode.l10n.t(PRESET_LABELS.thisMonth),
    presetLastMonth: vscode.l10n.t(PRESET_LABELS.lastMonth),
    table: vscode.l10n.t('Campaigns in the range'),
    name: vscode.l10n.t('Campaign'),
    calls: vscode.l10n.t('Calls'),
    successRate: vscode.l10n.t('Success rate'),
    averageDuration: vscode.l10n.t('Avg. duration'),
    cost: vscode.l10n.t('Cost'),
    costPerCall: vscode.l10n.t('Cost per call'),
    positiveShare: vscode.l10n.t('Positive sentiment'),
    trend: vscode.l10n.t('Daily calls'),
    sortBy: vscode.l10n.t('Sort by {0}'),
    total: vscode.l10n.t('Account total'),
    loadingRow: vscode.l10n.t('Loading…'),
    errorRow: vscode.l10n.t('Could not load: {0}'),
    retry: vscode.l10n.t('Retry'),
    open: vscode.l10n.t('Open the dashboard of {0}'),
    status: vscode.l10n.t('Status'),
    kind: vscode.l10n.t('Kind'),
    allStatuses: vscode.l10n.t('All statuses'),
    allKinds: vscode.l10n.t('Inbound and outbound'),
    inbound: vscode.l10n.t('Inbound'),
    outbound: vscode.l10n.t('Outbound'),
    statusUnknown: vscode.l10n.t('Status unknown'),
    progress: vscode.l10n.t('{0} of {1} campaigns loaded'),
    none: vscode.l10n.t('No campaigns to show.'),
    noneFiltered: vscode.l10n.t('No campaign matches the filters.'),
    shown: vscode.l10n.t('{0} of {1} campaigns shown'),
    previousPeriod: vscode.l10n.t('Each change is against the previous period of the same length.'),
  };
}

/** The overview's column names, as its table heads show them (Export Report's table uses the same). */
export function overviewColumnNames(): Record<OverviewColumn, string> {
  const s = overviewStrings();
  return { calls: s.calls, successRate: s.successRate, averageDuration: s.averageDuration, cost: s.cost, costPerCall: s.costPerCall, positiveShare: s.positiveShare } as Record<OverviewColumn, string>;
}
