/**
 * The dashboard's "vs previous period" toggle: the previous period's line (sent by the host with the data, no
 * request of its own) drawn dashed over a daily line chart, and its values as a column of the chart's table. Pure.
 */
import type { DashboardModel, ModelChart } from '../src/shared/protocol';

export function withOverlay(chart: ModelChart, model: DashboardModel): ModelChart {
  const overlay = model.previousOverlay?.[chart.id];
  if (!overlay || chart.bucket !== undefined) return chart;
  const table =
    chart.table.rows.length === overlay.texts.length
      ? { ...chart.table, columns: [...chart.table.columns, overlay.label], rows: chart.table.rows.map((row, i) => [...row, overlay.texts[i] ?? '—']) }
      : chart.table;
  return { ...chart, series: [...chart.series, overlay], table };
}

export function hasOverlay(model: DashboardModel): boolean {
  return Object.keys(model.previousOverlay ?? {}).length > 0;
}
