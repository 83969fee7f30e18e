/**
 * The Account overview's rows and its total row, from each campaign's state (loading, failed, loaded with its
 * previous period). Pure: the figures come from rollup.ts, the deltas from the dashboard's own rules (delta.ts,
 * deltaReference.ts), so a row says what that campaign's dashboard says.
 */
import type { InboundAnalytics } from '../api/schemas';
import type { KpiId, ModelKpi } from '../shared/protocol';
import { OVERVIEW_COLUMNS, type OverviewCell, type OverviewColumn, type OverviewRow, type OverviewTotal } from '../shared/overviewProtocol';
import { pointsDelta, relativeDelta } from './delta';
import { withReference } from './deltaReference';
import { formatCost, formatCount, formatDuration, formatPercent } from './format';
import type { ResolvedOptions } from './options';
import { campaignFigures, dailyCalls, rollUp, rollupFigures, sumDaily, summable, type RollupFigures } from './rollup';

export interface OverviewCampaign {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly kind?: 'inbound' | 'outbound';
}

export type CampaignState =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'loaded'; readonly current: InboundAnalytics; readonly previous: InboundAnalytics | null };

/** Which dashboard figure's rules (thin basis, tone) each column follows. */
const COLUMN_KPI: Readonly<Record<OverviewColumn, KpiId>> = {
  calls: 'totalCalls',
  successRate: 'successRate',
  averageDuration: 'averageDuration',
  cost: 'totalCost',
  costPerCall: 'totalCost',
  positiveShare: 'sentiment',
};

function text(column: OverviewColumn, f: RollupFigures, l10n: ResolvedOptions): string {
  switch (column) {
    case 'calls':
      return formatCount(f.calls, l10n.locale);
    case 'successRate':
      return f.noDefinition ? l10n.t('No success definition') : formatPercent(f.successRate, l10n.locale);
    case 'averageDuration':
      return formatDuration(f.averageDuration);
    case 'cost':
      return formatCost(f.cost, l10n.currency, l10n.locale);
    case 'costPerCall':
      return formatCost(f.costPerCall, l10n.currency, l10n.locale);
    case 'positiveShare':
      return formatPercent(f.positiveShare, l10n.locale);
  }
}

function value(column: OverviewColumn, f: RollupFigures): number | null {
  return column === 'calls' ? f.calls : column === 'successRate' ? f.successRate : f[column];
}

function cell(column: OverviewColumn, current: RollupFigures, previous: RollupFigures | undefined, l10n: ResolvedOptions): OverviewCell {
  const now = value(column, current);
  const before = previous ? value(column, previous) : undefined;
  const rate = column === 'successRate' || column === 'positiveShare';
  const delta = rate ? pointsDelta(now, before, l10n) : relativeDelta(now, before, l10n);
  const kpi: ModelKpi = { id: COLUMN_KPI[column], label: '', value: now, text: '', detail: null, delta, tooltip: '' };
  const judged = withReference(kpi, { currentCalls: current.calls, previousCalls: previous?.calls, previousText: undefined, range: undefined }, l10n);
  return { value: now, text: text(column, current, l10n), delta: { ...judged.delta, tone: judged.tone ?? 'neutral' } };
}

function cells(current: RollupFigures, previous: RollupFigures | undefined, l10n: ResolvedOptions): Record<OverviewColumn, OverviewCell> {
  return Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, cell(c, current, previous, l10n)])) as Record<OverviewColumn, OverviewCell>;
}

function sparkText(days: readonly { readonly calls: number }[], l10n: ResolvedOptions): string {
  if (days.length === 0) return l10n.t('No daily calls');
  const max = Math.max(...days.map((d) => d.calls));
  return l10n.t('Calls per day over {0} days, at most {1} a day', days.length, formatCount(max, l10n.locale));
}

export function overviewRow(campaign: OverviewCampaign, state: CampaignState, l10n: ResolvedOptions): OverviewRow {
  const base = { id: campaign.id, name: campaign.name, status: campaign.status, ...(campaign.kind ? { kind: campaign.kind } : {}) };
  if (state.state === 'loading') return { ...base, state: 'loading' };
  if (state.state === 'error') return { ...base, state: 'error', message: state.message };
  const days = dailyCalls(state.current);
  const previous = state.previous ? campaignFigures(state.previous) : undefined;
  return { ...base, state: 'loaded', cells: cells(campaignFigures(state.current), previous, l10n), spark: days.map((d) => d.calls), sparkText: sparkText(days, l10n) };
}

/**
 * The account's row: the loaded campaigns' parts summed, the figures made from the sums. The previous period's
 * total is compared only when every loaded campaign has one; otherwise its deltas would compare unlike sets.
 */
export function overviewTotal(entries: ReadonlyArray<{ readonly campaign: OverviewCampaign; readonly state: CampaignState }>, l10n: ResolvedOptions): OverviewTotal {
  const loaded = entries.flatMap((e) => (e.state.state === 'loaded' ? [e.state] : []));
  const failed = entries.filter((e) => e.state.state === 'error').map((e) => e.campaign.name);
  const pending = entries.filter((e) => e.state.state === 'loading').length;
  const current = rollupFigures(rollUp(loaded.map((s) => summable(s.current))));
  const previous = loaded.length > 0 && loaded.every((s) => s.previous !== null) ? rollupFigures(rollUp(loaded.map((s) => summable(s.previous as InboundAnalytics)))) : undefined;
  const days = sumDaily(loaded.map((s) => dailyCalls(s.current)));
  const parts = [l10n.t('{0} of {1} campaigns', loaded.length, entries.length)];
  if (pending > 0) parts.push(l10n.t('{0} loading', pending));
  if (failed.length > 0) parts.push(l10n.t('not included, failed to load: {0}', failed.join(', ')));
  return {
    cells: loaded.length > 0 ? cells(current, previous, l10n) : null,
    spark: days.map((d) => d.calls),
    sparkText: sparkText(days, l10n),
    summary: parts.join(' · '),
    failed,
  };
}
