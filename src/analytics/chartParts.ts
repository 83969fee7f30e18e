/** Small builders shared by the chart sections: date axes, series, tables, text alternatives. */
import type { ColorRole, ModelSeries, ModelTable, ValueFormat } from '../shared/protocol';
import { DASH, formatBucketDate, formatCost, formatCount, formatDuration, formatPercent, isShowableNumber } from './format';
import type { ResolvedOptions } from './options';

export function formatValue(value: number | null | undefined, format: ValueFormat, l10n: ResolvedOptions): string {
  switch (format) {
    case 'count':
      return formatCount(value, l10n.locale);
    case 'duration':
      return formatDuration(value);
    case 'percent':
      return formatPercent(value, l10n.locale);
    case 'cost':
      return formatCost(value, l10n.currency, l10n.locale);
  }
}

export function series(
  id: string,
  label: string,
  values: readonly (number | null | undefined)[],
  format: ValueFormat,
  color: ColorRole,
  l10n: ResolvedOptions,
  extra: Partial<Pick<ModelSeries, 'type' | 'axis' | 'pointColors' | 'pointRoles'>> = {},
): ModelSeries {
  const clean = values.map((v) => (isShowableNumber(v) ? v : null));
  return {
    id,
    label,
    values: clean,
    texts: clean.map((v) => formatValue(v, format, l10n)),
    color,
    pointColors: extra.pointColors ?? null,
    pointRoles: extra.pointRoles ?? null,
    type: extra.type ?? 'bar',
    axis: extra.axis ?? 'y',
    format,
  };
}

/** Bucket labels; the year is added only when the data spans more than one. */
export function dateLabels(times: readonly number[], l10n: ResolvedOptions): string[] {
  const years = new Set(times.map((t) => new Date(t).getUTCFullYear()));
  return times.map((t) => formatBucketDate(t, l10n.locale, years.size > 1));
}

/** The same numbers as the chart: one row per category, one column per series. */
export function seriesTable(caption: string, firstColumn: string, categories: readonly string[], list: readonly ModelSeries[]): ModelTable {
  return {
    caption,
    columns: [firstColumn, ...list.map((s) => s.label)],
    rows: categories.map((c, i) => [c, ...list.map((s) => s.texts[i] ?? DASH)]),
  };
}

export function hasData(list: readonly ModelSeries[]): boolean {
  return list.some((s) => s.values.some((v) => v !== null && v !== 0));
}

/** "Successful: 120; Not successful: 30" — for category charts with one series. */
export function categorySummary(title: string, categories: readonly string[], s: ModelSeries | undefined, l10n: ResolvedOptions): string {
  if (!s || categories.length === 0) return l10n.t('{0}: no data.', title);
  const parts = categories.slice(0, 12).map((c, i) => `${c}: ${s.texts[i] ?? DASH}`);
  const more = categories.length > 12 ? ` ${l10n.t('and {0} more', categories.length - 12)}` : '';
  return `${title}. ${parts.join('; ')}${more}.`;
}

/** "30 days from 1 Mar to 30 Mar. Successful from 0 to 42; …" — for date-based charts. */
export function timelineSummary(title: string, categories: readonly string[], list: readonly ModelSeries[], l10n: ResolvedOptions): string {
  if (categories.length === 0) return l10n.t('{0}: no data.', title);
  const head = l10n.t('{0}: {1} days from {2} to {3}.', title, categories.length, categories[0], categories[categories.length - 1]);
  const parts = list.slice(0, 6).map((s) => {
    let min: number | null = null;
    let max: number | null = null;
    let minText = DASH;
    let maxText = DASH;
    s.values.forEach((v, i) => {
      if (v === null) return;
      if (min === null || v < min) [min, minText] = [v, s.texts[i]];
      if (max === null || v > max) [max, maxText] = [v, s.texts[i]];
    });
    return max === null ? l10n.t('{0}: no values', s.label) : l10n.t('{0} from {1} to {2}', s.label, minText, maxText);
  });
  return `${head} ${parts.join('; ')}.`;
}
