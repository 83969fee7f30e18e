/**
 * zod schemas for call search and call detail, under the analytics policy (schemas.ts): a missing
 * field is `null` (not provided, never 0), numeric strings are numbers, extra fields are ignored,
 * a wrong type fails with its JSON path.
 */
import * as z from 'zod/mini';
import { dateString, describe, fail, list, nullableNumber, object, optionalText, section, text } from './schemas';

/**
 * A tag as the search or the detail sends it. Its shape is not documented: a bare id or name
 * (string or number) or an object `{ id, name, color }`. Kept as id + name, either may be null.
 */
export const callTagSchema = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): { id: string | null; name: string | null } => {
    if (typeof value === 'string') return { id: value, name: null };
    if (typeof value === 'number' && Number.isFinite(value)) return { id: String(value), name: null };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const id = scalarText(record.id ?? record._id);
      const name = scalarText(record.name ?? record.label);
      if (id !== null || name !== null) return { id, name };
    }
    return fail(ctx, value, `expected a tag, got ${describe(value)}`);
  }),
);
export type CallTag = z.output<typeof callTagSchema>;

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

const optionalDate = section(dateString);

/** A value of collected info: any JSON the agent stored, shown as text. */
const infoValue = z.pipe(
  z.optional(z.unknown()),
  z.transform((value): string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  }),
);

/** `true`/`false`, or their text; anything else is "not provided". */
const optionalBoolean = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): boolean | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    return fail(ctx, value, `expected true or false, got ${describe(value)}`);
  }),
);

/**
 * A transcript timestamp: seconds from the call's start (a number) or a date-time (a string).
 * Which one NLPearl sends is not documented, so both are kept as sent.
 */
const transcriptTime = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, ctx): number | string | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string') return value;
    return fail(ctx, value, `expected a time, got ${describe(value)}`);
  }),
);

export const callSummarySchema = object({
  id: text,
  startTime: optionalDate,
  conversationStatus: nullableNumber,
  status: nullableNumber,
  from: optionalText,
  to: optionalText,
  duration: nullableNumber,
  tags: list(callTagSchema),
});
export type CallSummary = z.output<typeof callSummarySchema>;

export const callSearchSchema = object({
  count: nullableNumber,
  results: list(callSummarySchema),
});
export type CallSearchPage = z.output<typeof callSearchSchema>;

export const transcriptLineSchema = object({
  role: nullableNumber,
  content: optionalText,
  startTime: transcriptTime,
  endTime: transcriptTime,
});
export type TranscriptLine = z.output<typeof transcriptLineSchema>;

export const collectedInfoSchema = object({ id: optionalText, name: optionalText, value: infoValue });
export type CollectedInfo = z.output<typeof collectedInfoSchema>;

export const callDetailSchema = object({
  id: text,
  pearlId: optionalText,
  relatedId: optionalText,
  startTime: optionalDate,
  conversationStatus: nullableNumber,
  status: nullableNumber,
  from: optionalText,
  to: optionalText,
  name: optionalText,
  duration: nullableNumber,
  recording: optionalText,
  transcript: list(transcriptLineSchema),
  summary: optionalText,
  collectedInfo: list(collectedInfoSchema),
  tags: list(callTagSchema),
  isCallTransferred: optionalBoolean,
  overallSentiment: nullableNumber,
});
export type CallDetail = z.output<typeof callDetailSchema>;
