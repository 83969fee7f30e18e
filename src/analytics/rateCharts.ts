/**
 * The success-rate and pickup-rate lines. Their scale comes from the days' own counts when the
 * response has them (never from the values alone), the chart says which scale it used, a real
 * 0 % is drawn, and a day without a rated call is a gap with a note, not a 0 %.
 */
import { rateScaleFromCounts, type RateScale } from '../api/rateScale';
import type { InboundAnalytics } from '../api/schemas';
import type { ColorRole, ModelChart } from '../shared/protocol';
import { lineChart } from './charts';
import { series } from './chartParts';
import { isShowableNumber } from './format';
import type { ResolvedOptions } from './options';
import { sortByDate } from './series';

interface DayCounts {
  readonly successful: number | null;
  readonly unsuccessful: number | null;
}

/** The status timeline's successful / not successful per bucket instant (duplicates summed; a missing one stays missing). */
export function dayCounts(a: InboundAnalytics): Map<number, DayCounts> {
  const out = new Map<number, DayCounts>();
  const add = (x: number | null | undefined, y: number | null) => (isShowableNumber(x) && y !== null ? x + y : null);
  for (const { time, item } of sortByDate(a.callsStatusTimeLine)) {
    const seen = out.get(time);
    out.set(time, seen
      ? { successful: add(item.successful, seen.successful), unsuccessful: add(item.unsuccessful, seen.unsuccessful) }
      : { successful: isShowableNumber(item.successful) ? item.successful : null, unsuccessful: isShowableNumber(item.unsuccessful) ? item.unsuccessful : null });
  }
  return out;
}

function scaleNote(scale: RateScale | null, checkable: boolean, l10n: ResolvedOptions): string {
  if (scale === 'fraction') return l10n.t('Scale: the API sent these rates as fractions (0–1), as the days\' successful and not successful counts show; shown as percentages.');
  if (scale === 'percent') return l10n.t('Scale: 0–100 %, checked against the days\' successful and not successful counts.');
  return checkable
    ? l10n.t('Scale: read as 0–100 % as the field\'s name says; the days\' counts could not tell the scale.')
    : l10n.t('Scale: read as 0–100 % as the field\'s name says; the response has no daily counts to check it against.');
}

function percentChart(
  id: 'callsSuccessRateTimeLine' | 'callsPickupRateTimeLine',
  title: string,
  times: number[],
  values: (number | null)[],
  provided: boolean,
  role: ColorRole,
  notes: string[],
  l10n: ResolvedOptions,
): ModelChart {
  const s = series(id, title, values, 'percent', role, l10n, { type: 'line' });
  const max = Math.max(0, ...s.values.filter(isShowableNumber));
  const chart = lineChart({ id, title, provided }, times, s, l10n.t('Rate (%)'), 'percent', notes, max <= 100 ? 100 : null, l10n);
  // A day at 0 % is a value to draw: only a series without any value is empty.
  return { ...chart, empty: provided && s.values.every((v) => v === null) };
}

export function successRateChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsSuccessRateTimeLine);
  const counts = dayCounts(a);
  const observations = buckets.map((b) => ({ value: b.item.successRatePercentage, ...(counts.get(b.time) ?? { successful: null, unsuccessful: null }) }));
  const scale = rateScaleFromCounts(observations);
  let unrated = 0;
  const values = observations.map((d) => {
    // Both counts known and both 0: nobody was rated that day (no success definition, or no answered call).
    if (d.successful === 0 && d.unsuccessful === 0) {
      unrated++;
      return null;
    }
    if (!isShowableNumber(d.value)) return null;
    return scale === 'fraction' ? d.value * 100 : d.value;
  });
  const notes = [scaleNote(scale, counts.size > 0, l10n)];
  if (unrated > 0) notes.push(l10n.t('{0} days had no rated call (no success definition that day, or no answered call): left as gaps, not drawn as 0 %.', unrated));
  return percentChart('callsSuccessRateTimeLine', l10n.t('Success rate'), buckets.map((b) => b.time), values, a.callsSuccessRateTimeLine !== null, 'green', notes, l10n);
}

export function pickupRateChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsPickupRateTimeLine);
  // The response has no answered / offered counts per day: nothing can check this scale.
  const notes = [scaleNote(null, false, l10n)];
  const values = buckets.map((b) => b.item.pickupRatePercentage);
  return percentChart('callsPickupRateTimeLine', l10n.t('Pickup rate'), buckets.map((b) => b.time), values, a.callsPickupRateTimeLine !== null, 'purple', notes, l10n);
}

/**
 * Outbound: always drawn, the pickup rate is what an outbound campaign is judged by (a missing section says
 * "not provided"). Inbound: only when the API sent some value — v1 Inbound documents no pickup rate.
 */
export function showsPickupRate(a: InboundAnalytics, l10n: ResolvedOptions): boolean {
  if (l10n.campaignKind === 'outbound') return true;
  return (a.callsPickupRateTimeLine ?? []).some((b) => isShowableNumber(b.pickupRatePercentage));
}
