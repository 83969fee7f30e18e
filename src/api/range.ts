/**
 * Date ranges: presets computed in the user's local time zone, sent as UTC `Z` strings; the
 * 90-day rule; splitting a long range into windows the API accepts.
 */

import { RANGE_PRESETS, type RangePreset } from '../shared/vocabulary';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** NLPearl refuses a range longer than 90 days; be strict: `to - from <= 90 * 24 h`. */
export const MAX_RANGE_MS = 90 * DAY_MS;

export { RANGE_PRESETS, type RangePreset } from '../shared/vocabulary';

/** A range as ISO 8601 UTC strings: serialisable, and what the API takes. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export { PRESET_LABELS } from '../shared/vocabulary';

export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (RANGE_PRESETS as readonly string[]).includes(value);
}

function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addLocalDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function range(from: Date, to: Date): DateRange {
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The preset's range at `now`, in local time. Ends are inclusive; past days end at 23:59:59.999. */
export function rangeForPreset(preset: RangePreset, now: Date = new Date()): DateRange {
  const today = startOfLocalDay(now);
  const endOf = (day: Date) => new Date(addLocalDays(day, 1).getTime() - 1);
  switch (preset) {
    case 'today':
      return range(today, now);
    case 'yesterday':
      return range(addLocalDays(today, -1), endOf(addLocalDays(today, -1)));
    case 'last7':
      return range(addLocalDays(today, -6), now);
    case 'last30':
      return range(addLocalDays(today, -29), now);
    case 'last90':
      return range(addLocalDays(today, -89), now);
    case 'thisMonth':
      return range(new Date(now.getFullYear(), now.getMonth(), 1), now);
    case 'lastMonth': {
      const first = new Date(now.getFullYear(), now.getMonth() - 1, 1);
      return range(first, new Date(new Date(now.getFullYear(), now.getMonth(), 1).getTime() - 1));
    }
  }
}

/**
 * NLPearl did not exist before 2015: an earlier date is a typo or a hostile argument. A day of
 * slack, so 1 January 2015 at local midnight passes in every time zone (UTC+14 included).
 */
export const EARLIEST_DATE_MS = Date.UTC(2014, 11, 31);
/** How far ahead a range may end: "next month" is fine, the year 9999 is not. */
export const LATEST_AHEAD_MS = 366 * DAY_MS;
/** 3 years = 13 windows of 90 days: a longer range would be a flood of requests, not a chart. */
export const MAX_WINDOWS = 13;
export const MAX_TOTAL_RANGE_MS = 3 * 365 * DAY_MS + DAY_MS;

export type RangeIssue = 'badStart' | 'badEnd' | 'order' | 'tooEarly' | 'tooLate' | 'tooLong';

/** Why a range cannot be asked for at all (90-day splitting aside), as a code the UI can word. */
export function rangeIssue(value: DateRange, now: number = Date.now()): RangeIssue | undefined {
  const from = Date.parse(value.from);
  const to = Date.parse(value.to);
  if (Number.isNaN(from)) return 'badStart';
  if (Number.isNaN(to)) return 'badEnd';
  if (from >= to) return 'order';
  if (from < EARLIEST_DATE_MS) return 'tooEarly';
  if (to > now + LATEST_AHEAD_MS) return 'tooLate';
  if (to - from > MAX_TOTAL_RANGE_MS) return 'tooLong';
  return undefined;
}

/** The issue as a sentence, for errors raised below the UI (the API client, command arguments). */
export function rangeProblem(value: DateRange, now: number = Date.now()): string | undefined {
  switch (rangeIssue(value, now)) {
    case undefined:
      return undefined;
    case 'badStart':
      return `The start date "${value.from}" is not a valid date.`;
    case 'badEnd':
      return `The end date "${value.to}" is not a valid date.`;
    case 'order':
      return 'The start of the range must be before its end.';
    case 'tooEarly':
      return 'Dates before 1 January 2015 are not accepted: pick a later start date.';
    case 'tooLate':
      return 'Dates more than a year from now are not accepted: pick an earlier end date.';
    case 'tooLong':
      return `The range is longer than 3 years (more than ${MAX_WINDOWS} requests of 90 days): pick a shorter range.`;
  }
}

export function rangeLengthMs(value: DateRange): number {
  return Date.parse(value.to) - Date.parse(value.from);
}

export function fitsOneRequest(value: DateRange): boolean {
  return rangeLengthMs(value) <= MAX_RANGE_MS;
}

/**
 * Consecutive windows of at most 90 days that cover the range without overlap: each window after
 * the first starts 1 ms after the previous one ends, so no call is counted twice.
 */
export function splitRange(value: DateRange, maxMs: number = MAX_RANGE_MS): DateRange[] {
  const from = Date.parse(value.from);
  const to = Date.parse(value.to);
  const windows: DateRange[] = [];
  let start = from;
  while (to - start > maxMs) {
    const end = start + maxMs;
    windows.push(range(new Date(start), new Date(end)));
    start = end + 1;
  }
  // A remainder of 0 ms would be a window with from === to, which is not a valid range: take its
  // last millisecond from the previous window instead.
  if (start === to && windows.length > 0) {
    const previous = windows.pop() as DateRange;
    windows.push(range(new Date(previous.from), new Date(to - 2)));
    start = to - 1;
  }
  windows.push(range(new Date(start), new Date(to)));
  return windows;
}

/** The period of the same length just before the range, for deltas. */
export function previousPeriod(value: DateRange): DateRange {
  const from = Date.parse(value.from);
  const length = rangeLengthMs(value);
  return range(new Date(from - length - 1), new Date(from - 1));
}

/** Parses a user-typed date (YYYY-MM-DD as local midnight, or any ISO date-time). */
export function parseUserDate(input: string, endOfDay = false): Date | undefined {
  const trimmed = input.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (dateOnly) {
    const [y, m, d] = [Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])];
    const date = new Date(y, m, d);
    if (date.getFullYear() !== y || date.getMonth() !== m || date.getDate() !== d) return undefined;
    return endOfDay ? new Date(new Date(y, m, d + 1).getTime() - 1) : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) return undefined;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}

/** "12 Mar 2026 – 10 Apr 2026" in the user's locale, for a custom range's label. */
export function describeRange(value: DateRange, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return `${format.format(new Date(value.from))} – ${format.format(new Date(value.to))}`;
}
