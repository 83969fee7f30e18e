/**
 * What the views and commands get from activate(): built once, passed down. Each view asks the
 * services for data; none of them builds its own client.
 */
import type { AnalyticsPair } from '../api/types';
import type { DateRange } from '../api/range';
import type { CampaignSummary, CampaignDetail } from '../api/schemas';
import type { ErrorView } from './errorView';

export interface CampaignInfo extends Pick<CampaignSummary, 'id' | 'name' | 'status' | 'kind'> {
  /** Added by hand (kept in globalState), not from the API list. */
  readonly manual: boolean;
  readonly detail?: CampaignDetail;
}


export interface LoadOptions {
  readonly signal?: AbortSignal;
  /** Skip the 60 s cache (Refresh). */
  readonly force?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface Logger {
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
  error(component: string, message: string): void;
}

export interface DisplaySettings {
  readonly currencyLabel: string;
  readonly autoRefreshMinutes: number;
  readonly defaultRange: import('../api/range').RangePreset;
  /** `nlpearl.weekdayBase`; absent = auto. */
  readonly weekdayBase?: import('../analytics/options').WeekdayBase;
  /** `nlpearl.displayTimeZone`: utc | local | an IANA zone; absent = utc. */
  readonly displayTimeZone?: string;
}

/** A range, and the preset it came from: a preset is cached by name, since its end moves with the clock. */
export interface RangeSelection extends DateRange {
  readonly preset?: import('../api/range').RangePreset;
}

export interface AnalyticsSource {
  /** Current + previous period, cached 60 s per campaign and range (shared by tree and panels). */
  load(campaignId: string, range: RangeSelection, options?: LoadOptions): Promise<AnalyticsPair>;
}

export interface PanelServices {
  readonly analytics: AnalyticsSource;
  /** The campaign as the tree knows it (name, status), if known. */
  campaign(id: string): CampaignInfo | undefined;
  /** Lists campaigns if the tree has not yet (one request), then answers like campaign(). */
  lookupCampaign(id: string): Promise<CampaignInfo | undefined>;
  readonly log: Logger;
  settings(): DisplaySettings;
  /** true in demo mode: the panel says "Demo data". */
  isDemo(): boolean;
  /**
   * What a person reads for an error, token masked. Passed in rather than imported: the dashboard is a bundle
   * of its own (dist/dashboard.js), and only the host bundle knows the secrets to mask.
   */
  describeError(error: unknown): ErrorView;
  /** A person picked this range in a panel: with `nlpearl.syncRanges` on, the tree and the other panels follow. */
  rangeChosen?(range: RangeSelection): void;
  /** Opens (or copies) a response as JSON, token masked: passed in for the same reason as describeError. */
  showJson(pair: AnalyticsPair, how: 'open' | 'copy', subject: { readonly campaignId: string; readonly campaignName: string; readonly range: RangeSelection }): Promise<void>;
}
