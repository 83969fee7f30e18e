/**
 * zod schemas for what the NLPearl API returns, and the types inferred from them.
 *
 * Policy (see shared/nlpearl-api.md): unknown fields are ignored; a missing section or a `null`
 * counter becomes `null` ("not provided", never a silent 0); numeric strings become numbers;
 * anything else of the wrong type fails with a message that names the JSON path.
 */
// zod/mini: plain functions instead of methods, so esbuild keeps only what is used. The classic
// API (`import { z } from 'zod'`) pulled every locale and the JSON-schema code into the bundle.
import * as z from 'zod/mini';
import {
  ACCOUNT_STATUS,
  CAMPAIGN_STATUS,
  EVENT_KEYS,
  SENTIMENT_KEYS,
  STATUS_COUNTER_KEYS,
  type EventKey,
  type SentimentKey,
  type StatusCounterKey,
} from './apiKeys';
import { shortenText } from '../shared/cutText';

/** What the API may send for a number as text: "42", " 7 ", "1e-1". */
export const NUMERIC_STRING = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(shortenText(value, 40));
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : String(value);
}

// `z.optional` before each transform: zod 4 treats a key as "may be missing" only when the
// schema's input side says so; without it a missing counter fails as "expected nonoptional".

/** A number that may be missing (→ null) or sent as a numeric string. */
export const nullableNumber = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): number | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && NUMERIC_STRING.test(value)) {
      const parsed = Number(value);
      if (Number.isFinite(parsed)) return parsed;
    }
    return fail(ctx, value, `expected a number, got ${describe(value)}`);
  }),
);
/** Records a custom issue at this value's path; the transform then returns `z.NEVER`. */
export function fail(ctx: z.core.ParsePayload, value: unknown, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: value });
  return z.NEVER;
}

/** A required number (ids, enum codes): numeric strings accepted, missing is an error. */
export const requiredNumber = z.pipe(
  nullableNumber,
  z.transform((value, ctx): number => (value === null ? fail(ctx, value, 'expected a number, got nothing') : value)),
);

/** A date-time string that `Date.parse` understands; kept as sent, so JSON copies stay faithful. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * A date `Date.parse` reads, and whose calendar part exists: V8 quietly rolls "2026-02-30" over to
 * March 2nd, which would draw a bucket on the wrong day. Read digit by digit: a year of timelines
 * checks hundreds of dates per response.
 */
export function isValidDate(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return false;
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return true;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return true; // not a YYYY-MM-DD prefix: Date.parse's word stands
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export const dateString = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): string => {
    if (typeof value === 'string' && isValidDate(value)) return value;
    return fail(ctx, value, `expected a date, got ${describe(value)}`);
  }),
);

/** Free text from the API (names, ids): strings as sent, numbers turned into strings. */
export const text = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return fail(ctx, value, `expected text, got ${describe(value)}`);
  }),
);

export const optionalText = z.pipe(
  z.nullish(text),
  z.transform((v: string | null | undefined) => v ?? null),
);

/** A section may be absent or null: both mean "not provided". */
export function section<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((v: z.output<T> | null | undefined) => (v ?? null) as z.output<T> | null),
  );
}

/** Arrays arrive as arrays; anything else (object, string) is a wrong type with its path. */
export function list<T extends z.ZodMiniType>(item: T) {
  return section(z.array(item, { error: (issue) => `expected a list, got ${describe(issue.input)}` }));
}

export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: (issue) => `expected an object, got ${describe(issue.input)}` });
}

export { EVENT_KEYS, SENTIMENT_KEYS, STATUS_COUNTER_KEYS, type EventKey, type SentimentKey, type StatusCounterKey };

function counters<K extends string>(keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, nullableNumber])) as Record<K, typeof nullableNumber>;
}

export const statusCountsSchema = object(counters(STATUS_COUNTER_KEYS));
export const sentimentCountsSchema = object(counters(SENTIMENT_KEYS));
export const eventCountsSchema = object(counters(EVENT_KEYS));

export const statusBucketSchema = object({ date: dateString, ...counters(STATUS_COUNTER_KEYS) });
export const averageDurationBucketSchema = object({ date: dateString, averageCallDuration: nullableNumber });
export const costBucketSchema = object({ date: dateString, totalPrice: nullableNumber, averageCostPerCall: nullableNumber });
export const successRateBucketSchema = object({ date: dateString, successRatePercentage: nullableNumber });
export const pickupRateBucketSchema = object({ date: dateString, pickupRatePercentage: nullableNumber });

/** Colours arrive as CSS strings or as 0xRRGGBB integers; they are checked later, at display. */
export const labelColor = z.pipe(
  z.optional(z.unknown()),
  z.transform((v): string | number | null => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? v : null)),
);

export const labelCountSchema = object({
  id: text,
  name: optionalText,
  color: labelColor,
  count: nullableNumber,
});

export const hourDayCountSchema = object({
  hourOfDay: requiredNumber,
  dayOfWeek: requiredNumber,
  count: nullableNumber,
});

export const analyticsSchema = object({
  callsStatusOverview: section(statusCountsSchema),
  callsSentimentOverview: section(sentimentCountsSchema),
  callsStatusTimeLine: list(statusBucketSchema),
  callsAverageTimeLine: list(averageDurationBucketSchema),
  callsCostTimeLine: list(costBucketSchema),
  callsSuccessRateTimeLine: list(successRateBucketSchema),
  callsPickupRateTimeLine: list(pickupRateBucketSchema),
  callLabelCount: list(labelCountSchema),
  callEventsCounts: section(eventCountsSchema),
  callsByHourDayOfWeeks: list(hourDayCountSchema),
  callType: nullableNumber,
});

export type StatusCounts = z.output<typeof statusCountsSchema>;
export type SentimentCounts = z.output<typeof sentimentCountsSchema>;
export type EventCounts = z.output<typeof eventCountsSchema>;
export type StatusBucket = z.output<typeof statusBucketSchema>;
export type AverageDurationBucket = z.output<typeof averageDurationBucketSchema>;
export type CostBucket = z.output<typeof costBucketSchema>;
export type SuccessRateBucket = z.output<typeof successRateBucketSchema>;
export type PickupRateBucket = z.output<typeof pickupRateBucketSchema>;
export type LabelCount = z.output<typeof labelCountSchema>;
export type HourDayCount = z.output<typeof hourDayCountSchema>;
/** A validated, normalised analytics response. Every section may be `null` = not provided. */
export type InboundAnalytics = z.output<typeof analyticsSchema>;

export { CAMPAIGN_STATUS, ACCOUNT_STATUS };

export const campaignSummarySchema = object({
  id: text,
  name: optionalText,
  status: nullableNumber,
  type: nullableNumber,
  createdAt: optionalText,
  created: optionalText,
});
/** 'inbound' = v1 Inbound / v2 Pearl type 1; 'outbound' = v1 Outbound / v2 Pearl type 2. */
export type CampaignKind = 'inbound' | 'outbound';
/** A listed campaign with its kind: known from the resource (v1) or the Pearl's `type` (v2), never guessed. */
export type CampaignSummary = z.output<typeof campaignSummarySchema> & { readonly kind: CampaignKind };

export const campaignListSchema = z.array(campaignSummarySchema, {
  error: (issue) => `expected a list of campaigns, got ${describe(issue.input)}`,
});

export const campaignDetailSchema = object({
  id: text,
  name: optionalText,
  status: nullableNumber,
  type: nullableNumber,
  phoneNumber: optionalText,
  totalAgents: nullableNumber,
  totalTodayCalls: nullableNumber,
  totalOngoingCalls: nullableNumber,
  totalOnQueue: nullableNumber,
  budgetConsumed: nullableNumber,
});
export type CampaignDetail = z.output<typeof campaignDetailSchema>;


export const accountSchema = object({
  name: optionalText,
  totalAgents: nullableNumber,
  creditBalance: nullableNumber,
  status: nullableNumber,
});
export type Account = z.output<typeof accountSchema>;

/** ASP.NET problem details, as NLPearl returns with a 400. Every field optional: shapes vary. */
export const problemDetailsSchema = z.looseObject({
  type: z.nullish(z.string()),
  title: z.nullish(z.string()),
  status: z.nullish(z.number()),
  detail: z.nullish(z.string()),
  errors: z.nullish(z.record(z.string(), z.union([z.array(z.string()), z.string()]))),
});

/** `callsStatusTimeLine[3].totalPrice` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(response)';
}

/** The first issue as one readable sentence: `path: message`. */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the response did not match the expected shape';
  return `${formatPath(issue.path)}: ${issue.message}`;
}
