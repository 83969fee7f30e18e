/** activate(): build the services, register commands and views. Nothing else — no requests. */
import * as vscode from 'vscode';
import { OriginGate } from './auth/originGate';
import { askToSendToken } from './auth/originPrompt';
import { TokenStore } from './auth/tokenStore';
import { CampaignStore } from './campaigns/campaignStore';
import { RangeState } from './campaigns/rangeState';
import { CampaignTreeProvider } from './campaigns/treeProvider';
import { registerCommands } from './commands/register';
import { affectsApi, readSettings } from './config';
import { openDashboards, registerDashboard } from './dashboard/loader';
import { AnalyticsCache } from './host/analyticsCache';
import { ApiProvider } from './host/apiProvider';
import { retryNotice } from './host/retryNotice';
import type { Host } from './host/host';
import type { HostServices } from './host/services';
import { describeError } from './host/errorText';
import { createLogger } from './log';
import { watchDeps } from './watch/hostDeps';
import { WatchLoader } from './watch/loader';
import { registerCallDocuments } from './calls/loader';
import { resolveTarget } from './commands/resolveTarget';

const DEMO_CONTEXT = 'nlpearl.demoMode';

export function activate(context: vscode.ExtensionContext): Host {
  const log = createLogger();
  const tokens = new TokenStore(context.secrets);
  const apis = new ApiProvider(tokens, readSettings, log, new OriginGate(tokens, askToSendToken), undefined, retryNotice());
  const cache = new AnalyticsCache(() => apis.api());
  const store = new CampaignStore(context.globalState);
  void store.purgeInvalid();
  const range = new RangeState(context.globalState, () => readSettings().defaultRange);
  const tree = new CampaignTreeProvider({
    api: () => apis.api(),
    cache,
    range,
    store,
    canList: async () => apis.isDemo() || (await tokens.get()) !== undefined,
    currencyLabel: () => readSettings().currencyLabel,
    log,
    // The tree draws only after the view below exists, by when `watch` is set.
    alerts: () => watch.alertRows(),
  });
  const watch = new WatchLoader(watchDeps({ apis, cache, tokens, log, state: context.globalState, alertsChanged: () => tree.rerender() }));
  const services: HostServices = {
    analytics: cache,
    campaign: (id) => tree.campaign(id),
    lookupCampaign: async (id) => (await tree.ensureListed()).find((c) => c.id === id),
    log,
    settings: readSettings,
    isDemo: () => apis.isDemo(),
    describeError,
  };
  const dashboards = openDashboards;
  const host: Host = { context, tokens, apis, cache, store, range, tree, log, services, dashboards, watch };

  const view = vscode.window.createTreeView('nlpearl.campaigns', { treeDataProvider: tree, showCollapseAll: true });
  const showRange = async () => {
    view.description = range.label();
    // The description is hidden while the view is alone in its container, so the range also goes in
    // the message — only when there is something to list: a message hides the welcome view.
    const listing = apis.isDemo() || (await tokens.get()) !== undefined;
    view.message = listing ? vscode.l10n.t('Range: {0}', range.label()) : undefined;
  };
  void showRange();

  const calls = registerCallDocuments({
    api: () => apis.api(),
    log,
    describeError,
    extensionUri: context.extensionUri,
    campaignName: (id) => tree.campaign(id)?.name ?? undefined,
    labels: async (id, range) => {
      try {
        return (await cache.load(id, range)).current.analytics.callLabelCount ?? [];
      } catch {
        return [];
      }
    },
    resolveTarget: (arg) => resolveTarget(host, arg),
  });
  const accountChanged = () => {
    apis.invalidate();
    calls.clear();
    cache.clear();
    tree.reset();
    void showRange();
    // Open dashboards show another source's data (demo, another account or server): drop it, load anew.
    for (const panel of openDashboards.all()) void panel.sourceChanged();
    void watch.accountChanged();
  };
  void vscode.commands.executeCommand('setContext', DEMO_CONTEXT, apis.isDemo());
  context.subscriptions.push(
    log,
    tokens,
    range,
    tree,
    view,
    watch,
    tokens.onDidChange(accountChanged),
    range.onDidChange(() => {
      void showRange();
      tree.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nlpearl.demoMode')) {
        void vscode.commands.executeCommand('setContext', DEMO_CONTEXT, apis.isDemo());
      }
      if (affectsApi(event)) accountChanged();
      if (event.affectsConfiguration('nlpearl.defaultRange')) void showRange();
      // The tree's range may be the default one: its figures are re-keyed on the next draw.
      if (event.affectsConfiguration('nlpearl.defaultRange') || event.affectsConfiguration('nlpearl.currencyLabel')) tree.rerender();
    }),
    ...registerCommands(host),
    ...registerDashboard(context, services),
    ...calls.disposables,
  );
  // The context key comes from SecretStorage, which answers asynchronously; nothing waits on it.
  void tokens.publish();
  return host;
}

export function deactivate(): void {}
