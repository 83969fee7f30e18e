/**
 * The API's counter names and status codes, without zod: the host bundle reads them at activation and in
 * the tree, while the schemas (and zod behind them) load only with the first response (src/api/parsers.ts).
 */
import { l10nMark as l10n } from '../shared/l10nMark';

export const STATUS_COUNTER_KEYS = [
  'totalCalls',
  'totalLeads',
  'needRetry',
  'wrongCountryCode',
  'needFollowUp',
  'voiceMailLeft',
  'successful',
  'unsuccessful',
  'wrongNumber',
  'completed',
  'unreachable',
  'error',
] as const;
export type StatusCounterKey = (typeof STATUS_COUNTER_KEYS)[number];

export const SENTIMENT_KEYS = ['negative', 'slightlyNegative', 'neutral', 'slightlyPositive', 'positive'] as const;
export type SentimentKey = (typeof SENTIMENT_KEYS)[number];

export const EVENT_KEYS = [
  'takeMessageCount',
  'smsSentCount',
  'callTransferredCount',
  'calendarBookedCount',
  'emailSentCount',
] as const;
export type EventKey = (typeof EVENT_KEYS)[number];

/** Campaign status codes, shared by v1 Inbound and v2 Pearl. English; `l10n.t` marks them for the bundle. */
export const CAMPAIGN_STATUS = { 1: l10n.t('Running'), 2: l10n.t('Paused'), 3: l10n.t('Suspended'), 10: l10n.t('Maintenance') } as const;

export const ACCOUNT_STATUS = {
  1: l10n.t('Full access'),
  2: l10n.t('Limited access'),
  3: l10n.t('No credits'),
  4: l10n.t('Suspended'),
  5: l10n.t('Debt reached'),
} as const;
