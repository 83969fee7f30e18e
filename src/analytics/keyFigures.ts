/**
 * The few lines the campaign tree shows under a campaign. Same numbers as the dashboard's KPI
 * cards (both read figures.ts).
 */
import type { DeltaDirection, ModelKpi } from '../shared/protocol';
import { formatCount, formatPercent } from './format';
import { relativeDelta } from './delta';
import { averageDurationKpi, figurePair, sentimentKpi, topLabelKpi, totalCallsKpi, totalCostKpi } from './kpis';
import { resolveOptions, type AnalyticsInput, type ModelOptions } from './options';

export type KeyFigureId = 'totalCalls' | 'successful' | 'averageDuration' | 'totalCost' | 'sentiment' | 'topLabel';

export interface KeyFigure {
  readonly id: KeyFigureId;
  /** "Total calls" */
  readonly label: string;
  /** "1,234" · "812 (66.1%)" or "0 (No success definition)" · "2:41" · "523.10 credits" · "64%" · "Booking" */
  readonly value: string;
  /** "▲ 12 %" · "▼ 3.1 pp" · "new" · "±0 %" · "—" */
  readonly delta: string;
  readonly direction: DeltaDirection;
  /** The definition, plus the card's second line when there is one. */
  readonly tooltip: string;
}

/** Six figures in a fixed order: totalCalls, successful, averageDuration, totalCost, sentiment, topLabel. */
export function keyFigures(input: AnalyticsInput, options?: ModelOptions): KeyFigure[] {
  const l10n = resolveOptions(options);
  const p = figurePair(input);
  const s = p.current.success;
  const share = s.noDefinition ? l10n.t('No success definition') : formatPercent(s.rate, l10n.locale);
  const successfulDelta = relativeDelta(s.successful, p.previous === undefined ? undefined : p.previous.success.successful, l10n);
  const successful: KeyFigure = {
    id: 'successful',
    label: l10n.t('Successful'),
    value: `${formatCount(s.successful, l10n.locale)} (${share})`,
    delta: successfulDelta.text,
    direction: successfulDelta.direction,
    tooltip: l10n.t('Calls that ended as Call Successful, and their share of successful + not successful calls.'),
  };
  const fromKpi = (id: KeyFigureId, k: ModelKpi): KeyFigure => ({
    id,
    label: k.label,
    value: k.text,
    delta: k.delta.text,
    direction: k.delta.direction,
    tooltip: k.detail ? `${k.detail}\n${k.tooltip}` : k.tooltip,
  });
  return [
    fromKpi('totalCalls', totalCallsKpi(p, l10n)),
    successful,
    fromKpi('averageDuration', averageDurationKpi(p, l10n)),
    fromKpi('totalCost', totalCostKpi(p, l10n)),
    fromKpi('sentiment', sentimentKpi(p, l10n)),
    fromKpi('topLabel', topLabelKpi(p, l10n)),
  ];
}
