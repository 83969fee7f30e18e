/**
 * The host bundle's side of the Account overview: the command is registered at activation; the panel and its
 * view model are in dist/overview.js, loaded on first use.
 */
import * as vscode from 'vscode';
import type { OverviewDeps } from './deps';

type OverviewBundle = typeof import('./bundle');
let loaded: OverviewBundle | undefined;
let loading: Promise<OverviewBundle> | undefined;
const load = () => (loading ??= import('./bundle').then((module) => (loaded = module)));

/** The source changed (demo mode, account, base URL): an open overview lists and loads again. */
export function overviewSourceChanged(): void {
  void loaded?.OverviewPanel.get()?.sourceChanged();
}

export function registerOverview(deps: OverviewDeps): vscode.Disposable[] {
  return [vscode.commands.registerCommand('nlpearl.showAccountOverview', async () => (await load()).OverviewPanel.createOrShow(deps))];
}
