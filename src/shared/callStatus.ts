/**
 * The two call enums of the NLPearl API, written once for the host, the demo and the webviews.
 * `status` is the telephony state of the line; `conversationStatus` is the outcome of the
 * conversation. They are different numbers with different meanings: never show one as the other.
 * Labels are English, marked for the l10n bundle (`l10nMark`); the host translates where shown.
 */
import { l10nMark as l10n } from './l10nMark';

/** Outcome codes (`conversationStatus`), as NLPearl documents them. */
export const CALL_OUTCOME = {
  10: l10n.t('Need retry'),
  20: l10n.t('In call queue'),
  70: l10n.t('Voicemail left'),
  100: l10n.t('Success'),
  110: l10n.t('Not successful'),
  130: l10n.t('Completed'),
  150: l10n.t('Unreachable'),
  220: l10n.t('Blacklisted'),
  300: l10n.t('Queue abandoned'),
  500: l10n.t('Error'),
} as const;

/** Telephony codes (`status`), as NLPearl documents them. */
export const CALL_TELEPHONY_STATUS = {
  3: l10n.t('In progress'),
  4: l10n.t('Completed'),
  5: l10n.t('Busy'),
  6: l10n.t('Failed'),
  7: l10n.t('No answer'),
  8: l10n.t('Canceled'),
} as const;

/** What an unknown code is shown as: a new code from NLPearl must never crash or vanish. */
export const UNKNOWN_CODE = l10n.t('Status {0}');
export const NO_CODE = l10n.t('Not provided');

type Translate = (message: string, ...args: Array<string | number>) => string;
const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));

function label(table: Readonly<Record<number, string>>, code: number | null, t: Translate): string {
  if (code === null) return t(NO_CODE);
  const known = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  return known === undefined ? t(UNKNOWN_CODE, code) : t(known);
}

export function outcomeLabel(code: number | null, t: Translate = english): string {
  return label(CALL_OUTCOME, code, t);
}

export function telephonyLabel(code: number | null, t: Translate = english): string {
  return label(CALL_TELEPHONY_STATUS, code, t);
}

/**
 * The status-overview counters that have a documented outcome code, for the `status` argument of
 * Show Calls and the drill-down. needFollowUp, wrongNumber and wrongCountryCode have none.
 */
export const OVERVIEW_KEY_OUTCOME = {
  successful: 100,
  unsuccessful: 110,
  completed: 130,
  needRetry: 10,
  voiceMailLeft: 70,
  unreachable: 150,
  error: 500,
} as const;
export type OverviewOutcomeKey = keyof typeof OVERVIEW_KEY_OUTCOME;

export function outcomeForOverviewKey(key: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(OVERVIEW_KEY_OUTCOME, key) ? OVERVIEW_KEY_OUTCOME[key as OverviewOutcomeKey] : undefined;
}
