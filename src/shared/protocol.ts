/**
 * Every message between the dashboard host and its webview, defined once. Both sides import this
 * file; it imports neither side (only zod and the shared vocabulary). The webview imports it with `import type`, so zod stays
 * out of the webview bundle: the host is trusted, the webview is not, and only the host parses.
 */
// zod/mini (like src/api/schemas.ts): functions instead of methods, so the host bundle keeps only what is used.
import * as z from 'zod/mini';
import { isPlainSafe, MAX_PNG_DATA_URL_LENGTH, MAX_STRING_LENGTH } from './plainValue';
import type { ModelDrill } from './drill';
import { drillDownMessageSchema } from './drillSchema';
import { isoDate } from './isoDate';
import { renderedMessageSchema } from './renderPhases';
import { ANALYTICS_SECTIONS, FIX_ACTIONS, RANGE_PRESETS, WEBVIEW_ACTIONS, type AnalyticsSection } from './vocabulary';

// Shared vocabulary. The sections and presets are the vocabulary's (written once there), re-exported for both sides.
export { FORBIDDEN_KEYS, MAX_PNG_DATA_URL_LENGTH, MAX_STRING_LENGTH } from './plainValue';
export type { DrillChart, DrillDownRequest, DrillKey, DrillRow, ModelDrill } from './drill';
export { ANALYTICS_SECTIONS, RANGE_PRESETS, type AnalyticsSection, type FixAction, type RangePreset, type WebviewAction } from './vocabulary';

export interface RangeDto {
  readonly from: string;
  readonly to: string;
}

// ---------------------------------------------------------------------------------------------
// The view model (built by src/analytics on the host, drawn by the webview)
// ---------------------------------------------------------------------------------------------

/** 'thin': not compared, the previous period had too few calls (src/analytics/deltaReference.ts). */
export type DeltaDirection = 'up' | 'down' | 'flat' | 'new' | 'unknown' | 'thin';
/** Whether a change is good for that figure (lower cost = good); the arrow keeps the direction. */
export type DeltaTone = 'good' | 'bad' | 'neutral';

export interface ModelDelta {
  readonly direction: DeltaDirection;
  /** "▲ 12 %", "▼ 3.1 pp", "new", "—" */
  readonly text: string;
  /** Spoken form for screen readers: "up 12 % against the previous period". */
  readonly description: string;
}

export type KpiId = 'totalCalls' | 'successRate' | 'averageDuration' | 'totalCost' | 'sentiment' | 'topLabel';

export interface ModelKpi {
  readonly id: KpiId;
  readonly label: string;
  /** The raw number, or null when unknown / not applicable. */
  readonly value: number | null;
  /** What the card shows: formatted value, "—", or a word such as "No success definition". */
  readonly text: string;
  /** A second line, e.g. "0.42 credits per call". */
  readonly detail: string | null;
  readonly delta: ModelDelta;
  /** How the figure is defined (the card's tooltip). */
  readonly tooltip: string;
  /** Colour of the delta; absent = neutral. */
  readonly tone?: DeltaTone;
  /** What the delta compares with: "vs Mar 1 – 30, 2026: 1,987"; null/absent without a previous period. */
  readonly reference?: string | null;
}

/** Semantic colours, resolved to `--vscode-charts-*` by the webview theme. */
export type ColorRole = 'blue' | 'green' | 'red' | 'yellow' | 'orange' | 'purple' | 'grey' | 'foreground';
export type ValueFormat = 'count' | 'duration' | 'percent' | 'cost';
export type ChartKind = 'bar' | 'doughnut' | 'stacked' | 'line' | 'barLine' | 'horizontalBar' | 'heatmap';

export interface ModelSeries {
  readonly id: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** The values formatted for tooltips, same length as `values`. */
  readonly texts: readonly string[];
  readonly color: ColorRole;
  /** Per-point colours that passed the colour check (labels); null = use the palette. */
  readonly pointColors: readonly (string | null)[] | null;
  /** Per-point semantic colours (one bar per status); wins over `color` when set. */
  readonly pointRoles: readonly ColorRole[] | null;
  readonly type: 'bar' | 'line';
  readonly axis: 'y' | 'y2';
  readonly format: ValueFormat;
  /** Drawn dashed: the previous period laid over this range. */
  readonly dashed?: boolean;
}

export interface ModelTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ModelHeatmap {
  /** Weekday names, Sunday first. */
  readonly rows: readonly string[];
  /** "0" … "23" */
  readonly columns: readonly string[];
  /** counts[day][hour] */
  readonly counts: readonly (readonly number[])[];
  readonly max: number;
  /** The zone the hours are in ("UTC", "America/New_York"); absent = UTC. */
  readonly zone?: string;
}

export interface ModelChart {
  readonly id: AnalyticsSection;
  readonly title: string;
  readonly kind: ChartKind;
  /** Bars run left to right (labels, sentiment). */
  readonly horizontal: boolean;
  /** false when the API did not send this section at all. */
  readonly provided: boolean;
  /** true when provided but there is nothing to draw. */
  readonly empty: boolean;
  /** x labels (formatted dates, status names…). */
  readonly categories: readonly string[];
  /** Bucket start times (ms) for date-based charts; lines use them on a linear axis (decimation). */
  readonly times: readonly number[] | null;
  readonly series: readonly ModelSeries[];
  readonly axes: { readonly x: string; readonly y: string; readonly y2: string | null };
  readonly yFormat: ValueFormat;
  readonly y2Format: ValueFormat | null;
  /** 100 for percentage charts. */
  readonly yMax: number | null;
  /** Assumptions and dropped data, shown under the chart. */
  readonly notes: readonly string[];
  /** Text alternative for the canvas. */
  readonly summary: string;
  readonly table: ModelTable;
  readonly heatmap: ModelHeatmap | null;
  /** The bucket of a date-based chart when it is not the API's day (long ranges); absent = day. */
  readonly bucket?: BucketSize;
  /** What a click opens (drill-down to the calls); absent = nothing. */
  readonly drill?: ModelDrill;
}

/** Date buckets of the timelines: the API's days, or weeks / months for long ranges. */
export type BucketSize = 'day' | 'week' | 'month';

/** Above ~120 days: the same timeline charts in weekly and monthly buckets, for the dashboard's toggle. */
export interface ModelBuckets {
  readonly sizes: readonly BucketSize[];
  readonly week: readonly ModelChart[];
  readonly month: readonly ModelChart[];
}

export interface DashboardModel {
  readonly kpis: readonly ModelKpi[];
  readonly charts: readonly ModelChart[];
  /** Dashboard-wide notes ("Not provided by the API: …"). */
  readonly notes: readonly string[];
  /** true when the range has no calls at all. */
  readonly empty: boolean;
  /** The currency label in use ("credits" when the setting is empty). */
  readonly currency: string;
  /** BCP 47 locale used for the formatted texts. */
  readonly locale: string;
  /** Weekly and monthly versions of the timelines; absent for ranges up to ~120 days. */
  readonly buckets?: ModelBuckets;
  /** The previous period's line per daily line chart, for the "vs previous period" toggle; absent without one. */
  readonly previousOverlay?: Partial<Record<AnalyticsSection, ModelSeries>>;
}

// Webview strings: the table lives in webviewStrings.ts (every visible string of the webview, host-translated)
export { WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStrings } from './webviewStrings';

// ---------------------------------------------------------------------------------------------
// host → webview (trusted; schemas document and test them, the webview does not re-parse)
// ---------------------------------------------------------------------------------------------

const rangeSchema = z.strictObject({ from: z.string(), to: z.string() });
export const presetSchema = z.enum(RANGE_PRESETS);

export const initMessageSchema = z.strictObject({
  type: z.literal('init'),
  strings: z.record(z.string(), z.string()),
  campaign: z.strictObject({ id: z.string(), name: z.string(), status: z.nullable(z.string()) }),
  range: rangeSchema,
  preset: z.nullable(presetSchema),
  isDemo: z.boolean(),
  settings: z.strictObject({ currencyLabel: z.string(), autoRefreshMinutes: z.number() }),
  locale: z.string(),
});

export const loadingMessageSchema = z.strictObject({
  type: z.literal('loading'),
  requestId: z.int(),
  range: rangeSchema,
  preset: z.nullable(presetSchema),
  /** How many ≤ 90-day requests the range needs. */
  windows: z.int(),
  /** The host holds nothing for this panel (first load, or demo mode, account or base URL changed): drop what is shown. */
  clear: z.optional(z.boolean()),
});

export const dataMessageSchema = z.strictObject({
  type: z.literal('data'),
  requestId: z.int(),
  model: z.custom<DashboardModel>((v) => typeof v === 'object' && v !== null),
  fetchedAt: z.number(),
  stale: z.literal(false),
  windows: z.int(),
  range: rangeSchema,
  preset: z.nullable(presetSchema),
  /** What the deltas compare with, e.g. "vs yesterday until 11:00"; absent without a comparison. */
  comparison: z.optional(z.string()),
});

export const errorMessageSchema = z.strictObject({
  type: z.literal('error'),
  requestId: z.int(),
  kind: z.string(),
  message: z.string(),
  action: z.enum(FIX_ACTIONS),
  retryAfterSeconds: z.optional(z.number()),
  /** true: the last data stays on screen, marked stale. */
  stale: z.boolean(),
  /** When the kept data was fetched (ms), for the stale banner. */
  fetchedAt: z.nullable(z.number()),
});

/** The host asks for a chart's PNG (export command used by automation); answered by exportPng. */
export const requestPngMessageSchema = z.strictObject({
  type: z.literal('requestPng'),
  chartId: z.enum(ANALYTICS_SECTIONS),
  exportId: z.int(),
});

export const exportResultMessageSchema = z.strictObject({
  type: z.literal('exportResult'),
  ok: z.boolean(),
  message: z.string(),
});

export const hostMessageSchema = z.discriminatedUnion('type', [
  initMessageSchema,
  loadingMessageSchema,
  dataMessageSchema,
  errorMessageSchema,
  requestPngMessageSchema,
  exportResultMessageSchema,
]);
export type HostMessage = z.output<typeof hostMessageSchema>;
export type InitMessage = z.output<typeof initMessageSchema>;
export type LoadingMessage = z.output<typeof loadingMessageSchema>;
export type DataMessage = z.output<typeof dataMessageSchema>;
export type ErrorMessage = z.output<typeof errorMessageSchema>;
export type RequestPngMessage = z.output<typeof requestPngMessageSchema>;

// ---------------------------------------------------------------------------------------------
// webview → host (untrusted: parsed here before use)
// ---------------------------------------------------------------------------------------------

const PNG_PREFIX = 'data:image/png;base64,';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export { isoDate };

// A plain union: `setRange` comes in two shapes ({preset} or {from, to}), which a discriminated union cannot hold.
export const webviewMessageSchema = z.union([
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('setRange'), preset: presetSchema }),
  z
    .strictObject({ type: z.literal('setRange'), from: isoDate, to: isoDate })
    .check(z.refine((m) => Date.parse(m.from) < Date.parse(m.to), 'from must be before to')),
  z.strictObject({ type: z.literal('refresh') }),
  z.strictObject({ type: z.literal('openJson') }),
  z.strictObject({ type: z.literal('copyJson') }),
  z.strictObject({
    type: z.literal('exportPng'),
    chartId: z.enum(ANALYTICS_SECTIONS),
    dataUrl: z.string().check(
      z.maxLength(MAX_PNG_DATA_URL_LENGTH),
      z.refine((v) => v.startsWith(PNG_PREFIX) && BASE64.test(v.slice(PNG_PREFIX.length)), 'expected a PNG data URL'),
    ),
    /** Set when answering the host's requestPng. */
    exportId: z.optional(z.int().check(z.nonnegative())),
  }),
  z.strictObject({ type: z.literal('exportCsv'), sectionId: z.enum(ANALYTICS_SECTIONS) }),
  /** "Export all": one CSV with every section, through the host's save dialog. */
  z.strictObject({ type: z.literal('exportAllCsv') }),
  z.strictObject({ type: z.literal('action'), action: z.enum(WEBVIEW_ACTIONS) }),
  renderedMessageSchema,
  drillDownMessageSchema,
  z.strictObject({ type: z.literal('log'), level: z.enum(['info', 'warn', 'error']), message: z.string().check(z.maxLength(MAX_STRING_LENGTH)) }),
]);
export type WebviewMessage = z.output<typeof webviewMessageSchema>;
/** What a CSV export covers: one section, or every section in one file. */
export type CsvExportTarget = AnalyticsSection | 'all';
export type WebviewMessageType = WebviewMessage['type'];

/** The typed message, or null for anything else. Never throws. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | null {
  try {
    if (!isPlainSafe(raw) || raw === null || typeof raw !== 'object') return null;
    const result = webviewMessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
