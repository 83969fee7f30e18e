/** The whole dashboard view model: KPIs, one chart per section, dashboard-wide notes. */
import { listNotProvided } from '../api/schemas';
import type { DashboardModel, ModelChart } from '../shared/protocol';
import {
  averageDurationChart, costChart, eventsChart, sentimentChart, statusOverviewChart, statusTimelineChart,
} from './charts';
import { modelBuckets } from './bucketCharts';
import { heatmapChart } from './heatmapChart';
import { labelsChart } from './labelsChart';
import { pickupRateChart, successRateChart } from './rateCharts';
import { buildKpis } from './kpis';
import { resolveOptions, type AnalyticsInput, type ModelOptions } from './options';

/** Sections the API documents as optional for inbound: their absence is not worth a note. */
const OPTIONAL_SECTIONS = new Set(['callsPickupRateTimeLine']);
const MAX_LISTED = 12;

export function buildDashboardModel(input: AnalyticsInput, options?: ModelOptions): DashboardModel {
  const l10n = resolveOptions(options);
  const a = input.current;
  const charts: ModelChart[] = [
    // First: one full-width strip (a stacked bar) above the grid, so it leaves no hole in any row.
    sentimentChart(a, l10n),
    statusOverviewChart(a, l10n),
    statusTimelineChart(a, l10n),
    averageDurationChart(a, l10n),
    costChart(a, l10n),
    successRateChart(a, l10n),
    // Pickup rate exists only in some API versions: drawn when present.
    ...(a.callsPickupRateTimeLine !== null ? [pickupRateChart(a, l10n)] : []),
    labelsChart(a, l10n),
    eventsChart(a, l10n),
    heatmapChart(a, l10n, input.range),
  ];
  const kpis = buildKpis(input, options);
  const notes: string[] = [];
  const missing = listNotProvided(a).filter((m) => !OPTIONAL_SECTIONS.has(m));
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
