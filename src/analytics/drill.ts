/**
 * What a click on a chart opens: the drill-down keys the view model carries per category, series and
 * table row (the webview merges them into its `drillDown` message), and the line under each chart
 * saying what a click does. Only counters with a documented outcome code open calls: the others
 * (needs follow-up, wrong number …) have no filter in the call search, and their bars say so.
 */
import type { LabelCount, StatusCounterKey } from '../api/schemas';
import { outcomeForOverviewKey, type OverviewOutcomeKey } from '../shared/callStatus';
import { CELL_SCAN_LIMIT, type DrillKey, type ModelDrill } from '../shared/drill';
import type { BucketSize } from '../shared/protocol';
import { formatCount } from './format';
import type { ResolvedOptions } from './options';
import { STATUS_META } from './statusLabels';

const DAY_MS = 86_400_000;

function statusKey(key: StatusCounterKey): DrillKey | null {
  return outcomeForOverviewKey(key) === undefined ? null : { status: key as OverviewOutcomeKey };
}

/** The end of the bucket starting at `ms`, as the last millisecond inside it (the search's toDate is inclusive). */
export function bucketEnd(ms: number, size: BucketSize): number {
  if (size === 'day') return ms + DAY_MS - 1;
  if (size === 'week') return ms + 7 * DAY_MS - 1;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1;
}

export function bucketKey(ms: number, size: BucketSize): DrillKey {
  return { from: new Date(ms).toISOString(), to: new Date(bucketEnd(ms, size)).toISOString() };
}

function noCodeNote(keys: readonly StatusCounterKey[], l10n: ResolvedOptions): string {
  const none = keys.filter((k) => statusKey(k) === null);
  if (none.length === 0) return '';
  return ` ${l10n.t('{0}: the call search has no filter for these, so their bars open nothing.', none.map((k) => l10n.t(STATUS_META[k].label)).join(', '))}`;
}

/** "Calls per day by status" (and its weekly and monthly versions): a bar = one bucket × one outcome. */
export function timelineDrill(
  shown: readonly StatusCounterKey[],
  times: readonly number[],
  totals: readonly (number | null)[],
  size: BucketSize,
  l10n: ResolvedOptions,
): ModelDrill {
  const categories = times.map((t) => bucketKey(t, size));
  const hint =
    size === 'day'
      ? l10n.t("Click a bar to see that day's calls with that outcome; Enter on a row of the table opens all of that day's calls.")
      : size === 'week'
        ? l10n.t("Click a bar to see that week's calls with that outcome; Enter on a row of the table opens all of that week's calls.")
        : l10n.t("Click a bar to see that month's calls with that outcome; Enter on a row of the table opens all of that month's calls.");
  return {
    hint: hint + noCodeNote(shown, l10n),
    categories,
    series: shown.map(statusKey),
    rows: categories.map((key, i) => ({ key, expected: totals[i] ?? null })),
  };
}

/** The status overview: a bar = the range's calls with one outcome. */
export function overviewDrill(shown: readonly StatusCounterKey[], values: readonly (number | null)[], l10n: ResolvedOptions): ModelDrill {
  const categories = shown.map(statusKey);
  return {
    hint: l10n.t("Click a bar, or press Enter on a row of the table, to see the range's calls with that outcome.") + noCodeNote(shown, l10n),
    categories,
    rows: categories.map((key, i) => (key ? { key, expected: values[i] ?? null } : null)),
  };
}

/** The labels chart: a bar = the calls with that label (its id is the search's tag); "Other" opens nothing. */
export function labelsDrill(top: readonly LabelCount[], other: boolean, all: readonly LabelCount[], l10n: ResolvedOptions): ModelDrill {
  const key = (l: LabelCount): DrillKey | null => (l.id ? { label: l.id } : null);
  return {
    hint: l10n.t('Click a bar, or press Enter on a row of the table, to see the calls with that label.'),
    categories: [...top.map(key), ...(other ? [null] : [])],
    rows: all.map((l) => {
      const k = key(l);
      return k ? { key: k, expected: l.count } : null;
    }),
  };
}

/** The heatmap: a cell = the calls of that weekday and hour, in the zone the heatmap shows. */
export function heatmapDrill(zone: string, l10n: ResolvedOptions): ModelDrill {
  return {
    hint: l10n.t(
      'Click a cell, or press Enter on the grid, to see the calls of that weekday and hour ({0}). The call search cannot filter by hour: the range\'s calls are read and filtered, at most {1}.',
      zone,
      formatCount(CELL_SCAN_LIMIT, l10n.locale),
    ),
    cells: true,
  };
}

/** Sentiment: said plainly, not clickable. */
export function sentimentDrill(l10n: ResolvedOptions): ModelDrill {
  return { hint: l10n.t('The NLPearl call search cannot filter calls by sentiment, so this chart opens no calls.') };
}
