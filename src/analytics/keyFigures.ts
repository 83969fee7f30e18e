/**
 * The few lines the campaign tree shows under a campaign: each row is a KPI card's figure and
 * delta, so the tree and the dashboard cannot tell two stories about one number.
 */
import type { DeltaDirection, ModelKpi } from '../shared/protocol';
import { averageDurationKpi, figurePair, referencedKpi, sentimentKpi, successRateKpi, topLabelKpi, totalCallsKpi, totalCostKpi } from './kpis';
import { resolveOptions, type AnalyticsInput, type ModelOptions } from './options';

export type KeyFigureId = 'totalCalls' | 'successful' | 'averageDuration' | 'totalCost' | 'sentiment' | 'topLabel';

export interface KeyFigure {
  readonly id: KeyFigureId;
  /** "Total calls" */
  readonly label: string;
  /** "1,234" · "66.1%" or "No success definition" · "2:41" · "523.10 credits" · "64%" · "Booking" */
  readonly value: string;
  /** "▲ 12 %" · "▼ 3.1 pp" · "new" · "±0 %" · "—" */
  readonly delta: string;
  readonly direction: DeltaDirection;
  /** The definition, plus the card's second line when there is one. */
  readonly tooltip: string;
}

/** Six figures in a fixed order: totalCalls, successful (the success rate), averageDuration, totalCost, sentiment, topLabel. */
export function keyFigures(input: AnalyticsInput, options?: ModelOptions): KeyFigure[] {
  const l10n = resolveOptions(options);
  const p = figurePair(input);
  const fromKpi = (id: KeyFigureId, k: ModelKpi): KeyFigure => ({
    id,
    label: k.label,
    value: k.text,
    delta: k.delta.text,
    direction: k.delta.direction,
    tooltip: k.detail ? `${k.detail}\n${k.tooltip}` : k.tooltip,
  });
  return [
    fromKpi('totalCalls', referencedKpi(totalCallsKpi, p, l10n, input.previousRange)),
    fromKpi('successful', referencedKpi(successRateKpi, p, l10n, input.previousRange)),
    fromKpi('averageDuration', referencedKpi(averageDurationKpi, p, l10n, input.previousRange)),
    fromKpi('totalCost', referencedKpi(totalCostKpi, p, l10n, input.previousRange)),
    fromKpi('sentiment', referencedKpi(sentimentKpi, p, l10n, input.previousRange)),
    fromKpi('topLabel', referencedKpi(topLabelKpi, p, l10n, input.previousRange)),
  ];
}
