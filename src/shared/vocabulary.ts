/**
 * Names both sides agree on: the API's analytics sections, the range presets and the fix actions. A module of plain
 * constants, so the webview can import them without pulling in zod or the API layer.
 */
import { l10nMark as l10n } from './l10nMark';

export const ANALYTICS_SECTIONS = [
  'callsStatusOverview',
  'callsSentimentOverview',
  'callsStatusTimeLine',
  'callsAverageTimeLine',
  'callsCostTimeLine',
  'callsSuccessRateTimeLine',
  'callsPickupRateTimeLine',
  'callLabelCount',
  'callEventsCounts',
  'callsByHourDayOfWeeks',
] as const;
export type AnalyticsSection = (typeof ANALYTICS_SECTIONS)[number];

/** The charts whose figures open their calls (drill-down). Sentiment is not one: the call search cannot filter by it. */
export const DRILL_CHARTS = ['callsStatusTimeLine', 'callsStatusOverview', 'callLabelCount', 'callsByHourDayOfWeeks'] as const;
export type DrillChart = (typeof DRILL_CHARTS)[number];

export const RANGE_PRESETS = ['today', 'yesterday', 'last7', 'last30', 'last90', 'thisMonth', 'lastMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** English; shown through vscode.l10n.t (`l10n.t` here only marks them for the bundle) — the palette, the tree and the webview's picker. */
export const PRESET_LABELS: Record<RangePreset, string> = {
  today: l10n.t('Today'),
  yesterday: l10n.t('Yesterday'),
  last7: l10n.t('Last 7 days'),
  last30: l10n.t('Last 30 days'),
  last90: l10n.t('Last 90 days'),
  thisMonth: l10n.t('This month'),
  lastMonth: l10n.t('Last month'),
};

/** What fixes an error — every error the client throws names one; the tree, the palette and the dashboard offer it. */
export const FIX_ACTIONS = ['setToken', 'checkCampaign', 'shortenRange', 'retry', 'retryLater', 'checkSettings', 'none'] as const;
export type FixAction = (typeof FIX_ACTIONS)[number];

/** What the dashboard's error card may ask the host to do (its buttons). */
export const WEBVIEW_ACTIONS = ['setToken', 'retry', 'shortenRange', 'openSettings'] as const;
export type WebviewAction = (typeof WEBVIEW_ACTIONS)[number];

/** The account overview's figure columns, in their order on screen (and in its report). */
export const OVERVIEW_COLUMNS = ['calls', 'successRate', 'averageDuration', 'cost', 'costPerCall', 'positiveShare'] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];
