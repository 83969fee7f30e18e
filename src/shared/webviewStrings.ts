/**
 * Every visible string of the webview, in English. The webview has no l10n API of its own: the host
 * translates this table with vscode.l10n.t and sends it in `init`. `l10n.t` only marks each message
 * for the bundle (see l10nMark.ts). Imported by the webview as a type only.
 */
import { l10nMark as l10n } from './l10nMark';
import { PRESET_LABELS } from './vocabulary';

export const WEBVIEW_STRINGS = {
  title: l10n.t('{0} — Inbound Analytics'),
  demo: l10n.t('Demo data'),
  statusUnknown: l10n.t('Status unknown'),
  range: l10n.t('Range'),
  custom: l10n.t('Custom…'),
  from: l10n.t('From'),
  to: l10n.t('To'),
  apply: l10n.t('Apply'),
  refresh: l10n.t('Refresh'),
  openJson: l10n.t('Open JSON'),
  copyJson: l10n.t('Copy JSON'),
  export: l10n.t('Export'),
  exportPng: l10n.t('Export PNG'),
  exportCsv: l10n.t('Export CSV'),
  table: l10n.t('Table'),
  tablePrevious: l10n.t('Previous'),
  tableNext: l10n.t('Next'),
  tableRows: l10n.t('Rows {0}–{1} of {2}'),
  chart: l10n.t('Chart'),
  loading: l10n.t('Loading analytics…'),
  noCalls: l10n.t('No calls in this range'),
  noCallsHint: l10n.t('Try a longer range.'),
  notProvidedSection: l10n.t('The API did not send this section.'),
  nothingToDraw: l10n.t('Nothing to show for this range.'),
  errorTitle: l10n.t('Could not load analytics'),
  setToken: l10n.t('Set API Token'),
  shortenRange: l10n.t('Pick a shorter range'),
  retry: l10n.t('Retry'),
  retryIn: l10n.t('Retry in {0} s'),
  openSettings: l10n.t('Open Settings'),
  stale: l10n.t('Showing data from {0} — refresh failed: {1}'),
  fetchedAt: l10n.t('Updated {0}'),
  fetchedInParts: l10n.t('Fetched in {0} parts (the API allows 90 days per request).'),
  willFetchInParts: l10n.t('Longer than 90 days: it will be fetched in {0} parts.'),
  invalidDate: l10n.t('Enter a valid date.'),
  fromAfterTo: l10n.t('The start must be before the end.'),
  futureRange: l10n.t('The range must not start in the future.'),
  tooEarly: l10n.t('Pick a start date from 1 January 2015 on.'),
  tooLong: l10n.t('Pick a range of at most 3 years.'),
  kpis: l10n.t('Key figures'),
  charts: l10n.t('Charts'),
  previousPeriod: l10n.t('Change against the previous period of the same length'),
  heatmapLegend: l10n.t('Calls by hour of day (columns) and weekday (rows)'),
  exportDone: l10n.t('Saved.'),
  presetToday: PRESET_LABELS.today,
  presetYesterday: PRESET_LABELS.yesterday,
  presetLast7: PRESET_LABELS.last7,
  presetLast30: PRESET_LABELS.last30,
  presetLast90: PRESET_LABELS.last90,
  presetThisMonth: PRESET_LABELS.thisMonth,
  presetLastMonth: PRESET_LABELS.lastMonth,
} as const;
export type WebviewStringKey = keyof typeof WEBVIEW_STRINGS;
export type WebviewStrings = Record<WebviewStringKey, string>;
