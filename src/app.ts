/** Everything activate() builds, handed to commands and views. */
import type * as vscode from 'vscode';
import type { TokenStore } from './auth/tokenStore';
import type { CampaignStore } from './model/campaignStore';
import type { RangeState } from './model/rangeState';
import type { RangeSync } from './dashboard/rangeSync';
import type { CampaignTree } from './campaigns/tree';
import type { CampaignDirectory } from './model/campaignDirectory';
import type { AnalyticsCache } from './model/analyticsCache';
import type { ApiProvider } from './model/apiProvider';
import type { PanelServices, Logger } from './model/types';
import type { TestSeam } from './testSeam';
import type { WatchLoader } from './watch/loader';

export interface App {
  readonly context: vscode.ExtensionContext;
  readonly tokens: TokenStore;
  readonly apis: ApiProvider;
  readonly cache: AnalyticsCache;
  readonly store: CampaignStore;
  readonly range: RangeState;
  /** `nlpearl.syncRanges`: keeps the tree's range and the dashboards' in step. */
  readonly rangeSync: RangeSync;
  /** The campaigns every view reads (the tree, the palette, the panels). */
  readonly directory: CampaignDirectory;
  readonly tree: CampaignTree;
  readonly log: Logger & { show(): void };
  readonly services: PanelServices;
  /** The account watch (status bar, polling, alerts); tests drive it through this. */
  readonly watch: WatchLoader;
  /** What only tests reach (src/testSeam.ts). */
  readonly testSeam: TestSeam;
}
