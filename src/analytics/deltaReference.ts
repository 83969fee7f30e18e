/**
 * What a KPI's change is measured against, and how far to trust it (issue 18, point 2):
 * - the previous period's dates and value, shown on the card ("vs Mar 1 – 30, 2026: 1,987");
 * - a change against a period with too few calls is not drawn as an arrow: a campaign that started
 *   during the previous period (or an 18-month range reaching back before it existed) shows
 *   "▲ 370 %" that says nothing about the campaign;
 * - the colour says whether the change is good for that figure; the arrow keeps the direction.
 */
import type { DateRange } from '../api/range';
import type { DeltaDirection, DeltaTone, KpiId, ModelDelta, ModelKpi } from '../shared/protocol';
import type { ResolvedOptions } from './options';

/**
 * The rule: a change is shown only when the previous period had at least MIN_PREVIOUS_CALLS calls
 * and at least MIN_PREVIOUS_SHARE of this period's. Below 20 calls one call moves a rate by 5 points;
 * under a quarter of the volume the periods are not alike (the campaign was new or paused), so a
 * percentage against it reads as growth that is not there.
 */
export const MIN_PREVIOUS_CALLS = 20;
export const MIN_PREVIOUS_SHARE = 0.25;

/** comparable: show the change · none: the previous period had no calls · thin: too few · unknown: a count is missing. */
export type ComparisonBasis = 'comparable' | 'none' | 'thin' | 'unknown';

export function comparisonBasis(currentCalls: number | null, previousCalls: number | null | undefined): ComparisonBasis {
  if (currentCalls === null || previousCalls === null || previousCalls === undefined) return 'unknown';
  if (previousCalls <= 0) return currentCalls > 0 ? 'none' : 'comparable';
  if (previousCalls < MIN_PREVIOUS_CALLS || previousCalls < currentCalls * MIN_PREVIOUS_SHARE) return 'thin';
  return 'comparable';
}

/** Which way is better for each figure; 'neither' where more or less is not good in itself. */
export type Preference = 'higher' | 'lower' | 'neither';

export const KPI_PREFERENCE: Readonly<Record<KpiId, Preference>> = {
  // More calls is demand, not quality; longer calls may be better service or a stuck agent.
  totalCalls: 'neither',
  averageDuration: 'neither',
  topLabel: 'neither',
  successRate: 'higher',
  sentiment: 'higher',
  // What the account pays: less is better (the card's second line gives the per-call price).
  totalCost: 'lower',
};

export function deltaTone(direction: DeltaDirection, preference: Preference): DeltaTone {
  if (preference === 'neither' || (direction !== 'up' && direction !== 'down')) return 'neutral';
  return (direction === 'up') === (preference === 'higher') ? 'good' : 'bad';
}

/** "Mar 1 – 30, 2026" in the host's zone (comparison periods are local days); the end is exclusive-safe. */
export function referenceRangeText(range: DateRange, locale: string): string | null {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (Number.isNaN(from) || Number.isNaN(to) || from >= to) return null;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat('en', options);
  }
  // A range ending at midnight ends the day before: "to" 2026-04-01T00:00 is still March.
  return format.formatRange(new Date(from), new Date(to - 1));
}

function basisDelta(basis: 'none' | 'thin', previousCalls: number, l10n: ResolvedOptions): ModelDelta {
  if (basis === 'none') return { direction: 'new', text: l10n.t('new'), description: l10n.t('new: the previous period had no calls') };
  return {
    direction: 'thin',
    text: l10n.t('too few calls before'),
    description: l10n.t('not compared: the previous period had only {0} calls', previousCalls),
  };
}

export interface ReferenceInput {
  readonly currentCalls: number | null;
  readonly previousCalls: number | null | undefined;
  /** The previous value as the card would show it; undefined without a previous period. */
  readonly previousText: string | undefined;
  readonly range: DateRange | undefined;
}

/** The KPI with its reference ("vs …: 1,987"), its delta replaced when the basis is too thin, and its tone. */
export function withReference(kpi: ModelKpi, ref: ReferenceInput, l10n: ResolvedOptions): ModelKpi {
  const basis = comparisonBasis(ref.currentCalls, ref.previousCalls);
  const delta = (basis === 'none' || basis === 'thin') && kpi.delta.direction !== 'unknown' ? basisDelta(basis, ref.previousCalls ?? 0, l10n) : kpi.delta;
  const dates = ref.range ? referenceRangeText(ref.range, l10n.locale) : null;
  let reference: string | null = null;
  if (ref.previousText !== undefined) reference = dates ? l10n.t('vs {0}: {1}', dates, ref.previousText) : l10n.t('previous period: {0}', ref.previousText);
  return { ...kpi, delta, tone: deltaTone(delta.direction, KPI_PREFERENCE[kpi.id]), reference };
}
