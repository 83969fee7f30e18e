/** activate(): build the services, register commands and views. Nothing else — no requests. */
import * as vscode from 'vscode';
import { OriginGate } from './auth/originGate';
import { askToSendToken } from './auth/originPrompt';
import { TokenStore } from './auth/tokenStore';
import { CampaignStore } from './model/campaignStore';
import { RangeState } from './model/rangeState';
import { CampaignTree } from './campaigns/tree';
import { showAnalyticsJson } from './commands/json';
import { registerCommands } from './commands/register';
import { affectsApi, readSettings } from './config';
import { openDashboards, registerDashboard } from './dashboard/loader';
import { RangeSync } from './dashboard/rangeSync';
import { describeRange } from './api/range';
import { AnalyticsCache } from './model/analyticsCache';
import { ApiProvider } from './model/apiProvider';
import { retryNotice } from './retryNotice';
import type { App } from './app';
import type { PanelServices } from './model/types';
import { describeError } from './model/errorView';
import { CampaignDirectory } from './model/campaignDirectory';
import { createLogger } from './log';
import { watchDeps } from './watch/hostDeps';
import { WatchLoader } from './watch/loader';
import { registerCallDocuments } from './calls/loader';
import { overviewSourceChanged, registerOverview } from './overview/loader';
import { compareSourceChanged } from './compare/loader';
import { campaignStatusName } from './model/campaignStatus';
import { resolveTarget } from './commands/resolveTarget';
import { testSeam } from './testSeam';

const DEMO_CONTEXT = 'nlpearl.demoMode';

export function activate(context: vscode.ExtensionContext): App {
  const log = createLogger();
  const tokens = new TokenStore(context.secrets);
  const apis = new ApiProvider(tokens, readSettings, log, new OriginGate(tokens, askToSendToken), undefined, retryNotice());
  const cache = new AnalyticsCache(() => apis.api());
  const store = new CampaignStore(context.globalState);
  void store.purgeInvalid();
  const range = new RangeState(context.globalState, () => readSettings().defaultRange);
  const directory = new CampaignDirectory({
    api: () => apis.api(),
    manualIds: () => store.manualIds(),
    manualKind: (id) => store.manualKind(id),
    describeError,
    log,
    withListProgress: (work) => Promise.resolve(vscode.window.withProgress({ location: { viewId: 'nlpearl.campaigns' } }, work)),
  });
  apis.kindOf = (id) => directory.kindOf(id);
  const tree = new CampaignTree({
    api: () => apis.api(),
    cache,
    range,
    directory,
    canList: async () => apis.isDemo() || (await tokens.get()) !== undefined,
    currencyLabel: () => readSettings().currencyLabel,
    log,
    describeError,
    // The tree draws only after the view below exists, by when `watch` is set.
    alerts: () => watch.alertRows(),
  });
  const watch = new WatchLoader(watchDeps({ apis, cache, tokens, log, state: context.globalState, alertsChanged: () => tree.rerender() }));
  const rangeSync = new RangeSync(range);
  const services: PanelServices = {
    analytics: cache,
    campaign: (id) => directory.campaign(id),
    lookupCampaign: (id) => directory.lookup(id),
    log,
    settings: readSettings,
    isDemo: () => apis.isDemo(),
    describeError,
    showJson: showAnalyticsJson,
    rangeChosen: (chosen) => void rangeSync.chosen(chosen),
  };
  const app: App = { context, tokens, apis, cache, store, range, rangeSync, directory, tree, log, services, watch, testSeam };

  const view = vscode.window.createTreeView('nlpearl.campaigns', { treeDataProvider: tree, showCollapseAll: true });
  const showRange = async () => {
    view.description = range.label();
    // The description is hidden while the view is alone in its container, so the range also goes in
    // the message — only when there is something to list: a message hides the welcome view.
    const listing = apis.isDemo() || (await tokens.get()) !== undefined;
    // A preset's dates too, as the dashboard's header shows them: two views of one range read alike.
    const current = range.current();
    const text = current.preset ? vscode.l10n.t('{0} ({1})', range.label(), describeRange(current, vscode.env.language)) : range.label();
    view.message = listing ? vscode.l10n.t('Range: {0}', text) : undefined;
  };
  void showRange();

  const calls = registerCallDocuments({
    api: () => apis.api(),
    log,
    describeError,
    extensionUri: context.extensionUri,
    campaignName: (id) => directory.campaign(id)?.name ?? undefined,
    labels: async (id, range) => {
      try {
        return (await cache.load(id, range)).current.analytics.callLabelCount ?? [];
      } catch {
        return [];
      }
    },
    resolveTarget: (arg) => resolveTarget(app, arg),
    displayTimeZone: () => readSettings().displayTimeZone,
  });
  const accountChanged = () => {
    apis.invalidate();
    calls.clear();
    cache.clear();
    tree.reset();
    void showRange();
    // Open dashboards show another source's data (demo, another account or server): drop it, load anew.
    for (const panel of openDashboards.all()) void panel.sourceChanged();
    overviewSourceChanged();
    compareSourceChanged();
    void watch.accountChanged();
  };
  void vscode.commands.executeCommand('setContext', DEMO_CONTEXT, apis.isDemo());
  context.subscriptions.push(
    log,
    tokens,
    range,
    rangeSync,
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
    ...registerCommands(app),
    ...registerDashboard(context, services),
    ...calls.disposables,
    ...registerOverview({
      analytics: cache,
      campaigns: async () => {
        const list = await directory.ensureListed();
        // `kind` arrives with outbound support; read it if present, inbound otherwise.
        const campaigns = list.map((c) => ({ id: c.id, name: c.name ?? c.id, status: campaignStatusName(c.status, vscode.l10n.t) ?? '', ...kindOf(c) }));
        return { campaigns, error: directory.listError()?.message };
      },
      log,
      describeError,
      settings: readSettings,
      isDemo: () => apis.isDemo(),
      defaultRange: () => range.current(),
      extensionUri: context.extensionUri,
    }),
  );
  // The context key comes from SecretStorage, which answers asynchronously; nothing waits on it.
  void tokens.publish();
  tokens.recheckAfterStartup();
  return app;
}

function kindOf(campaign: object): { kind?: 'inbound' | 'outbound' } {
  const kind = (campaign as { kind?: unknown }).kind;
  return kind === 'inbound' || kind === 'outbound' ? { kind } : {};
}

export function deactivate(): void {}
