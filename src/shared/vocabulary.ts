/**
 * Names both sides agree on: the API's analytics sections and the range presets. A module of plain
 * constants, so the webview can import them without pulling in zod or the API layer.
 */

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

export const RANGE_PRESETS = ['today', 'yesterday', 'last7', 'last30', 'last90', 'thisMonth', 'lastMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
