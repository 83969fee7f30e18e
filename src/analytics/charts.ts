/**
 * One chart section per API section, already sorted, scaled and labelled, with its table and its
 * text alternative. The webview only draws what it is given.
 */
import { EVENT_KEYS, SENTIMENT_KEYS, type StatusCounterKey } from '../api/apiKeys';
import type { InboundAnalytics } from '../api/schemas';
import type { BucketSize, ColorRole, ModelChart, ModelSeries, AnalyticsSection, ValueFormat } from '../shared/protocol';
import { categorySummary, dateLabels, hasData, series, seriesTable, timelineSummary } from './chartParts';
import { formatCount, isShowableNumber } from './format';
import type { ResolvedOptions } from './options';
import { overviewDrill, sentimentDrill, timelineDrill } from './drill';
import { sortByDate } from './series';
import { EVENT_META, SENTIMENT_META, STATUS_META } from './statusLabels';

/** Statuses drawn, in order. totalCalls is the KPI, not a bar. */
export const STATUS_ORDER: readonly StatusCounterKey[] = [
  'successful', 'unsuccessful', 'completed', 'needFollowUp', 'wrongNumber', 'error',
  'voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode', 'totalLeads',
];

/** Outbound-only (or lead) counters: left out of inbound charts when zero or missing. */
export const INBOUND_IRRELEVANT: ReadonlySet<StatusCounterKey> = new Set(['voiceMailLeft', 'needRetry', 'unreachable', 'totalLeads', 'wrongCountryCode']);

/** Outbound: what happened to the dialled calls first, then the answered outcomes; every status always drawn, 0 included. */
export const OUTBOUND_STATUS_ORDER: readonly StatusCounterKey[] = [
  'successful', 'unsuccessful', 'completed', 'voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode',
  'needFollowUp', 'wrongNumber', 'error', 'totalLeads',
];

/** Palette for labels whose colour failed the check, in turn. */
export const LABEL_FALLBACK_ROLES: readonly ColorRole[] = ['blue', 'green', 'orange', 'purple', 'yellow', 'red'];

export interface Base {
  readonly id: AnalyticsSection;
  readonly title: string;
  readonly provided: boolean;
}

export function chart(base: Base, rest: Partial<ModelChart> & Pick<ModelChart, 'kind' | 'categories' | 'series' | 'axes' | 'yFormat' | 'summary' | 'table'>): ModelChart {
  return {
    ...base,
    horizontal: false,
    empty: !base.provided ? false : !hasData(rest.series) && !(rest.heatmap && rest.heatmap.max > 0),
    times: null,
    y2Format: null,
    yMax: null,
    notes: [],
    heatmap: null,
    ...rest,
  };
}

function dayAxis(l10n: ResolvedOptions): string {
  return l10n.t('Day (buckets as sent by the API, read as UTC)');
}

function leftOutNote(keys: readonly StatusCounterKey[], l10n: ResolvedOptions): string[] {
  if (keys.length === 0) return [];
  const names = keys.map((k) => l10n.t(STATUS_META[k].label)).join(', ');
  return [l10n.t('Left out because they are zero or missing (statuses of outbound calls): {0}.', names)];
}

/** Statuses to draw: outbound, all of them; inbound, the outbound-only ones only when some value is non-zero. */
function statusKeys(valuesOf: (k: StatusCounterKey) => readonly (number | null)[], l10n: ResolvedOptions): { shown: StatusCounterKey[]; left: StatusCounterKey[] } {
  if (l10n.campaignKind === 'outbound') return { shown: [...OUTBOUND_STATUS_ORDER], left: [] };
  const shown: StatusCounterKey[] = [];
  const left: StatusCounterKey[] = [];
  for (const k of STATUS_ORDER) {
    const relevant = !INBOUND_IRRELEVANT.has(k) || valuesOf(k).some((v) => isShowableNumber(v) && v !== 0);
    (relevant ? shown : left).push(k);
  }
  return { shown, left };
}

export function statusOverviewChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const overview = a.callsStatusOverview;
  const base = { id: 'callsStatusOverview' as const, title: l10n.t('Status overview'), provided: overview !== null };
  const { shown, left } = statusKeys((k) => [overview?.[k] ?? null], l10n);
  const categories = shown.map((k) => l10n.t(STATUS_META[k].label));
  const s = series('calls', l10n.t('Calls'), shown.map((k) => overview?.[k] ?? null), 'count', 'blue', l10n, {
    pointRoles: shown.map((k) => STATUS_META[k].role),
  });
  const notes = [...leftOutNote(left, l10n)];
  if (isShowableNumber(overview?.totalCalls)) notes.push(l10n.t('Total calls: {0}.', formatCount(overview.totalCalls, l10n.locale)));
  return chart(base, {
    kind: 'bar',
    categories,
    series: [s],
    axes: { x: l10n.t('Status'), y: l10n.t('Calls'), y2: null },
    yFormat: 'count',
    notes,
    summary: categorySummary(base.title, categories, s, l10n),
    table: seriesTable(base.title, l10n.t('Status'), categories, [s]),
    drill: overviewDrill(shown, s.values, l10n),
  });
}

export function sentimentChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const overview = a.callsSentimentOverview;
  const base = { id: 'callsSentimentOverview' as const, title: l10n.t('Sentiment'), provided: overview !== null };
  const categories = [l10n.t('Rated calls')];
  const list = SENTIMENT_KEYS.map((k) => series(k, l10n.t(SENTIMENT_META[k].label), [overview?.[k] ?? null], 'count', SENTIMENT_META[k].role, l10n));
  const names = list.map((s) => s.label);
  return chart(base, {
    kind: 'stacked',
    horizontal: true,
    categories,
    series: list,
    axes: { x: l10n.t('Calls'), y: '', y2: null },
    yFormat: 'count',
    summary: categorySummary(base.title, names, { ...list[0], texts: list.map((s) => s.texts[0]) }, l10n),
    table: { caption: base.title, columns: [l10n.t('Sentiment'), l10n.t('Calls')], rows: list.map((s) => [s.label, s.texts[0]]) },
    drill: sentimentDrill(l10n),
  });
}

/** `size`: the buckets `a`'s timeline is in (bucketCharts.ts sums days into weeks and months), for what a bar opens. */
export function statusTimelineChart(a: InboundAnalytics, l10n: ResolvedOptions, size: BucketSize = 'day'): ModelChart {
  const buckets = sortByDate(a.callsStatusTimeLine);
  const base = { id: 'callsStatusTimeLine' as const, title: l10n.t('Calls per day by status'), provided: a.callsStatusTimeLine !== null };
  const times = buckets.map((b) => b.time);
  const categories = dateLabels(times, l10n);
  // Leads are not a call outcome: the stacked bars add up to the day's calls without them.
  const { shown: keys, left } = statusKeys((k) => buckets.map((b) => b.item[k]), l10n);
  const shown = l10n.campaignKind === 'outbound' ? keys.filter((k) => k !== 'totalLeads') : keys;
  const list = shown.map((k) => series(k, l10n.t(STATUS_META[k].label), buckets.map((b) => b.item[k]), 'count', STATUS_META[k].role, l10n));
  const total = series('totalCalls', l10n.t('Total calls'), buckets.map((b) => b.item.totalCalls), 'count', 'foreground', l10n);
  return chart(base, {
    kind: 'stacked',
    categories,
    times,
    series: list,
    axes: { x: dayAxis(l10n), y: l10n.t('Calls'), y2: null },
    yFormat: 'count',
    notes: leftOutNote(left, l10n),
    summary: timelineSummary(base.title, categories, [total, ...list], l10n),
    table: seriesTable(base.title, l10n.t('Day (UTC)'), categories, [total, ...list]),
    drill: timelineDrill(shown, times, total.values, size, l10n),
  });
}

export function lineChart(
  base: Base,
  times: number[],
  s: ModelSeries,
  yTitle: string,
  yFormat: ValueFormat,
  notes: string[],
  yMax: number | null,
  l10n: ResolvedOptions,
): ModelChart {
  const categories = dateLabels(times, l10n);
  return chart(base, {
    kind: 'line',
    categories,
    times,
    series: [s],
    axes: { x: dayAxis(l10n), y: yTitle, y2: null },
    yFormat,
    yMax,
    notes,
    summary: timelineSummary(base.title, categories, [s], l10n),
    table: seriesTable(base.title, l10n.t('Day (UTC)'), categories, [s]),
  });
}

export function averageDurationChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsAverageTimeLine);
  const base = { id: 'callsAverageTimeLine' as const, title: l10n.t('Average call duration'), provided: a.callsAverageTimeLine !== null };
  const s = series('averageCallDuration', l10n.t('Average duration'), buckets.map((b) => b.item.averageCallDuration), 'duration', 'blue', l10n, { type: 'line' });
  const notes = [l10n.t('The API sends durations in seconds; shown as m:ss. Each point is the average of that day\'s calls.')];
  return lineChart(base, buckets.map((b) => b.time), s, l10n.t('Average duration (m:ss)'), 'duration', notes, null, l10n);
}

export function costChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsCostTimeLine);
  const base = { id: 'callsCostTimeLine' as const, title: l10n.t('Cost'), provided: a.callsCostTimeLine !== null };
  const times = buckets.map((b) => b.time);
  const categories = dateLabels(times, l10n);
  const total = series('totalPrice', l10n.t('Total cost'), buckets.map((b) => b.item.totalPrice), 'cost', 'orange', l10n);
  const average = series('averageCostPerCall', l10n.t('Average cost per call'), buckets.map((b) => b.item.averageCostPerCall), 'cost', 'blue', l10n, {
    type: 'line',
    axis: 'y2',
  });
  return chart(base, {
    kind: 'barLine',
    categories,
    times,
    series: [total, average],
    axes: { x: dayAxis(l10n), y: l10n.t('Total cost ({0})', l10n.currency), y2: l10n.t('Average cost per call ({0})', l10n.currency) },
    yFormat: 'cost',
    y2Format: 'cost',
    notes: [l10n.t('The API does not name a currency; amounts are shown in {0}.', l10n.currency)],
    summary: timelineSummary(base.title, categories, [total, average], l10n),
    table: seriesTable(base.title, l10n.t('Day (UTC)'), categories, [total, average]),
  });
}

export function eventsChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const events = a.callEventsCounts;
  const base = { id: 'callEventsCounts' as const, title: l10n.t('Events'), provided: events !== null };
  const categories = EVENT_KEYS.map((k) => l10n.t(EVENT_META[k].label));
  const s = series('count', l10n.t('Count'), EVENT_KEYS.map((k) => events?.[k] ?? null), 'count', 'blue', l10n, {
    pointRoles: EVENT_KEYS.map((k) => EVENT_META[k].role),
  });
  return chart(base, {
    kind: 'bar',
    categories,
    series: [s],
    axes: { x: l10n.t('Event'), y: l10n.t('Count'), y2: null },
    yFormat: 'count',
    summary: categorySummary(base.title, categories, s, l10n),
    table: seriesTable(base.title, l10n.t('Event'), categories, [s]),
  });
}
