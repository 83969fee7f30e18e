/**
 * The host bundle's side of the dashboard: the serializer is registered at activation,
 * the dashboard's code (dist/dashboard.js, ~40 KB) is loaded when the first panel opens or is restored.
 */
import * as vscode from 'vscode';
import type { PanelServices } from '../model/types';
import type * as DashboardBundle from './bundle';
import { DASHBOARD_VIEW_TYPE } from './viewType';

export type DashboardModule = typeof DashboardBundle;
export type DashboardPanel = import('./panel').DashboardPanel;

let loaded: DashboardModule | undefined;
let loading: Promise<DashboardModule> | undefined;

/** The dashboard's code, loaded once (esbuild points this import at dist/dashboard.js). */
export function loadDashboard(): Promise<DashboardModule> {
  loading ??= import('./bundle').then((module) => (loaded = module));
  return loading;
}

/** The open dashboards; none before the dashboard's code was ever loaded. */
export const openDashboards = {
  get: (campaignId: string): DashboardPanel | undefined => loaded?.DashboardPanel.get(campaignId),
  all: (): DashboardPanel[] => loaded?.DashboardPanel.all() ?? [],
  /** The dashboard that is the active editor: palette commands act on it, as its own buttons do. */
  active: (): DashboardPanel | undefined => loaded?.DashboardPanel.all().find((panel) => !panel.isDisposed && panel.panel.active),
};

export function registerDashboard(context: vscode.ExtensionContext, services: PanelServices): vscode.Disposable[] {
  return [
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        (await loadDashboard()).DashboardPanel.revive(context, services, panel, state);
      },
    }),
  ];
}
