/**
 * Compare Campaigns: 2–4 campaigns' KPI cards side by side and their figures on shared axes, one colour
 * per campaign in every chart. Each campaign's series come from the same builders as its own dashboard
 * (so a campaign's line here is its dashboard's line), then are laid on one axis of days.
 */
import type { InboundAnalytics } from '../api/schemas';
import type { CompareModel } from '../shared/compareProtocol';
import type { AnalyticsSection, ColorRole, ModelChart, ModelSeries } from '../shared/protocol';

export type { CompareModel, ComparedCampaign } from '../shared/compareProtocol';
import { categorySummary, dateLabels, series, seriesTable, timelineSummary } from './chartParts';
import { averageDurationChart, chart, costChart, eventsChart } from './charts';
import { labelName } from './figures';
import { buildKpis } from './kpis';
import { rankedLabels } from './labelsChart';
import { resolveOptions, type AnalyticsInput, type ModelOptions, type ResolvedOptions } from './options';
import { successRateChart } from './rateCharts';
import { sortByDate } from './series';

/** The colour of the n-th campaign, the same in the legend, the cards and every chart. */
export const CAMPAIGN_COLORS: readonly ColorRole[] = ['blue', 'orange', 'purple', 'green'];
export const MAX_COMPARED = CAMPAIGN_COLORS.length;
const COMPARED_LABELS = 10;

export interface ComparedInput {
  readonly id: string;
  readonly name: string;
  /** Undefined when this campaign failed to load: its column says why, the others show. */
  readonly input?: AnalyticsInput;
  readonly error?: string;
  /** The input is the last good load of this range, kept after `error`. */
  readonly stale?: boolean;
}

interface Timeline {
  readonly times: readonly number[];
  readonly values: readonly (number | null)[];
}

/** One series of a campaign's own chart, by the chart's series id. */
function fromChart(build: (a: InboundAnalytics, l10n: ResolvedOptions) => ModelChart, seriesId: string | null) {
  return (a: InboundAnalytics, l10n: ResolvedOptions): Timeline => {
    const own = build(a, l10n);
    const s = seriesId === null ? own.series[0] : own.series.find((x) => x.id === seriesId);
    return { times: own.times ?? [], values: s?.values ?? [] };
  };
}

function dailyCalls(a: InboundAnalytics): Timeline {
  const buckets = sortByDate(a.callsStatusTimeLine);
  return { times: buckets.map((b) => b.time), values: buckets.map((b) => b.item.totalCalls) };
}

interface OverlaySpec {
  readonly id: AnalyticsSection;
  readonly title: (l10n: ResolvedOptions) => string;
  readonly yTitle: (l10n: ResolvedOptions) => string;
  readonly format: ModelSeries['format'];
  readonly provided: (a: InboundAnalytics) => boolean;
  readonly timeline: (a: InboundAnalytics, l10n: ResolvedOptions) => Timeline;
  readonly yMax?: number;
}

const OVERLAYS: readonly OverlaySpec[] = [
  { id: 'callsStatusTimeLine', title: (l10n) => l10n.t('Calls per day'), yTitle: (l10n) => l10n.t('Calls'), format: 'count', provided: (a) => a.callsStatusTimeLine !== null, timeline: dailyCalls },
  { id: 'callsSuccessRateTimeLine', title: (l10n) => l10n.t('Success rate'), yTitle: (l10n) => l10n.t('Success rate (%)'), format: 'percent', provided: (a) => a.callsSuccessRateTimeLine !== null, timeline: fromChart(successRateChart, null), yMax: 100 },
  { id: 'callsAverageTimeLine', title: (l10n) => l10n.t('Average call duration'), yTitle: (l10n) => l10n.t('Average duration (m:ss)'), format: 'duration', provided: (a) => a.callsAverageTimeLine !== null, timeline: fromChart(averageDurationChart, 'averageCallDuration') },
  { id: 'callsCostTimeLine', title: (l10n) => l10n.t('Cost per day'), yTitle: (l10n) => l10n.t('Total cost ({0})', l10n.currency), format: 'cost', provided: (a) => a.callsCostTimeLine !== null, timeline: fromChart(costChart, 'totalPrice') },
];

interface Loaded {
  readonly campaign: ComparedInput;
  readonly analytics: InboundAnalytics;
  readonly color: ColorRole;
}

/** The campaigns' lines on one axis: every day any of them has, a gap where one has no bucket. */
function overlay(spec: OverlaySpec, loaded: readonly Loaded[], l10n: ResolvedOptions): ModelChart {
  const lines = loaded.map((c) => ({ c, line: spec.timeline(c.analytics, l10n) }));
  const times = [...new Set(lines.flatMap((l) => l.line.times))].sort((x, y) => x - y);
  const list = lines.map(({ c, line }) => {
    const at = new Map(line.times.map((t, i) => [t, line.values[i] ?? null]));
    return series(c.campaign.id, c.campaign.name, times.map((t) => at.get(t) ?? null), spec.format, c.color, l10n, { type: 'line' });
  });
  const categories = dateLabels(times, l10n);
  const title = spec.title(l10n);
  return chart({ id: spec.id, title, provided: loaded.some((c) => spec.provided(c.analytics)) }, {
    kind: 'line',
    categories,
    times,
    series: list,
    axes: { x: l10n.t('Day (buckets as sent by the API, read as UTC)'), y: spec.yTitle(l10n), y2: null },
    yFormat: spec.format,
    yMax: spec.yMax ?? null,
    summary: timelineSummary(title, categories, list, l10n),
    table: seriesTable(title, l10n.t('Day (UTC)'), categories, list),
  });
}

/** Grouped bars: one group per category, one bar per campaign. */
function grouped(id: AnalyticsSection, title: string, axis: string, categories: readonly string[], valuesOf: (c: Loaded) => readonly (number | null)[], loaded: readonly Loaded[], l10n: ResolvedOptions, provided: boolean): ModelChart {
  const list = loaded.map((c) => series(c.campaign.id, c.campaign.name, valuesOf(c), 'count', c.color, l10n));
  return chart({ id, title, provided }, {
    kind: 'bar',
    categories: [...categories],
    series: list,
    axes: { x: axis, y: l10n.t('Calls'), y2: null },
    yFormat: 'count',
    summary: list.length > 0 ? list.map((s) => categorySummary(`${title} — ${s.label}`, categories, s, l10n)).join(' ') : l10n.t('{0}: no data.', title),
    table: seriesTable(title, axis, categories, list),
  });
}

/** The labels with the most calls over all compared campaigns, matched by name (ids are per campaign). */
function labelsCompared(loaded: readonly Loaded[], l10n: ResolvedOptions): ModelChart {
  const perCampaign = loaded.map((c) => {
    const counts = new Map<string, number>();
    for (const l of rankedLabels(c.analytics)) counts.set(labelName(l), (counts.get(labelName(l)) ?? 0) + l.count);
    return counts;
  });
  const totals = new Map<string, number>();
  for (const counts of perCampaign) for (const [name, n] of counts) totals.set(name, (totals.get(name) ?? 0) + n);
  const names = [...totals].sort((x, y) => y[1] - x[1]).slice(0, COMPARED_LABELS).map(([name]) => name);
  const chartOf = grouped('callLabelCount', l10n.t('Top labels'), l10n.t('Label'), names, (c) => names.map((n) => perCampaign[loaded.indexOf(c)]?.get(n) ?? 0), loaded, l10n, loaded.some((c) => c.analytics.callLabelCount !== null));
  return totals.size > names.length ? { ...chartOf, notes: [l10n.t('The {0} labels with the most calls over all compared campaigns, matched by name.', names.length)] } : chartOf;
}

function eventsCompared(loaded: readonly Loaded[], l10n: ResolvedOptions): ModelChart {
  const own = loaded.map((c) => eventsChart(c.analytics, l10n));
  const categories = own[0]?.categories ?? [];
  return grouped('callEventsCounts', l10n.t('Events'), l10n.t('Event'), categories, (c) => own[loaded.indexOf(c)]?.series[0]?.values ?? [], loaded, l10n, loaded.some((c) => c.analytics.callEventsCounts !== null));
}

export function buildCompareModel(inputs: readonly ComparedInput[], options?: ModelOptions): CompareModel {
  const l10n = resolveOptions(options);
  const campaigns = inputs.slice(0, MAX_COMPARED).map((c, i) => ({ c, color: CAMPAIGN_COLORS[i] ?? 'grey' }));
  const loaded: Loaded[] = campaigns.flatMap(({ c, color }) => (c.input ? [{ campaign: c, analytics: c.input.current, color }] : []));
  const charts = loaded.length === 0 ? [] : [...OVERLAYS.map((spec) => overlay(spec, loaded, l10n)), labelsCompared(loaded, l10n), eventsCompared(loaded, l10n)];
  return {
    campaigns: campaigns.map(({ c, color }) => ({
      id: c.id,
      name: c.name,
      color,
      kpis: c.input ? buildKpis(c.input, options) : null,
      error: c.error ?? (c.input ? null : l10n.t('Not loaded.')),
      stale: c.input !== undefined && c.error !== undefined,
    })),
    charts,
    locale: l10n.locale,
    currency: l10n.currency,
  };
}
