/**
 * The account roll-up of the overview: one campaign's response reduced to what adds up (counts, sums,
 * call-weighted duration parts), those parts summed over campaigns, and the figures read from the sums.
 * A rate of the account is never an average of the campaigns' rates: it is made again from the summed counts,
 * so the total row shows what one response for every campaign together would show (see the property test
 * against mergeAnalytics). Sums follow the merge's rule (src/api/merge.ts `sumProvided`): a value a campaign did
 * not send adds nothing, and a sum stays unknown only when no campaign sent it.
 */
import { sumProvided } from '../api/merge';
import type { InboundAnalytics } from '../api/schemas';
import { durationFigure, figures, successFigure } from './figures';
import { isShowableNumber } from './format';
import { sortByDate } from './series';

/** The parts of a period that add up across campaigns. */
export interface Summable {
  readonly calls: number | null;
  readonly successful: number | null;
  readonly unsuccessful: number | null;
  readonly completed: number | null;
  readonly cost: number | null;
  /** The calls of the campaigns whose cost is known: cost per call divides by these, not by every call. */
  readonly costCalls: number | null;
  /** Σ average × calls over the days with an average (seconds × calls). */
  readonly durationSeconds: number | null;
  /** Σ calls of those days: the weight of the duration. */
  readonly durationCalls: number | null;
  /** Campaigns whose days' call counts were missing: their average is a plain mean and cannot be weighted. */
  readonly unweightedDurations: number;
  readonly positive: number | null;
  readonly rated: number | null;
}

/** What a row (a campaign, or the total) shows, before formatting. */
export interface RollupFigures {
  readonly calls: number | null;
  /** 0–100; null when unknown or without a success definition. */
  readonly successRate: number | null;
  readonly noDefinition: boolean;
  readonly averageDuration: number | null;
  readonly cost: number | null;
  readonly costPerCall: number | null;
  /** Positive + slightly positive, % of rated calls. */
  readonly positiveShare: number | null;
}

/** Σ calls of the status timeline on each date that has an average duration. */
function durationWeight(a: InboundAnalytics): number {
  const callsByTime = new Map<number, number>();
  for (const { time, item } of sortByDate(a.callsStatusTimeLine)) {
    if (isShowableNumber(item.totalCalls)) callsByTime.set(time, (callsByTime.get(time) ?? 0) + item.totalCalls);
  }
  let calls = 0;
  for (const { time, item } of sortByDate(a.callsAverageTimeLine)) {
    if (isShowableNumber(item.averageCallDuration) && item.averageCallDuration >= 0) calls += callsByTime.get(time) ?? 0;
  }
  return calls;
}

export function summable(a: InboundAnalytics): Summable {
  const f = figures(a);
  const success = successFigure(a);
  const duration = durationFigure(a);
  const weight = duration.method === 'weighted' ? durationWeight(a) : null;
  const s = a.callsSentimentOverview;
  const positive = f.ratedCalls !== null && s ? (s.positive ?? 0) + (s.slightlyPositive ?? 0) : null;
  // A rate needs both counts: a campaign that sent one of them has no rate of its own, and adds to neither side.
  const decided = success.successful !== null && success.unsuccessful !== null;
  return {
    calls: f.totalCalls,
    successful: decided ? success.successful : null,
    unsuccessful: decided ? success.unsuccessful : null,
    completed: success.completed,
    cost: f.totalCost,
    costCalls: f.totalCost !== null ? f.totalCalls : null,
    durationSeconds: weight !== null && duration.seconds !== null ? duration.seconds * weight : weight !== null ? 0 : null,
    durationCalls: weight,
    unweightedDurations: duration.method === 'mean' ? 1 : 0,
    positive,
    rated: f.ratedCalls,
  };
}

/** The parts of several campaigns added together. */
export function rollUp(parts: readonly Summable[]): Summable {
  const sum = (key: Exclude<keyof Summable, 'unweightedDurations'>) => sumProvided(parts.map((p) => p[key]));
  return {
    calls: sum('calls'),
    successful: sum('successful'),
    unsuccessful: sum('unsuccessful'),
    completed: sum('completed'),
    cost: sum('cost'),
    costCalls: sum('costCalls'),
    durationSeconds: sum('durationSeconds'),
    durationCalls: sum('durationCalls'),
    unweightedDurations: parts.reduce((n, p) => n + p.unweightedDurations, 0),
    positive: sum('positive'),
    rated: sum('rated'),
  };
}

export function rollupFigures(s: Summable): RollupFigures {
  const decided = s.successful !== null && s.unsuccessful !== null ? s.successful + s.unsuccessful : null;
  const successRate = decided !== null && decided > 0 ? ((s.successful ?? 0) / decided) * 100 : null;
  // A plain mean of one campaign's days cannot be weighted into the account's average: unknown, not a guess.
  const averageDuration = s.unweightedDurations === 0 && s.durationCalls !== null && s.durationCalls > 0 ? (s.durationSeconds ?? 0) / s.durationCalls : null;
  return {
    calls: s.calls,
    successRate,
    noDefinition: decided === 0 && (s.completed ?? 0) > 0,
    averageDuration,
    cost: s.cost,
    costPerCall: s.cost !== null && s.costCalls !== null && s.costCalls > 0 ? s.cost / s.costCalls : null,
    positiveShare: s.positive !== null && s.rated !== null && s.rated > 0 ? (s.positive / s.rated) * 100 : null,
  };
}

/** One campaign's own figures, exactly as its dashboard computes them (a plain mean of days included). */
export function campaignFigures(a: InboundAnalytics): RollupFigures {
  const f = figures(a);
  return {
    calls: f.totalCalls,
    successRate: f.success.rate,
    noDefinition: f.success.noDefinition,
    averageDuration: f.duration.seconds,
    cost: f.totalCost,
    costPerCall: f.costPerCall,
    positiveShare: f.positiveShare,
  };
}

/** Calls per day (status timeline), oldest first, days of one date summed: the sparkline's points. */
export function dailyCalls(a: InboundAnalytics): Array<{ readonly time: number; readonly calls: number }> {
  const byTime = new Map<number, number>();
  for (const { time, item } of sortByDate(a.callsStatusTimeLine)) byTime.set(time, (byTime.get(time) ?? 0) + (isShowableNumber(item.totalCalls) ? item.totalCalls : 0));
  return [...byTime.entries()].sort(([x], [y]) => x - y).map(([time, calls]) => ({ time, calls }));
}

/** Several campaigns' daily calls summed by date. */
export function sumDaily(series: readonly (readonly { readonly time: number; readonly calls: number }[])[]): Array<{ readonly time: number; readonly calls: number }> {
  const byTime = new Map<number, number>();
  for (const days of series) for (const d of days) byTime.set(d.time, (byTime.get(d.time) ?? 0) + d.calls);
  return [...byTime.entries()].sort(([x], [y]) => x - y).map(([time, calls]) => ({ time, calls }));
}
