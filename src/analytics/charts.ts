/**
 * One chart section per API section, already sorted, scaled and labelled, with its table and its
 * text alternative. The webview only draws what it is given.
 */
import { EVENT_KEYS, SENTIMENT_KEYS, type EventKey, type InboundAnalytics, type SentimentKey, type StatusCounterKey } from '../api/schemas';
import type { ColorRole, ModelChart, ModelSeries, SectionId, ValueFormat } from '../shared/protocol';
import { categorySummary, dateLabels, hasData, series, seriesTable, timelineSummary } from './chartParts';
import { formatCount, isShowableNumber } from './format';
import type { ResolvedOptions } from './options';
import { sortByDate } from './series';

/** Statuses drawn, in order. totalCalls is the KPI, not a bar. */
export const STATUS_ORDER: readonly StatusCounterKey[] = [
  'successful', 'unsuccessful', 'completed', 'needFollowUp', 'wrongNumber', 'error',
  'voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode', 'totalLeads',
];

/** Outbound-only (or lead) counters: left out of inbound charts when zero or missing. */
export const INBOUND_IRRELEVANT: ReadonlySet<StatusCounterKey> = new Set(['voiceMailLeft', 'needRetry', 'unreachable', 'totalLeads', 'wrongCountryCode']);

const STATUS_META: Record<StatusCounterKey, { readonly label: string; readonly role: ColorRole }> = {
  totalCalls: { label: 'Total calls', role: 'foreground' },
  successful: { label: 'Successful', role: 'green' },
  unsuccessful: { label: 'Not successful', role: 'red' },
  completed: { label: 'Completed', role: 'blue' },
  needFollowUp: { label: 'Needs follow-up', role: 'yellow' },
  wrongNumber: { label: 'Wrong number', role: 'orange' },
  error: { label: 'Error', role: 'purple' },
  voiceMailLeft: { label: 'Voicemail left', role: 'grey' },
  needRetry: { label: 'Needs retry', role: 'grey' },
  unreachable: { label: 'Unreachable', role: 'grey' },
  wrongCountryCode: { label: 'Wrong country code', role: 'grey' },
  totalLeads: { label: 'Leads', role: 'grey' },
};

const SENTIMENT_META: Record<SentimentKey, { readonly label: string; readonly role: ColorRole }> = {
  negative: { label: 'Negative', role: 'red' },
  slightlyNegative: { label: 'Slightly negative', role: 'orange' },
  neutral: { label: 'Neutral', role: 'grey' },
  slightlyPositive: { label: 'Slightly positive', role: 'blue' },
  positive: { label: 'Positive', role: 'green' },
};

const EVENT_META: Record<EventKey, { readonly label: string; readonly role: ColorRole }> = {
  takeMessageCount: { label: 'Messages taken', role: 'blue' },
  smsSentCount: { label: 'SMS sent', role: 'purple' },
  callTransferredCount: { label: 'Calls transferred', role: 'orange' },
  calendarBookedCount: { label: 'Calendar bookings', role: 'green' },
  emailSentCount: { label: 'Emails sent', role: 'yellow' },
};

/** Palette for labels whose colour failed the check, in turn. */
export const LABEL_FALLBACK_ROLES: readonly ColorRole[] = ['blue', 'green', 'orange', 'purple', 'yellow', 'red'];

export interface Base {
  readonly id: SectionId;
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

function dayAxis(o: ResolvedOptions): string {
  return o.t('Day (buckets as sent by the API, read as UTC)');
}

function leftOutNote(keys: readonly StatusCounterKey[], o: ResolvedOptions): string[] {
  if (keys.length === 0) return [];
  const names = keys.map((k) => o.t(STATUS_META[k].label)).join(', ');
  return [o.t('Left out because they are zero or missing (statuses of outbound calls): {0}.', names)];
}

/** Statuses to draw: inbound-irrelevant ones only when some value is non-zero. */
function statusKeys(valuesOf: (k: StatusCounterKey) => readonly (number | null)[]): { shown: StatusCounterKey[]; left: StatusCounterKey[] } {
  const shown: StatusCounterKey[] = [];
  const left: StatusCounterKey[] = [];
  for (const k of STATUS_ORDER) {
    const relevant = !INBOUND_IRRELEVANT.has(k) || valuesOf(k).some((v) => isShowableNumber(v) && v !== 0);
    (relevant ? shown : left).push(k);
  }
  return { shown, left };
}

export function statusOverviewChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const overview = a.callsStatusOverview;
  const base = { id: 'callsStatusOverview' as const, title: o.t('Status overview'), provided: overview !== null };
  const { shown, left } = statusKeys((k) => [overview?.[k] ?? null]);
  const categories = shown.map((k) => o.t(STATUS_META[k].label));
  const s = series('calls', o.t('Calls'), shown.map((k) => overview?.[k] ?? null), 'count', 'blue', o, {
    pointRoles: shown.map((k) => STATUS_META[k].role),
  });
  const notes = [...leftOutNote(left, o)];
  if (isShowableNumber(overview?.totalCalls)) notes.push(o.t('Total calls: {0}.', formatCount(overview.totalCalls, o.locale)));
  return chart(base, {
    kind: 'bar',
    categories,
    series: [s],
    axes: { x: o.t('Status'), y: o.t('Calls'), y2: null },
    yFormat: 'count',
    notes,
    summary: categorySummary(base.title, categories, s, o),
    table: seriesTable(base.title, o.t('Status'), categories, [s]),
  });
}

export function sentimentChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const overview = a.callsSentimentOverview;
  const base = { id: 'callsSentimentOverview' as const, title: o.t('Sentiment'), provided: overview !== null };
  const categories = [o.t('Rated calls')];
  const list = SENTIMENT_KEYS.map((k) => series(k, o.t(SENTIMENT_META[k].label), [overview?.[k] ?? null], 'count', SENTIMENT_META[k].role, o));
  const names = list.map((s) => s.label);
  return chart(base, {
    kind: 'stacked',
    horizontal: true,
    categories,
    series: list,
    axes: { x: o.t('Calls'), y: '', y2: null },
    yFormat: 'count',
    summary: categorySummary(base.title, names, { ...list[0], texts: list.map((s) => s.texts[0]) }, o),
    table: { caption: base.title, columns: [o.t('Sentiment'), o.t('Calls')], rows: list.map((s) => [s.label, s.texts[0]]) },
  });
}

export function statusTimelineChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsStatusTimeLine);
  const base = { id: 'callsStatusTimeLine' as const, title: o.t('Calls per day by status'), provided: a.callsStatusTimeLine !== null };
  const times = buckets.map((b) => b.time);
  const categories = dateLabels(times, o);
  const { shown, left } = statusKeys((k) => buckets.map((b) => b.item[k]));
  const list = shown.map((k) => series(k, o.t(STATUS_META[k].label), buckets.map((b) => b.item[k]), 'count', STATUS_META[k].role, o));
  const total = series('totalCalls', o.t('Total calls'), buckets.map((b) => b.item.totalCalls), 'count', 'foreground', o);
  return chart(base, {
    kind: 'stacked',
    categories,
    times,
    series: list,
    axes: { x: dayAxis(o), y: o.t('Calls'), y2: null },
    yFormat: 'count',
    notes: leftOutNote(left, o),
    summary: timelineSummary(base.title, categories, [total, ...list], o),
    table: seriesTable(base.title, o.t('Day (UTC)'), categories, [total, ...list]),
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
  o: ResolvedOptions,
): ModelChart {
  const categories = dateLabels(times, o);
  return chart(base, {
    kind: 'line',
    categories,
    times,
    series: [s],
    axes: { x: dayAxis(o), y: yTitle, y2: null },
    yFormat,
    yMax,
    notes,
    summary: timelineSummary(base.title, categories, [s], o),
    table: seriesTable(base.title, o.t('Day (UTC)'), categories, [s]),
  });
}

export function averageDurationChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsAverageTimeLine);
  const base = { id: 'callsAverageTimeLine' as const, title: o.t('Average call duration'), provided: a.callsAverageTimeLine !== null };
  const s = series('averageCallDuration', o.t('Average duration'), buckets.map((b) => b.item.averageCallDuration), 'duration', 'blue', o, { type: 'line' });
  const notes = [o.t('The API sends durations in seconds; shown as m:ss. Each point is the average of that day\'s calls.')];
  return lineChart(base, buckets.map((b) => b.time), s, o.t('Average duration (m:ss)'), 'duration', notes, null, o);
}

export function costChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const buckets = sortByDate(a.callsCostTimeLine);
  const base = { id: 'callsCostTimeLine' as const, title: o.t('Cost'), provided: a.callsCostTimeLine !== null };
  const times = buckets.map((b) => b.time);
  const categories = dateLabels(times, o);
  const total = series('totalPrice', o.t('Total cost'), buckets.map((b) => b.item.totalPrice), 'cost', 'orange', o);
  const average = series('averageCostPerCall', o.t('Average cost per call'), buckets.map((b) => b.item.averageCostPerCall), 'cost', 'blue', o, {
    type: 'line',
    axis: 'y2',
  });
  return chart(base, {
    kind: 'barLine',
    categories,
    times,
    series: [total, average],
    axes: { x: dayAxis(o), y: o.t('Total cost ({0})', o.currency), y2: o.t('Average cost per call ({0})', o.currency) },
    yFormat: 'cost',
    y2Format: 'cost',
    notes: [o.t('The API does not name a currency; amounts are shown in {0}.', o.currency)],
    summary: timelineSummary(base.title, categories, [total, average], o),
    table: seriesTable(base.title, o.t('Day (UTC)'), categories, [total, average]),
  });
}

export function eventsChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const events = a.callEventsCounts;
  const base = { id: 'callEventsCounts' as const, title: o.t('Events'), provided: events !== null };
  const categories = EVENT_KEYS.map((k) => o.t(EVENT_META[k].label));
  const s = series('count', o.t('Count'), EVENT_KEYS.map((k) => events?.[k] ?? null), 'count', 'blue', o, {
    pointRoles: EVENT_KEYS.map((k) => EVENT_META[k].role),
  });
  return chart(base, {
    kind: 'bar',
    categories,
    series: [s],
    axes: { x: o.t('Event'), y: o.t('Count'), y2: null },
    yFormat: 'count',
    summary: categorySummary(base.title, categories, s, o),
    table: seriesTable(base.title, o.t('Event'), categories, [s]),
  });
}
