/** `nlpearl.showCalls`: extra arguments checked, then campaign and range resolved, then the panel. */
import * as vscode from 'vscode';
import type { CallsHostDeps } from './deps';
import { CallsPanel } from './panel';
import { parseShowCallsExtras } from './showArgs';

export async function showCalls(deps: CallsHostDeps, arg: unknown): Promise<CallsPanel | undefined> {
  const extras = parseShowCallsExtras(arg);
  if (!extras.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: invalid command arguments — {0}', extras.problem));
    return undefined;
  }
  const target = await deps.resolveTarget(arg);
  return target ? CallsPanel.open(deps, target, { filters: extras.filters, cell: extras.cell, expected: extras.expected }) : undefined;
}
