/** The KPI cards: value, second line, delta against the previous period, definition tooltip. */
import type { ModelDelta, ModelKpi } from '../shared/protocol';
import { figures, type Figures, type SuccessFigure } from './figures';
import { DASH, formatCost, formatCount, formatDuration, formatPercent } from './format';
import { pointsDelta, relativeDelta } from './delta';
import { withReference } from './deltaReference';
import { resolveOptions, type AnalyticsInput, type ModelOptions, type ResolvedOptions } from './options';

/** Both periods' figures; `previous` undefined when no previous period was loaded. */
export interface FigurePair {
  readonly current: Figures;
  readonly previous: Figures | undefined;
}

type KpiBuilder = (p: FigurePair, l10n: ResolvedOptions) => ModelKpi;

/**
 * A builder's KPI with what its delta compares with: the previous value is the same builder's text
 * for the previous figures (so it is formatted exactly like the card), the top label's is that label's count.
 */
export function referencedKpi(build: KpiBuilder, p: FigurePair, l10n: ResolvedOptions, previousRange: AnalyticsInput['previousRange']): ModelKpi {
  const kpi = build(p, l10n);
  let previousText: string | undefined;
  if (p.previous !== undefined) {
    const top = p.current.topLabel;
    if (kpi.id !== 'topLabel') previousText = build({ current: p.previous, previous: undefined }, l10n).text;
    else if (top && p.previous.labelsProvided) previousText = formatCount(p.previous.labelCount(top.id), l10n.locale);
  }
  return withReference(kpi, { currentCalls: p.current.totalCalls, previousCalls: p.previous?.totalCalls, previousText, range: previousRange }, l10n);
}

export function figurePair(input: AnalyticsInput): FigurePair {
  return { current: figures(input.current), previous: input.previous ? figures(input.previous) : undefined };
}

export function totalCallsKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  return {
    id: 'totalCalls',
    label: l10n.t('Total calls'),
    value: p.current.totalCalls,
    text: formatCount(p.current.totalCalls, l10n.locale),
    detail: null,
    delta: relativeDelta(p.current.totalCalls, p.previous?.totalCalls, l10n),
    tooltip: l10n.t('All inbound calls in the range (callsStatusOverview.totalCalls).'),
  };
}

/** The card's second line: what the rate is made of, or why there is none. */
export function successDetail(s: SuccessFigure, l10n: ResolvedOptions): string | null {
  if (s.missing.length > 0) {
    const names = s.missing.map((k) => (k === 'successful' ? l10n.t('successful') : l10n.t('not successful'))).join(', ');
    return l10n.t('Not provided by the API: the {0} count, so the rate cannot be computed.', names);
  }
  if (s.noDefinition) return l10n.t('{0} calls completed; this agent has no Success Definition, so calls are not rated successful or not.', formatCount(s.completed, l10n.locale));
  if (s.rate === null || s.successful === null || s.unsuccessful === null) return null;
  return l10n.t('{0} successful of {1} rated', formatCount(s.successful, l10n.locale), formatCount(s.successful + s.unsuccessful, l10n.locale));
}

export function successRateKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  const s = p.current.success;
  const text = s.noDefinition ? l10n.t('No success definition') : formatPercent(s.rate, l10n.locale);
  const previousRate = p.previous === undefined ? undefined : p.previous.success.rate;
  return {
    id: 'successRate',
    label: l10n.t('Success rate'),
    value: s.rate,
    text,
    detail: successDetail(s, l10n),
    delta: pointsDelta(s.rate, previousRate, l10n),
    tooltip: l10n.t('Successful ÷ (successful + not successful). Calls only end as successful or not when the agent has a Success Definition. Change in percentage points.'),
  };
}

export function averageDurationKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  const d = p.current.duration;
  const tooltip =
    d.method === 'mean'
      ? l10n.t('Plain mean of the daily averages: the call counts per day were missing, so days could not be weighted by calls.')
      : l10n.t('Average call duration weighted by calls: Σ(daily average × daily calls) ÷ Σ daily calls. The API sends seconds.');
  return {
    id: 'averageDuration',
    label: l10n.t('Average duration'),
    value: d.seconds,
    text: formatDuration(d.seconds),
    detail: d.method === 'mean' ? l10n.t('mean of daily averages (call counts missing)') : null,
    delta: relativeDelta(d.seconds, p.previous === undefined ? undefined : p.previous.duration.seconds, l10n),
    tooltip,
  };
}

export function totalCostKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  const c = p.current;
  return {
    id: 'totalCost',
    label: l10n.t('Total cost'),
    value: c.totalCost,
    text: formatCost(c.totalCost, l10n.currency, l10n.locale),
    detail: c.costPerCall === null ? null : l10n.t('{0} per call', formatCost(c.costPerCall, l10n.currency, l10n.locale)),
    delta: relativeDelta(c.totalCost, p.previous?.totalCost, l10n),
    tooltip: l10n.t('Sum of callsCostTimeLine.totalPrice; per call = total cost ÷ total calls. The API does not name a currency: shown in {0} (setting nlpearl.currencyLabel).', l10n.currency),
  };
}

export function sentimentKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  const c = p.current;
  return {
    id: 'sentiment',
    label: l10n.t('Positive sentiment'),
    value: c.positiveShare,
    text: formatPercent(c.positiveShare, l10n.locale, 0),
    detail: c.ratedCalls === null ? null : l10n.t('of {0} rated calls', formatCount(c.ratedCalls, l10n.locale)),
    delta: pointsDelta(c.positiveShare, p.previous === undefined ? undefined : p.previous.positiveShare, l10n),
    tooltip: l10n.t('Share of rated calls whose sentiment was positive or slightly positive (of negative, slightly negative, neutral, slightly positive, positive). Change in percentage points.'),
  };
}

export function topLabelKpi(p: FigurePair, l10n: ResolvedOptions): ModelKpi {
  const top = p.current.topLabel;
  let delta: ModelDelta;
  if (!top) delta = relativeDelta(null, undefined, l10n);
  else if (p.previous === undefined || !p.previous.labelsProvided) delta = relativeDelta(top.count, undefined, l10n);
  else delta = relativeDelta(top.count, p.previous.labelCount(top.id), l10n);
  return {
    id: 'topLabel',
    label: l10n.t('Top label'),
    value: top?.count ?? null,
    text: top?.name ?? DASH,
    detail: top ? l10n.t('{0} calls', formatCount(top.count, l10n.locale)) : null,
    delta,
    tooltip: l10n.t('The call label with the most calls in the range; the change compares that label\'s count.'),
  };
}

export function buildKpis(input: AnalyticsInput, options?: ModelOptions): ModelKpi[] {
  const l10n = resolveOptions(options);
  const p = figurePair(input);
  const builders: KpiBuilder[] = [totalCallsKpi, successRateKpi, averageDurationKpi, totalCostKpi, sentimentKpi, topLabelKpi];
  return builders.map((build) => referencedKpi(build, p, l10n, input.previousRange));
}
