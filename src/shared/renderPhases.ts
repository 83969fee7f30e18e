/**
 * The webview's report of a first complete render, with where its time went (the benchmark's breakdown of a
 * dashboard open). Phases are milliseconds on the webview's own clock (since its page's time origin), so they
 * compare with each other, not with the host's clock.
 */
import * as z from 'zod/mini';

export const RENDER_PHASES = [
  /** The page's HTML delivered (navigation entry's responseEnd). */
  'html',
  /** dist/webview.js downloaded (its resource entry's responseEnd). */
  'scriptLoaded',
  /** The bundle starts to run: parsed and compiled. */
  'scriptStart',
  /** Chart.js and the UI components evaluated, the custom elements defined: the app's own code starts. */
  'modulesReady',
  /** The first data message arrives. */
  'data',
  /** KPI cards and chart cards built into the page (no chart drawn yet). */
  'dom',
  /** The charts in view drawn by Chart.js (after the frame that painted the KPI figures). */
  'chartsInView',
  /** Two frames later: painted — what `ms` reports. */
  'rendered',
  /** The document's fonts loaded (may come after the render). */
  'fonts',
] as const;
export type RenderPhase = (typeof RENDER_PHASES)[number];
export type RenderPhases = Partial<Record<RenderPhase, number>>;

const milliseconds = z.number().check(z.nonnegative(), z.maximum(3_600_000));

export const renderedMessageSchema = z.strictObject({
  type: z.literal('rendered'),
  requestId: z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER)),
  ms: milliseconds,
  phases: z.optional(z.partialRecord(z.enum(RENDER_PHASES), milliseconds)),
});
