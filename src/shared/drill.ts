/**
 * Drill-down from a dashboard chart to the calls behind a figure: the keys the view model carries per
 * category, series and table row, and the `drillDown` message the webview posts when one is clicked.
 * Plain constants and types (no zod here), so the webview can import them; the schema is in drillSchema.ts (host only).
 */
import type { OverviewOutcomeKey } from './callStatus';
import type { DrillChart } from './vocabulary';

export { DRILL_CHARTS, type DrillChart } from './vocabulary';

/**
 * The most calls a heatmap cell's drill-down reads: the search cannot filter by hour, so the range's calls
 * are read page by page and filtered here. Beyond this it refuses and asks for a shorter range.
 */
export const CELL_SCAN_LIMIT = 5_000;

/** What one category, series or row narrows the calls to; the fields of several are merged. */
export interface DrillKey {
  /** A status-overview key with an outcome code (successful → 100 …). */
  readonly status?: OverviewOutcomeKey;
  /** A label id (the search's `tags`). */
  readonly label?: string;
  /** A bucket of a timeline, ISO date-times; the host clips it to the dashboard's range. */
  readonly from?: string;
  readonly to?: string;
}

/** A row of the chart's Table view: what Enter on it opens and the figure that row shows. */
export interface DrillRow {
  readonly key: DrillKey;
  readonly expected: number | null;
}

export interface ModelDrill {
  /** Said under the chart: what a click does, or why nothing does. */
  readonly hint: string;
  /** Per category (a bar's position); null = that bar opens nothing. Absent = every category alike. */
  readonly categories?: readonly (DrillKey | null)[];
  /** Per series (a dataset); null = that series opens nothing. Absent = every series alike. */
  readonly series?: readonly (DrillKey | null)[];
  /** Per row of the chart's table; absent = the rows open nothing. */
  readonly rows?: readonly (DrillRow | null)[];
  /** The heatmap: each cell opens the calls of its weekday × hour. */
  readonly cells?: boolean;
}

/** The webview's request: the merged key, the cell for the heatmap, and the figure the user clicked. */
export interface DrillDownRequest extends DrillKey {
  readonly type: 'drillDown';
  readonly chartId: DrillChart;
  /** 0 = Sunday … 6 = Saturday, in the zone the heatmap shows. */
  readonly weekday?: number;
  readonly hour?: number;
  /** The count the chart showed for what was clicked; null when it showed none. */
  readonly expected: number | null;
}

/** Category key and series key as one, or null when either says "nothing to open". */
export function mergeDrillKeys(drill: ModelDrill, category: number, series: number): DrillKey | null {
  if (!drill.categories && !drill.series) return null;
  const c = drill.categories ? drill.categories[category] : {};
  const s = drill.series ? drill.series[series] : {};
  if (!c || !s) return null;
  return { ...c, ...s };
}
