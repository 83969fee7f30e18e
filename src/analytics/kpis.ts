/** The KPI cards: value, second line, delta against the previous period, definition tooltip. */
import type { ModelDelta, ModelKpi } from '../shared/protocol';
import { figures, type Figures, type SuccessFigure } from './figures';
import { DASH, formatCost, formatCount, formatDuration, formatPercent } from './format';
import { pointsDelta, relativeDelta } from './delta';
import { resolveOptions, type AnalyticsInput, type ModelOptions, type ResolvedOptions } from './options';

/** Both periods' figures; `previous` undefined when no previous period was loaded. */
export interface FigurePair {
  readonly current: Figures;
  readonly previous: Figures | undefined;
}

export function figurePair(input: AnalyticsInput): FigurePair {
  return { current: figures(input.current), previous: input.previous ? figures(input.previous) : undefined };
}

export function totalCallsKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  return {
    id: 'totalCalls',
    label: o.t('Total calls'),
    value: p.current.totalCalls,
    text: formatCount(p.current.totalCalls, o.locale),
    detail: null,
    delta: relativeDelta(p.current.totalCalls, p.previous?.totalCalls, o),
    tooltip: o.t('All inbound calls in the range (callsStatusOverview.totalCalls).'),
  };
}

/** The card's second line: what the rate is made of, or why there is none. */
export function successDetail(s: SuccessFigure, o: ResolvedOptions): string | null {
  if (s.missing.length > 0) {
    const names = s.missing.map((k) => (k === 'successful' ? o.t('successful') : o.t('not successful'))).join(', ');
    return o.t('Not provided by the API: the {0} count, so the rate cannot be computed.', names);
  }
  if (s.noDefinition) return o.t('{0} calls completed; this agent has no Success Definition, so calls are not rated successful or not.', formatCount(s.completed, o.locale));
  if (s.rate === null || s.successful === null || s.unsuccessful === null) return null;
  return o.t('{0} successful of {1} rated', formatCount(s.successful, o.locale), formatCount(s.successful + s.unsuccessful, o.locale));
}

export function successRateKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  const s = p.current.success;
  const text = s.noDefinition ? o.t('No success definition') : formatPercent(s.rate, o.locale);
  const previousRate = p.previous === undefined ? undefined : p.previous.success.rate;
  return {
    id: 'successRate',
    label: o.t('Success rate'),
    value: s.rate,
    text,
    detail: successDetail(s, o),
    delta: pointsDelta(s.rate, previousRate, o),
    tooltip: o.t('Successful ÷ (successful + not successful). Calls only end as successful or not when the agent has a Success Definition. Change in percentage points.'),
  };
}

export function averageDurationKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  const d = p.current.duration;
  const tooltip =
    d.method === 'mean'
      ? o.t('Plain mean of the daily averages: the call counts per day were missing, so days could not be weighted by calls.')
      : o.t('Average call duration weighted by calls: Σ(daily average × daily calls) ÷ Σ daily calls. The API sends seconds.');
  return {
    id: 'averageDuration',
    label: o.t('Average duration'),
    value: d.seconds,
    text: formatDuration(d.seconds),
    detail: d.method === 'mean' ? o.t('mean of daily averages (call counts missing)') : null,
    delta: relativeDelta(d.seconds, p.previous === undefined ? undefined : p.previous.duration.seconds, o),
    tooltip,
  };
}

export function totalCostKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  const c = p.current;
  return {
    id: 'totalCost',
    label: o.t('Total cost'),
    value: c.totalCost,
    text: formatCost(c.totalCost, o.currency, o.locale),
    detail: c.costPerCall === null ? null : o.t('{0} per call', formatCost(c.costPerCall, o.currency, o.locale)),
    delta: relativeDelta(c.totalCost, p.previous?.totalCost, o),
    tooltip: o.t('Sum of callsCostTimeLine.totalPrice; per call = total cost ÷ total calls. The API does not name a currency: shown in {0} (setting nlpearl.currencyLabel).', o.currency),
  };
}

export function sentimentKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  const c = p.current;
  return {
    id: 'sentiment',
    label: o.t('Positive sentiment'),
    value: c.positiveShare,
    text: formatPercent(c.positiveShare, o.locale, 0),
    detail: c.ratedCalls === null ? null : o.t('of {0} rated calls', formatCount(c.ratedCalls, o.locale)),
    delta: pointsDelta(c.positiveShare, p.previous === undefined ? undefined : p.previous.positiveShare, o),
    tooltip: o.t('Share of rated calls whose sentiment was positive or slightly positive (of negative, slightly negative, neutral, slightly positive, positive). Change in percentage points.'),
  };
}

export function topLabelKpi(p: FigurePair, o: ResolvedOptions): ModelKpi {
  const top = p.current.topLabel;
  let delta: ModelDelta;
  if (!top) delta = relativeDelta(null, undefined, o);
  else if (p.previous === undefined || !p.previous.labelsProvided) delta = relativeDelta(top.count, undefined, o);
  else delta = relativeDelta(top.count, p.previous.labelCount(top.id), o);
  return {
    id: 'topLabel',
    label: o.t('Top label'),
    value: top?.count ?? null,
    text: top?.name ?? DASH,
    detail: top ? o.t('{0} calls', formatCount(top.count, o.locale)) : null,
    delta,
    tooltip: o.t('The call label with the most calls in the range; the change compares that label\'s count.'),
  };
}

export function buildKpis(input: AnalyticsInput, options?: ModelOptions): ModelKpi[] {
  const o = resolveOptions(options);
  const p = figurePair(input);
  return [totalCallsKpi(p, o), successRateKpi(p, o), averageDurationKpi(p, o), totalCostKpi(p, o), sentimentKpi(p, o), topLabelKpi(p, o)];
}
