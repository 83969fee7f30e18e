/** The Compare webview's own strings, translated on the host (the chart cards' come from the dashboard table). */
import * as vscode from 'vscode';

export function compareStrings(): Record<string, string> {
  return {
    heading: vscode.l10n.t('Compare campaigns'),
    loading: vscode.l10n.t('Loading the campaigns…'),
    changeRange: vscode.l10n.t('Change range…'),
    reload: vscode.l10n.t('Refresh'),
    openDashboard: vscode.l10n.t('Open dashboard'),
    openDashboardOf: vscode.l10n.t('Open dashboard: {0}'),
    failed: vscode.l10n.t('Could not load: {0}'),
    keyFigures: vscode.l10n.t('Key figures'),
    figure: vscode.l10n.t('Figure'),
    demo: vscode.l10n.t('Demo data'),
    updated: vscode.l10n.t('Updated {0} UTC'),
    nothing: vscode.l10n.t('None of the campaigns could be loaded for this range.'),
  };
}
