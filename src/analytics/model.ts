/** The whole dashboard view model: KPIs, one chart per section, dashboard-wide notes. */
import { listNotProvided } from '../api/notProvided';
import type { InboundAnalytics } from '../api/schemas';
import { ANALYTICS_SECTIONS, type AnalyticsSection, type DashboardModel, type ModelChart } from '../shared/protocol';
import {
  averageDurationChart, costChart, eventsChart, sentimentChart, statusOverviewChart, statusTimelineChart,
} from './charts';
import { modelBuckets } from './bucketCharts';
import { heatmapChart } from './heatmapChart';
import { labelsChart } from './labelsChart';
import { pickupRateChart, showsPickupRate, successRateChart } from './rateCharts';
import { buildKpis } from './kpis';
import { resolveOptions, type AnalyticsInput, type ModelOptions, type ResolvedOptions } from './options';

/** Sections the API documents as optional for inbound: their absence is not worth a note. */
const OPTIONAL_SECTIONS = new Set(['callsPickupRateTimeLine']);
const MAX_LISTED = 12;

/**
 * One chart per response section, drawn in the vocabulary's order. A Record, so a new section in
 * ANALYTICS_SECTIONS is a compile error until its chart is written (as its CSV is: csv.ts's switch).
 * null: nothing to draw for this response.
 */
const CHART_OF: Record<AnalyticsSection, (a: InboundAnalytics, l10n: ResolvedOptions, input: AnalyticsInput) => ModelChart | null> = {
  callsStatusOverview: statusOverviewChart,
  callsSentimentOverview: sentimentChart,
  callsStatusTimeLine: (a, l10n) => statusTimelineChart(a, l10n),
  callsAverageTimeLine: averageDurationChart,
  callsCostTimeLine: costChart,
  callsSuccessRateTimeLine: successRateChart,
  callsPickupRateTimeLine: (a, l10n) => (showsPickupRate(a, l10n) ? pickupRateChart(a, l10n) : null),
  callLabelCount: labelsChart,
  callEventsCounts: eventsChart,
  callsByHourDayOfWeeks: (a, l10n, input) => heatmapChart(a, l10n, input.range),
};

// Sentiment first: one full-width strip (a stacked bar) above the grid, so it leaves no hole in any row.
const DRAW_ORDER: readonly AnalyticsSection[] = ['callsSentimentOverview', ...ANALYTICS_SECTIONS.filter((id) => id !== 'callsSentimentOverview')];

export function buildDashboardModel(input: AnalyticsInput, options?: ModelOptions): DashboardModel {
  const l10n = resolveOptions(options);
  const a = input.current;
  const charts = DRAW_ORDER.map((id) => CHART_OF[id](a, l10n, input)).filter((chart): chart is ModelChart => chart !== null);
  const kpis = buildKpis(input, options);
  const notes: string[] = [];
  // Outbound analytics document the pickup rate: its absence is worth saying there.
  const missing = listNotProvided(a).filter((m) => l10n.campaignKind === 'outbound' || !OPTIONAL_SECTIONS.has(m));
  if (missing.length > 0) {
    const shown = missing.slice(0, MAX_LISTED).join(', ');
    const more = missing.length > MAX_LISTED ? ` ${l10n.t('and {0} more', missing.length - MAX_LISTED)}` : '';
    notes.push(l10n.t('Not provided by the API: {0}', `${shown}${more}`));
  }
  if (input.previous === null) notes.push(l10n.t('The previous period could not be loaded, so changes are shown as —.'));
  const totalCalls = kpis[0].value;
  // With a known total, zero calls is the empty state (daily averages may still arrive as 0 or
  // stray values); without one, empty means nothing at all to draw.
  const empty = totalCalls !== null ? totalCalls === 0 : charts.every((c) => c.empty || !c.provided);
  const buckets = modelBuckets(a, l10n);
  return { kpis, charts, notes, empty, currency: l10n.currency, locale: l10n.locale, ...(buckets ? { buckets } : {}) };
}
