/** Everything activate() builds, handed to commands and views. */
import type * as vscode from 'vscode';
import type { TokenStore } from '../auth/tokenStore';
import type { CampaignStore } from '../campaigns/campaignStore';
import type { RangeState } from '../campaigns/rangeState';
import type { CampaignTreeProvider } from '../campaigns/treeProvider';
import type { AnalyticsCache } from './analyticsCache';
import type { ApiProvider } from './apiProvider';
import type { HostServices, Logger } from './services';

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
}
