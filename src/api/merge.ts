/**
 * Merging the answers for the windows of a split range into the answer for the whole range.
 *
 * Rules (the same as a server computing the whole range would apply, given its definitions):
 * - Counters (overview, sentiment, events, status buckets, labels, hour × weekday cells) are summed.
 *   A counter is the sum of the values that were provided; it stays `null` only if no part
 *   provided it. A section that is `null` in every part stays `null`.
 * - Timelines are concatenated and sorted by date. A date in two windows (the window boundary
 *   fell inside that day) becomes one bucket:
 *   - success rate: recomputed from that date's combined status counts, successful /
 *     (successful + unsuccessful), on the scale the series is on (told by the days' counts, so a
 *     series sent as 0–1 stays 0–1); when that denominator is 0 the first value is kept;
 *   - average duration, average cost per call, pickup rate: averaged weighted by each window's
 *     `totalCalls` for that date (exact for per-call averages and for answered/total rates);
 *   - when the counts needed are not available, the first window's value is kept, never an
 *     unweighted average of percentages;
 *   - total price: summed, rounded to the decimals of its inputs (no 0.30000000000000004).
 * - Labels keep the name and colour first seen for their id; callType is the first non-null.
 */
import { EVENT_KEYS, SENTIMENT_KEYS, STATUS_COUNTER_KEYS } from './apiKeys';
import type {
  AverageDurationBucket,
  CostBucket,
  EventCounts,
  HourDayCount,
  InboundAnalytics,
  LabelCount,
  PickupRateBucket,
  SentimentCounts,
  StatusBucket,
  StatusCounts,
  SuccessRateBucket,
} from './schemas';
import { parseApiDate } from './dates';
import { decimalPlaces, roundToPlaces } from './decimals';
import { rateOnScale, rateScaleFromCounts, type RateObservation, type RateScale } from './rateScale';

type Counters<K extends string> = Record<K, number | null>;

/**
 * The sum of the provided values; null when none was provided. Rounded to the most decimals any
 * input has, so summed prices carry no float drift (counts are integers and come out exact).
 */
export function sumProvided(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  let places = 0;
  for (const value of values) {
    if (value === null) continue;
    total = (total ?? 0) + value;
    if (!Number.isInteger(value)) places = Math.max(places, decimalPlaces(value));
  }
  return total !== null && places > 0 ? roundToPlaces(total, places) : total;
}

function mergeCounters<K extends string>(keys: readonly K[], sections: readonly (Counters<K> | null)[]): Counters<K> | null {
  const present = sections.filter((s): s is Counters<K> => s !== null);
  if (present.length === 0) return null;
  return Object.fromEntries(keys.map((key) => [key, sumProvided(present.map((s) => s[key]))])) as Counters<K>;
}

/** Sorts buckets by date, oldest first; stable, so equal dates keep their order. */
export function sortTimeline<T extends { readonly date: string }>(buckets: readonly T[]): T[] {
  return [...buckets].sort((a, b) => parseApiDate(a.date) - parseApiDate(b.date));
}

/** Buckets of one timeline across parts, grouped by instant, in date order then part order. */
interface Entry<T> {
  readonly part: number;
  readonly bucket: T;
}

function groupByDate<T extends { readonly date: string }>(timelines: readonly (readonly T[] | null)[]): Entry<T>[][] {
  const groups = new Map<number, Entry<T>[]>();
  timelines.forEach((timeline, part) => {
    for (const bucket of timeline ?? []) {
      const key = parseApiDate(bucket.date);
      const group = groups.get(key);
      if (group) group.push({ part, bucket });
      else groups.set(key, [{ part, bucket }]);
    }
  });
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function mergeTimeline<T extends { readonly date: string }, R>(
  timelines: readonly (readonly T[] | null)[],
  combine: (group: Entry<T>[]) => R,
): R[] | null {
  if (timelines.every((t) => t === null)) return null;
  return groupByDate(timelines).map(combine);
}

/** Per part, that part's status counts by instant (duplicates within a part summed). */
type StatusIndex = Map<number, StatusCounts>[];

function indexStatus(parts: readonly InboundAnalytics[]): StatusIndex {
  return parts.map((part) => {
    const byDate = new Map<number, StatusBucket[]>();
    for (const bucket of part.callsStatusTimeLine ?? []) {
      const key = parseApiDate(bucket.date);
      byDate.set(key, [...(byDate.get(key) ?? []), bucket]);
    }
    const index = new Map<number, StatusCounts>();
    for (const [key, buckets] of byDate) {
      const merged = mergeCounters(STATUS_COUNTER_KEYS, buckets);
      if (merged) index.set(key, merged);
    }
    return index;
  });
}

/**
 * A value per bucket combined across windows, weighted by `weight(part, date)`; the first
 * provided value when any weight is unknown or all are 0, or when one part has the date twice.
 */
function weighted<T extends { readonly date: string }>(
  group: readonly Entry<T>[],
  value: (bucket: T) => number | null,
  weight: (part: number, date: number) => number | null,
): number | null {
  const first = group[0];
  if (group.length === 1 && first) return value(first.bucket);
  const provided = group.filter((e) => value(e.bucket) !== null);
  const fallback = provided[0] ? value(provided[0].bucket) : null;
  if (provided.length === 0) return null;
  if (new Set(group.map((e) => e.part)).size !== group.length) return fallback;
  let sumWeights = 0;
  let sum = 0;
  for (const entry of provided) {
    const w = weight(entry.part, parseApiDate(entry.bucket.date));
    if (w === null) return fallback;
    sumWeights += w;
    sum += w * (value(entry.bucket) ?? 0);
  }
  return sumWeights > 0 ? sum / sumWeights : fallback;
}

export function mergeAnalytics(parts: readonly InboundAnalytics[]): InboundAnalytics {
  const status = indexStatus(parts);
  const totalCalls = (part: number, date: number) => status[part]?.get(date)?.totalCalls ?? null;
  const firstDate = <T extends { readonly date: string }>(group: readonly Entry<T>[]) => group[0]?.bucket.date ?? '';

  const statusTimeline = mergeTimeline<StatusBucket, StatusBucket>(
    parts.map((p) => p.callsStatusTimeLine),
    (group) => ({
      date: firstDate(group),
      ...(mergeCounters(STATUS_COUNTER_KEYS, group.map((e) => e.bucket)) as StatusCounts),
    }),
  );

  const scale = successRateScale(parts, status);
  const successRate = mergeTimeline<SuccessRateBucket, SuccessRateBucket>(
    parts.map((p) => p.callsSuccessRateTimeLine),
    (group) => ({ date: firstDate(group), successRatePercentage: combinedSuccessRate(group, status, scale) }),
  );

  const averageDuration = mergeTimeline<AverageDurationBucket, AverageDurationBucket>(
    parts.map((p) => p.callsAverageTimeLine),
    (group) => ({ date: firstDate(group), averageCallDuration: weighted(group, (b) => b.averageCallDuration, totalCalls) }),
  );

  const cost = mergeTimeline<CostBucket, CostBucket>(
    parts.map((p) => p.callsCostTimeLine),
    (group) => ({
      date: firstDate(group),
      totalPrice: sumProvided(group.map((e) => e.bucket.totalPrice)),
      averageCostPerCall: weighted(group, (b) => b.averageCostPerCall, totalCalls),
    }),
  );

  const pickupRate = mergeTimeline<PickupRateBucket, PickupRateBucket>(
    parts.map((p) => p.callsPickupRateTimeLine),
    (group) => ({ date: firstDate(group), pickupRatePercentage: weighted(group, (b) => b.pickupRatePercentage, totalCalls) }),
  );

  return {
    callsStatusOverview: mergeCounters(STATUS_COUNTER_KEYS, parts.map((p) => p.callsStatusOverview)) as StatusCounts | null,
    callsSentimentOverview: mergeCounters(SENTIMENT_KEYS, parts.map((p) => p.callsSentimentOverview)) as SentimentCounts | null,
    callsStatusTimeLine: statusTimeline,
    callsAverageTimeLine: averageDuration,
    callsCostTimeLine: cost,
    callsSuccessRateTimeLine: successRate,
    callsPickupRateTimeLine: pickupRate,
    callLabelCount: mergeLabels(parts.map((p) => p.callLabelCount)),
    callEventsCounts: mergeCounters(EVENT_KEYS, parts.map((p) => p.callEventsCounts)) as EventCounts | null,
    callsByHourDayOfWeeks: mergeHourDay(parts.map((p) => p.callsByHourDayOfWeeks)),
    callType: parts.find((p) => p.callType !== null)?.callType ?? null,
  };
}

/** The scale the windows' success rates are on, told by their own days' counts (see rateScale.ts). */
function successRateScale(parts: readonly InboundAnalytics[], status: StatusIndex): RateScale | null {
  const observations: RateObservation[] = [];
  parts.forEach((part, i) => {
    for (const bucket of part.callsSuccessRateTimeLine ?? []) {
      const counts = status[i]?.get(parseApiDate(bucket.date));
      if (counts) observations.push({ value: bucket.successRatePercentage, successful: counts.successful, unsuccessful: counts.unsuccessful });
    }
  });
  return rateScaleFromCounts(observations);
}

/**
 * successful / (successful + unsuccessful) over the windows' counts for the date, on the scale the
 * rest of the series is on (0–100 when the counts cannot tell, as the field's name says); every
 * window contributing a rate must have those counts, or the first provided rate is kept.
 */
function combinedSuccessRate(group: readonly Entry<SuccessRateBucket>[], status: StatusIndex, scale: RateScale | null): number | null {
  const first = group[0];
  if (group.length === 1 && first) return first.bucket.successRatePercentage;
  const fallback = group.find((e) => e.bucket.successRatePercentage !== null)?.bucket.successRatePercentage ?? null;
  if (new Set(group.map((e) => e.part)).size !== group.length) return fallback;
  let successful = 0;
  let unsuccessful = 0;
  for (const entry of group) {
    const counts = status[entry.part]?.get(parseApiDate(entry.bucket.date));
    if (!counts || counts.successful === null || counts.unsuccessful === null) return fallback;
    successful += counts.successful;
    unsuccessful += counts.unsuccessful;
  }
  const decided = successful + unsuccessful;
  return decided > 0 ? rateOnScale(successful, decided, scale) : fallback;
}

/**
 * Labels summed by id, keeping the first name and colour: for the windows of a split range, and
 * for one response that lists an id twice (the view model reads every list through this).
 */
export function mergeLabels(lists: readonly (readonly LabelCount[] | null)[]): LabelCount[] | null {
  if (lists.every((l) => l === null)) return null;
  // Most ids appear once: only the repeated ones get a list of counts (a response may hold 1 M labels).
  const firsts = new Map<string, LabelCount>();
  const repeated = new Map<string, (number | null)[]>();
  for (const list of lists) {
    for (const label of list ?? []) {
      const seen = firsts.get(label.id);
      if (!seen) firsts.set(label.id, label);
      else {
        const counts = repeated.get(label.id);
        if (counts) counts.push(label.count);
        else repeated.set(label.id, [seen.count, label.count]);
      }
    }
  }
  const out: LabelCount[] = [];
  for (const label of firsts.values()) {
    const counts = repeated.get(label.id);
    out.push(counts ? { ...label, count: sumProvided(counts) } : label);
  }
  return out;
}

function mergeHourDay(lists: readonly (readonly HourDayCount[] | null)[]): HourDayCount[] | null {
  if (lists.every((l) => l === null)) return null;
  const cells = new Map<string, { first: HourDayCount; counts: (number | null)[] }>();
  for (const cell of lists.flatMap((l) => l ?? [])) {
    const key = `${cell.dayOfWeek}:${cell.hourOfDay}`;
    const seen = cells.get(key);
    if (seen) seen.counts.push(cell.count);
    else cells.set(key, { first: cell, counts: [cell.count] });
  }
  return [...cells.values()].map(({ first, counts }) => ({ ...first, count: sumProvided(counts) }));
}
