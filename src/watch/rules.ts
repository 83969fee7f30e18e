/**
 * The alert rules: from what the watch knows now (account, runway, campaigns and their analytics) to the
 * conditions that hold. Pure — no vscode, no clock of its own — so every rule and its edges are unit-tested.
 * Each alert has a key naming its condition; the notifier shows a key once per day.
 */
import type { InboundAnalytics } from '../api/schemas';
import { fullDaysBefore, utcDayOf, utcToday } from './days';
import type { Runway } from './runway';

/** `nlpearl.alerts`; 0 turns a numeric rule off. */
export interface AlertSettings {
  readonly runwayDays: number;
  readonly accountStatus: boolean;
  readonly campaignStopped: boolean;
  /** Points (0–100) today's success rate may fall under its 7-day average. */
  readonly successRateDropPoints: number;
  /** Share (0–100) of negative calls over which to warn. */
  readonly negativeSentimentPercent: number;
  /** Rated calls needed before a rate rule means anything. */
  readonly minRatedCalls: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  runwayDays: 7,
  accountStatus: true,
  campaignStopped: true,
  successRateDropPoints: 15,
  negativeSentimentPercent: 30,
  minRatedCalls: 20,
};

export const ACCOUNT_FULL_ACCESS = 1;
export const CAMPAIGN_RUNNING = 1;
/** Paused, Suspended, Maintenance: what "stopped" means. */
export const STOPPED_STATUSES: ReadonlySet<number> = new Set([2, 3, 10]);

export interface WatchedCampaign {
  readonly id: string;
  readonly name: string;
  readonly status: number | null;
  /** The status the watch saw before, if any. */
  readonly previousStatus: number | null | undefined;
  /** The analytics of a range holding the last 7 full days and today; undefined when not loaded. */
  readonly analytics: InboundAnalytics | undefined;
}

export interface WatchFacts {
  readonly accountStatus: number | null | undefined;
  readonly runway: Runway | undefined;
  readonly campaigns: readonly WatchedCampaign[];
  readonly now: number;
}

export type Alert =
  | { readonly kind: 'runway'; readonly key: string; readonly days: number; readonly threshold: number }
  | { readonly kind: 'accountStatus'; readonly key: string; readonly status: number }
  | { readonly kind: 'campaignStopped'; readonly key: string; readonly campaignId: string; readonly name: string; readonly status: number }
  | {
      readonly kind: 'successDrop';
      readonly key: string;
      readonly campaignId: string;
      readonly name: string;
      readonly today: number;
      readonly average: number;
    }
  | { readonly kind: 'negativeSentiment'; readonly key: string; readonly campaignId: string; readonly name: string; readonly percent: number };

export function evaluateAlerts(facts: WatchFacts, settings: AlertSettings): Alert[] {
  const alerts: Alert[] = [];
  const runway = facts.runway;
  if (settings.runwayDays > 0 && runway?.kind === 'days' && runway.days < settings.runwayDays) {
    alerts.push({ kind: 'runway', key: 'runway', days: runway.days, threshold: settings.runwayDays });
  }
  const status = facts.accountStatus;
  if (settings.accountStatus && typeof status === 'number' && status !== ACCOUNT_FULL_ACCESS) {
    alerts.push({ kind: 'accountStatus', key: `account:${status}`, status });
  }
  for (const campaign of facts.campaigns) {
    const { id, name } = campaign;
    if (
      settings.campaignStopped &&
      campaign.previousStatus === CAMPAIGN_RUNNING &&
      campaign.status !== null &&
      STOPPED_STATUSES.has(campaign.status)
    ) {
      alerts.push({ kind: 'campaignStopped', key: `stopped:${id}:${campaign.status}`, campaignId: id, name, status: campaign.status });
    }
    if (!campaign.analytics) continue;
    const drop = successDrop(campaign.analytics, facts.now, settings);
    if (drop) alerts.push({ kind: 'successDrop', key: `success:${id}`, campaignId: id, name, ...drop });
    const negative = negativeShare(campaign.analytics, settings);
    if (negative !== undefined) alerts.push({ kind: 'negativeSentiment', key: `sentiment:${id}`, campaignId: id, name, percent: negative });
  }
  return alerts;
}

interface Rated {
  successful: number;
  rated: number;
}

function ratedByDay(analytics: InboundAnalytics): Map<string, Rated> {
  const byDay = new Map<string, Rated>();
  for (const bucket of analytics.callsStatusTimeLine ?? []) {
    const day = utcDayOf(bucket.date);
    if (day === undefined) continue;
    const successful = bucket.successful ?? 0;
    const unsuccessful = bucket.unsuccessful ?? 0;
    const entry = byDay.get(day) ?? { successful: 0, rated: 0 };
    entry.successful += successful;
    entry.rated += successful + unsuccessful;
    byDay.set(day, entry);
  }
  return byDay;
}

/**
 * Today's success rate against the call-weighted rate of the 7 full days before, in points. Both need
 * `minRatedCalls` rated calls (successful + not successful): a campaign without a success definition has none.
 */
export function successDrop(analytics: InboundAnalytics, now: number, settings: AlertSettings): { today: number; average: number } | undefined {
  if (settings.successRateDropPoints <= 0) return undefined;
  const byDay = ratedByDay(analytics);
  const today = byDay.get(utcToday(now));
  if (!today || today.rated < settings.minRatedCalls) return undefined;
  const week = fullDaysBefore(now, 7).reduce<Rated>(
    (sum, day) => {
      const entry = byDay.get(day);
      return entry ? { successful: sum.successful + entry.successful, rated: sum.rated + entry.rated } : sum;
    },
    { successful: 0, rated: 0 },
  );
  if (week.rated < settings.minRatedCalls) return undefined;
  const todayRate = (100 * today.successful) / today.rated;
  const average = (100 * week.successful) / week.rated;
  return average - todayRate > settings.successRateDropPoints ? { today: todayRate, average } : undefined;
}

/**
 * The share of negative and slightly negative calls among the rated ones of the analytics' range (the API
 * gives sentiment for the whole range only, not per day); undefined under the threshold or with too few calls.
 */
export function negativeShare(analytics: InboundAnalytics, settings: AlertSettings): number | undefined {
  if (settings.negativeSentimentPercent <= 0) return undefined;
  const s = analytics.callsSentimentOverview;
  if (!s) return undefined;
  const counts = [s.negative, s.slightlyNegative, s.neutral, s.slightlyPositive, s.positive].map((n) => (n !== null && Number.isFinite(n) && n > 0 ? n : 0));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < settings.minRatedCalls) return undefined;
  const percent = (100 * ((counts[0] ?? 0) + (counts[1] ?? 0))) / total;
  return percent > settings.negativeSentimentPercent ? percent : undefined;
}

/** `nlpearl.alerts` as set (any shape), over the defaults; numbers clamped to their ranges. */
export function readAlertSettings(raw: unknown): AlertSettings {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const num = (key: keyof AlertSettings, max: number): number => {
    const n = value[key];
    const fallback = DEFAULT_ALERT_SETTINGS[key] as number;
    return typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(0, n)) : fallback;
  };
  const bool = (key: keyof AlertSettings): boolean => {
    const b = value[key];
    return typeof b === 'boolean' ? b : (DEFAULT_ALERT_SETTINGS[key] as boolean);
  };
  return {
    runwayDays: num('runwayDays', 365),
    accountStatus: bool('accountStatus'),
    campaignStopped: bool('campaignStopped'),
    successRateDropPoints: num('successRateDropPoints', 100),
    negativeSentimentPercent: num('negativeSentimentPercent', 100),
    minRatedCalls: Math.max(1, Math.round(num('minRatedCalls', 100_000))),
  };
}
