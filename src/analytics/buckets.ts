/**
 * Weekly and monthly buckets for long ranges (issue 18, point 4): at 549 days per-day bars are a
 * moiré. The days are regrouped with the merge rules of a split range (src/api/merge.ts) — counts
 * summed, success rate from the summed counts, averages weighted by calls, prices summed without
 * float drift — by handing each day to mergeAnalytics as its own part, dated at its bucket's start.
 * Buckets are UTC, like the API's days: weeks start on Monday, months on the 1st.
 */
import { mergeAnalytics } from '../api/merge';
import type { InboundAnalytics } from '../api/schemas';
import { parseApiDate } from '../api/dates';

export type { BucketSize } from '../shared/protocol';
import type { BucketSize } from '../shared/protocol';

/** Above this many days, weekly and monthly buckets are offered. */
export const LONG_RANGE_DAYS = 120;
const DAY_MS = 86_400_000;

/** The bucket sizes a span of days offers: only days up to LONG_RANGE_DAYS. */
export function bucketSizes(days: number): BucketSize[] {
  return days > LONG_RANGE_DAYS ? ['day', 'week', 'month'] : ['day'];
}

/** The start (ms, UTC) of the bucket holding `ms`. */
export function bucketStart(ms: number, size: BucketSize): number {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (size === 'day') return day;
  if (size === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  // getUTCDay: 0 = Sunday; Monday-based weeks (ISO 8601).
  return day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
}

const TIMELINES = ['callsStatusTimeLine', 'callsAverageTimeLine', 'callsCostTimeLine', 'callsSuccessRateTimeLine', 'callsPickupRateTimeLine'] as const;

/** Days from the first to the last daily bucket, inclusive, over every timeline; 0 without dates. */
export function timelineSpanDays(a: InboundAnalytics): number {
  const times = TIMELINES.flatMap((k) => (a[k] ?? []).map((b) => parseApiDate(b.date))).filter((t) => Number.isFinite(t));
  if (times.length === 0) return 0;
  return Math.round((Math.max(...times) - Math.min(...times)) / DAY_MS) + 1;
}

/** The analytics with its timelines regrouped into `size` buckets; counters and lists unchanged. */
export function bucketAnalytics(a: InboundAnalytics, size: BucketSize): InboundAnalytics {
  if (size === 'day') return a;
  const parts = new Map<string, { [K in (typeof TIMELINES)[number]]: NonNullable<InboundAnalytics[K]> }>();
  const partFor = (date: string) => {
    let part = parts.get(date);
    if (!part) {
      part = { callsStatusTimeLine: [], callsAverageTimeLine: [], callsCostTimeLine: [], callsSuccessRateTimeLine: [], callsPickupRateTimeLine: [] };
      parts.set(date, part);
    }
    return part;
  };
  for (const key of TIMELINES) {
    for (const item of a[key] ?? []) {
      const ms = parseApiDate(item.date);
      if (!Number.isFinite(ms)) continue;
      const dated = { ...item, date: new Date(bucketStart(ms, size)).toISOString().slice(0, 19) };
      (partFor(item.date)[key] as (typeof dated)[]).push(dated);
    }
  }
  // Each part is one day's timelines only: the counters are the whole range's already.
  const empty = Object.fromEntries(Object.keys(a).map((k) => [k, null])) as unknown as InboundAnalytics;
  const merged = mergeAnalytics([...parts.values()].map((p) => ({
    ...empty,
    ...Object.fromEntries(TIMELINES.map((k) => [k, a[k] === null ? null : p[k]])),
  }) as InboundAnalytics));
  return { ...a, ...Object.fromEntries(TIMELINES.map((k) => [k, a[k] === null ? null : merged[k]])) };
}
