/** The zod schema of the webview's `drillDown` message (untrusted: parsed on the host before use). */
import * as z from 'zod/mini';
import { OVERVIEW_KEY_OUTCOME, type OverviewOutcomeKey } from './callStatus';
import { DRILL_CHARTS } from './vocabulary';
import { isoDate } from './isoDate';

// Only the overview keys with a documented outcome code (the webview bundle does not carry this table).
const OVERVIEW_OUTCOME_KEYS = Object.keys(OVERVIEW_KEY_OUTCOME) as [OverviewOutcomeKey, ...OverviewOutcomeKey[]];

/** Label ids are API text: bounded, no control characters (a log line must not be forged with one). */
const labelId = z.string().check(z.minLength(1), z.maxLength(100), z.refine((v) => ![...v].some((c) => c < ' ' || c === '\u007f'), 'no control characters'));

export const drillDownMessageSchema = z
  .strictObject({
    type: z.literal('drillDown'),
    chartId: z.enum(DRILL_CHARTS),
    status: z.optional(z.enum(OVERVIEW_OUTCOME_KEYS)),
    label: z.optional(labelId),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
    weekday: z.optional(z.int().check(z.gte(0), z.lte(6))),
    hour: z.optional(z.int().check(z.gte(0), z.lte(23))),
    expected: z.nullable(z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER))),
  })
  .check(
    z.refine((m) => (m.from === undefined) === (m.to === undefined) && (m.from === undefined || Date.parse(m.from) < Date.parse(m.to ?? '')), 'from and to come together, from first'),
    z.refine((m) => (m.weekday === undefined) === (m.hour === undefined), 'weekday and hour come together'),
    z.refine((m) => (m.chartId === 'callsByHourDayOfWeeks') === (m.weekday !== undefined), 'a heatmap cell, and only that, has a weekday and hour'),
  );
