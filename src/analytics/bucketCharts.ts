/** The timeline charts in weekly or monthly buckets, their axis and labels naming the bucket. */
import type { InboundAnalytics } from '../api/schemas';
import type { BucketSize, ModelBuckets, ModelChart } from '../shared/protocol';
import { bucketAnalytics, bucketSizes, timelineSpanDays } from './buckets';
import { averageDurationChart, costChart, statusTimelineChart } from './charts';
import type { ResolvedOptions } from './options';
import { pickupRateChart, showsPickupRate, successRateChart } from './rateCharts';

function label(ms: number, size: 'week' | 'month', locale: string): string {
  // "Jun 2025" for a month, "Jun 2, 2025" (in the locale's order, 4-digit year) for the week from that Monday.
  const options: Intl.DateTimeFormatOptions = size === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(new Date(ms));
  } catch {
    return new Intl.DateTimeFormat('en', options).format(new Date(ms));
  }
}

function relabel(chart: ModelChart, size: 'week' | 'month', l10n: ResolvedOptions): ModelChart {
  const categories = (chart.times ?? []).map((t) => label(t, size, l10n.locale));
  const axis = size === 'week' ? l10n.t('Week from Monday (UTC)') : l10n.t('Month (UTC)');
  return {
    ...chart,
    bucket: size,
    categories,
    axes: { ...chart.axes, x: axis },
    table: { ...chart.table, columns: [axis, ...chart.table.columns.slice(1)], rows: chart.table.rows.map((r, i) => [categories[i] ?? r[0] ?? '', ...r.slice(1)]) },
    notes: [...chart.notes, size === 'week' ? l10n.t('Weekly buckets: calls summed, rates from the summed counts, averages weighted by calls.') : l10n.t('Monthly buckets: calls summed, rates from the summed counts, averages weighted by calls.')],
  };
}

function timelineCharts(a: InboundAnalytics, l10n: ResolvedOptions, size: 'week' | 'month'): ModelChart[] {
  return [
    statusTimelineChart(a, l10n, size),
    averageDurationChart(a, l10n),
    costChart(a, l10n),
    successRateChart(a, l10n),
    ...(showsPickupRate(a, l10n) ? [pickupRateChart(a, l10n)] : []),
  ];
}

/** Weekly and monthly charts when the timelines span more than ~120 days; undefined otherwise. */
export function modelBuckets(a: InboundAnalytics, l10n: ResolvedOptions): ModelBuckets | undefined {
  const sizes: BucketSize[] = bucketSizes(timelineSpanDays(a));
  if (sizes.length === 1) return undefined;
  const of = (size: 'week' | 'month') => timelineCharts(bucketAnalytics(a, size), l10n, size).map((c) => relabel(c, size, l10n));
  return { sizes, week: of('week'), month: of('month') };
}
