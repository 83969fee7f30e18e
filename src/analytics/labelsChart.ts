/**
 * The labels chart: the top labels as bars in their own checked colours and one "Other (n labels)"
 * bar for the rest, so a response with a million labels still draws 21 bars. The table (paged in
 * the webview) and the CSV keep every label. An id listed twice is one label, its counts summed.
 */
import type { InboundAnalytics, LabelCount } from '../api/schemas';
import type { ModelChart } from '../shared/protocol';
import { chart, LABEL_FALLBACK_ROLES } from './charts';
import { categorySummary, series } from './chartParts';
import { safeCssColor } from './color';
import { labelsDrill } from './drill';
import { labelName } from './figures';
import { countFormatter, isShowableNumber } from './format';
import { labelTotals } from './labelTotals';
import type { ResolvedOptions } from './options';

/** Bars drawn before the rest is summed into "Other". */
export const CHART_LABELS = 20;

/** The response's labels, duplicates summed, with a count, most calls first (ties keep the API's order). */
export function rankedLabels(a: InboundAnalytics): (LabelCount & { count: number })[] {
  const labels = (labelTotals(a.callLabelCount) ?? []).filter((l): l is LabelCount & { count: number } => isShowableNumber(l.count));
  return labels.sort((x, y) => y.count - x.count);
}

export function labelsChart(a: InboundAnalytics, l10n: ResolvedOptions): ModelChart {
  const labels = rankedLabels(a);
  const base = { id: 'callLabelCount' as const, title: l10n.t('Labels'), provided: a.callLabelCount !== null };
  const top = labels.slice(0, CHART_LABELS);
  const rest = labels.length - top.length;
  let other = 0;
  for (let i = CHART_LABELS; i < labels.length; i++) other += labels[i]?.count ?? 0;
  const format = countFormatter(l10n.locale);
  const categories = top.map(labelName);
  const values = top.map((l) => l.count);
  const colors = top.map((l) => safeCssColor(l.color));
  const roles = top.map((_, i) => LABEL_FALLBACK_ROLES[i % LABEL_FALLBACK_ROLES.length]);
  if (rest > 0) {
    categories.push(l10n.t('Other ({0} labels)', format(rest)));
    values.push(other);
    colors.push(null);
    roles.push('grey');
  }
  const s = series('count', l10n.t('Calls'), values, 'count', 'blue', l10n, { pointColors: colors, pointRoles: roles });
  const refused = top.filter((l, i) => l.color !== null && l.color !== '' && colors[i] === null).length;
  const notes: string[] = [];
  if (refused > 0) notes.push(l10n.t('{0} label colours were not plain CSS colours and were replaced by theme colours.', refused));
  if (rest > 0) notes.push(l10n.t('The chart shows the top {0} labels and sums the other {1} into "Other"; the table and the CSV list every label.', CHART_LABELS, format(rest)));
  return chart(base, {
    kind: 'horizontalBar',
    horizontal: true,
    categories,
    series: [s],
    axes: { x: l10n.t('Calls'), y: l10n.t('Label'), y2: null },
    yFormat: 'count',
    notes,
    summary: categorySummary(base.title, categories, s, l10n),
    table: { caption: base.title, columns: [l10n.t('Label'), l10n.t('Calls')], rows: labels.map((l) => [labelName(l), format(l.count)]) },
    drill: labelsDrill(top, rest > 0, labels, l10n),
  });
}
