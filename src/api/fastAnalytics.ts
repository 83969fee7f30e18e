/**
 * The analytics body, validated and normalised without zod's per-field pipes: a year of data with
 * a thousand labels is ~20 000 fields, and a pipe per field made validation cost several times the
 * JSON.parse it follows. This path only ever accepts: anything it would not decide the same way as
 * `analyticsSchema` (a wrong type, an odd object) sends the body to zod, which then gives the
 * result and the exact message. test/unit/fastAnalytics.test.ts checks the two agree on many random
 * bodies.
 */
import {
  EVENT_KEYS,
  SENTIMENT_KEYS,
  analyticsSchema,
  isValidDate,
  type HourDayCount,
  type InboundAnalytics,
  type LabelCount,
  type StatusBucket,
  type StatusCounts,
} from './schemas';
import { TO_ZOD, num, row, type Row } from './fastPath';

function requiredNum(value: unknown): number {
  const n = num(value);
  if (n === null) throw TO_ZOD;
  return n;
}

/**
 * The timelines repeat the same days, and Date.parse was half of this path's time: each body
 * keeps the strings it has already found valid.
 */
function dateReader(): (value: unknown) => string {
  const valid = new Set<string>();
  return (value) => {
    if (typeof value === 'string' && (valid.has(value) || (isValidDate(value) && valid.add(value)))) return value;
    throw TO_ZOD;
  };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw TO_ZOD;
}

/** Counters in the schema's key order, so JSON copies of the result keep the same layout. */
function counters<K extends string>(source: Row, keys: readonly K[]): Record<K, number | null> {
  const into: Row = {};
  for (const key of keys) into[key] = num(source[key]);
  return into as Record<K, number | null>;
}

function section<T>(value: unknown, read: (source: Row) => T): T | null {
  return value === null || value === undefined ? null : read(row(value));
}

function list<T>(value: unknown, read: (source: Row) => T): T[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw TO_ZOD;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(read(row(value[i])));
  return out;
}

// Object literals, not loops over the key lists: V8 builds them with one fixed shape, which made
// the year-long status timeline (13 fields a day) markedly cheaper.
const statusCounts = (r: Row): StatusCounts => ({
  totalCalls: num(r.totalCalls),
  totalLeads: num(r.totalLeads),
  needRetry: num(r.needRetry),
  wrongCountryCode: num(r.wrongCountryCode),
  needFollowUp: num(r.needFollowUp),
  voiceMailLeft: num(r.voiceMailLeft),
  successful: num(r.successful),
  unsuccessful: num(r.unsuccessful),
  wrongNumber: num(r.wrongNumber),
  completed: num(r.completed),
  unreachable: num(r.unreachable),
  error: num(r.error),
});

const statusBucket = (r: Row, date: string): StatusBucket => ({
  date,
  totalCalls: num(r.totalCalls),
  totalLeads: num(r.totalLeads),
  needRetry: num(r.needRetry),
  wrongCountryCode: num(r.wrongCountryCode),
  needFollowUp: num(r.needFollowUp),
  voiceMailLeft: num(r.voiceMailLeft),
  successful: num(r.successful),
  unsuccessful: num(r.unsuccessful),
  wrongNumber: num(r.wrongNumber),
  completed: num(r.completed),
  unreachable: num(r.unreachable),
  error: num(r.error),
});

const label = (r: Row): LabelCount => {
  const color = r.color;
  return {
    id: text(r.id),
    name: r.name === null || r.name === undefined ? null : text(r.name),
    color: typeof color === 'string' || (typeof color === 'number' && Number.isFinite(color)) ? color : null,
    count: num(r.count),
  };
};

const hourDay = (r: Row): HourDayCount => ({ hourOfDay: requiredNum(r.hourOfDay), dayOfWeek: requiredNum(r.dayOfWeek), count: num(r.count) });

function read(body: Row): InboundAnalytics {
  const date = dateReader();
  return {
    callsStatusOverview: section(body.callsStatusOverview, statusCounts),
    callsSentimentOverview: section(body.callsSentimentOverview, (r) => counters(r, SENTIMENT_KEYS)),
    callsStatusTimeLine: list(body.callsStatusTimeLine, (r) => statusBucket(r, date(r.date))),
    callsAverageTimeLine: list(body.callsAverageTimeLine, (r) => ({ date: date(r.date), averageCallDuration: num(r.averageCallDuration) })),
    callsCostTimeLine: list(body.callsCostTimeLine, (r) => ({ date: date(r.date), totalPrice: num(r.totalPrice), averageCostPerCall: num(r.averageCostPerCall) })),
    callsSuccessRateTimeLine: list(body.callsSuccessRateTimeLine, (r) => ({ date: date(r.date), successRatePercentage: num(r.successRatePercentage) })),
    callsPickupRateTimeLine: list(body.callsPickupRateTimeLine, (r) => ({ date: date(r.date), pickupRatePercentage: num(r.pickupRatePercentage) })),
    callLabelCount: list(body.callLabelCount, label),
    callEventsCounts: section(body.callEventsCounts, (r) => counters(r, EVENT_KEYS)),
    callsByHourDayOfWeeks: list(body.callsByHourDayOfWeeks, hourDay),
    callType: num(body.callType),
  };
}

/** The fast path's result, or undefined when zod must decide. */
export function readAnalyticsFast(json: unknown): InboundAnalytics | undefined {
  try {
    return read(row(json));
  } catch (error) {
    if (error === TO_ZOD) return undefined;
    throw error;
  }
}

/** `analyticsSchema.safeParse`, the same result, faster on the bodies the API really sends. */
export function safeParseAnalytics(json: unknown): ReturnType<typeof analyticsSchema.safeParse> {
  const fast = readAnalyticsFast(json);
  return fast ? { success: true, data: fast } : analyticsSchema.safeParse(json);
}
