/**
 * "This range vs the previous one" on the dashboard: the previous period's line of each daily line chart, laid
 * over this range's days (day n of the previous period on day n of this one). It reads the previous period the
 * cache already fetched for the deltas, so the overlay costs no request. Pure.
 */
import type { InboundAnalytics } from '../api/schemas';
import type { AnalyticsSection, ModelChart, ModelSeries } from '../shared/protocol';
import { averageDurationChart } from './charts';
import type { AnalyticsInput, ResolvedOptions } from './options';
import { pickupRateChart, successRateChart } from './rateCharts';

export type PreviousOverlay = Partial<Record<AnalyticsSection, ModelSeries>>;

const BUILDERS: ReadonlyArray<[AnalyticsSection, (a: InboundAnalytics, l10n: ResolvedOptions) => ModelChart | null]> = [
  ['callsAverageTimeLine', averageDurationChart],
  ['callsSuccessRateTimeLine', successRateChart],
  ['callsPickupRateTimeLine', (a, l10n) => (a.callsPickupRateTimeLine !== null ? pickupRateChart(a, l10n) : null)],
];

/**
 * For each line chart of this range, the previous period's series at this range's days, shifted by
 * `shiftMs` (this range's start − the previous period's start); a day the previous period has no value for is a gap.
 */
export function previousOverlay(charts: readonly ModelChart[], previous: InboundAnalytics, shiftMs: number, l10n: ResolvedOptions): PreviousOverlay {
  const overlay: PreviousOverlay = {};
  for (const [id, build] of BUILDERS) {
    const current = charts.find((c) => c.id === id);
    const before = build(previous, l10n);
    const source = before?.series[0];
    if (!current || current.kind !== 'line' || !current.times || current.empty || !before?.times || !source) continue;
    const byTime = new Map(before.times.map((t, i) => [t + shiftMs, i]));
    const indexes = current.times.map((t) => byTime.get(t));
    if (indexes.every((i) => i === undefined)) continue;
    overlay[id] = {
      ...source,
      id: `${source.id}:previous`,
      label: l10n.t('Previous period'),
      values: indexes.map((i) => (i === undefined ? null : (source.values[i] ?? null))),
      texts: indexes.map((i) => (i === undefined ? '—' : (source.texts[i] ?? '—'))),
      color: 'grey',
      dashed: true,
    };
  }
  return overlay;
}

const DAY_MS = 86_400_000;

/** The model's overlay field for an input with a previous period (none without one). */
export function overlayField(charts: readonly ModelChart[], input: AnalyticsInput, l10n: ResolvedOptions): { previousOverlay?: PreviousOverlay } {
  if (!input.previous || !input.range || !input.previousRange) return {};
  // Buckets start on days: the shift is a whole number of days even when the range starts at 10:42.
  const shift = Math.round((Date.parse(input.range.from) - Date.parse(input.previousRange.from)) / DAY_MS) * DAY_MS;
  const overlay = previousOverlay(charts, input.previous, shift, l10n);
  return Object.keys(overlay).length > 0 ? { previousOverlay: overlay } : {};
}
