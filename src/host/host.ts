/** Everything activate() builds, handed to commands and views. */
import type * as vscode from 'vscode';
import type { TokenStore } from '../auth/tokenStore';
import type { CampaignStore } from '../campaigns/campaignStore';
import type { RangeState } from '../campaigns/rangeState';
import type { CampaignTreeProvider } from '../campaigns/treeProvider';
import type { AnalyticsCache } from './analyticsCache';
import type { ApiProvider } from './apiProvider';
import type { HostServices, Logger } from './services';
import type { DashboardPanel } from '../dashboard/loader';
import type { WatchLoader } from '../watch/loader';

export interface Host {
  readonly context: vscode.ExtensionContext;
  readonly tokens: TokenStore;
  readonly apis: ApiProvider;
  readonly cache: AnalyticsCache;
  readonly store: CampaignStore;
  readonly range: RangeState;
  readonly tree: CampaignTreeProvider;
  readonly log: Logger & { show(): void };
  readonly services: HostServices;
  /** The open dashboards of this extension host (tests and the benchmark read them here: a test's own copy of the module would see none). */
  /** The account watch (status bar, polling, alerts); tests drive it through this. */
  readonly watch: WatchLoader;
  readonly dashboards: { get(campaignId: string): DashboardPanel | undefined; all(): DashboardPanel[] };
}
