/** The Calls webview's words, translated by the host (the webview has no l10n of its own). */
import * as vscode from 'vscode';

export function callsStrings(): Record<string, string> {
  return {
    start: vscode.l10n.t('Start'),
    caller: vscode.l10n.t('Caller'),
    duration: vscode.l10n.t('Duration'),
    outcome: vscode.l10n.t('Outcome'),
    status: vscode.l10n.t('Telephony status'),
    tags: vscode.l10n.t('Tags'),
    allOutcomes: vscode.l10n.t('All outcomes'),
    allTags: vscode.l10n.t('All tags'),
    search: vscode.l10n.t('Search calls (number or id)'),
    loading: vscode.l10n.t('Loading calls…'),
    none: vscode.l10n.t('No calls match.'),
    open: vscode.l10n.t('Open the call'),
    sortBy: vscode.l10n.t('Sort by {0}'),
    table: vscode.l10n.t('Calls'),
  };
}
