/**
 * What the Account overview needs from the rest of the extension, and nothing more: the shared analytics
 * source (the tree's cache), the campaign directory's list, and what only the host bundle may do (mask errors).
 */
import type { AnalyticsSource, DisplaySettings, Logger, RangeSelection } from '../model/types';
import type { OverviewCampaign } from '../analytics/overviewRows';

export interface OverviewDeps {
  readonly analytics: AnalyticsSource;
  /** Every campaign the directory knows (listing if needed), and why the listing failed, if it did. */
  campaigns(): Promise<{ readonly campaigns: readonly OverviewCampaign[]; readonly error?: string }>;
  readonly log: Pick<Logger, 'info' | 'warn'>;
  describeError(error: unknown): { readonly kind: string; readonly message: string };
  settings(): DisplaySettings;
  isDemo(): boolean;
  /** The tree's range: where the overview starts. */
  defaultRange(): RangeSelection;
  readonly extensionUri: import('vscode').Uri;
}
