/**
 * What a click on a chart posts: the drill keys of the view model merged into a `drillDown` message with
 * the figure that was clicked. Pure (no DOM), so the browser tests and the card share one rule.
 */
import { DRILL_CHARTS, mergeDrillKeys, type DrillChart, type DrillDownRequest } from '../../src/shared/drill';
import type { ModelChart } from '../../src/shared/protocol';

function drillChart(chart: ModelChart): DrillChart | undefined {
  return (DRILL_CHARTS as readonly string[]).includes(chart.id) ? (chart.id as DrillChart) : undefined;
}

/** A bar: category `index` of dataset `series`; undefined when that bar opens nothing. */
export function barRequest(chart: ModelChart, index: number, series: number): DrillDownRequest | undefined {
  const chartId = drillChart(chart);
  const key = chart.drill ? mergeDrillKeys(chart.drill, index, series) : null;
  if (!chartId || !key) return undefined;
  const value = chart.series[series]?.values[index];
  return { type: 'drillDown', chartId, ...key, expected: typeof value === 'number' ? value : null };
}

/** A row of the chart's Table view; undefined when that row opens nothing. */
export function rowRequest(chart: ModelChart, row: number): DrillDownRequest | undefined {
  const chartId = drillChart(chart);
  const entry = chart.drill?.rows?.[row];
  if (!chartId || !entry) return undefined;
  return { type: 'drillDown', chartId, ...entry.key, expected: entry.expected };
}

/** A heatmap cell (weekday row `day`, Sunday first; hour column `hour`). */
export function cellRequest(chart: ModelChart, day: number, hour: number): DrillDownRequest | undefined {
  if (chart.id !== 'callsByHourDayOfWeeks' || !chart.drill?.cells) return undefined;
  return { type: 'drillDown', chartId: chart.id, weekday: day, hour, expected: chart.heatmap?.counts[day]?.[hour] ?? null };
}

/** Whether any row of the table opens something (it then gets focusable rows). */
export function rowsDrill(chart: ModelChart): boolean {
  return (chart.drill?.rows ?? []).some((r) => r !== null);
}
