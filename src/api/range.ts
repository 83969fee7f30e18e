/**
 * Date ranges: presets computed in the user's local time zone, sent as UTC `Z` strings; the
 * 90-day rule; splitting a long range into windows the API accepts.
 */

import { RANGE_PRESETS, type RangePreset } from '../shared/vocabulary';
import { l10nMark as l10n } from '../shared/l10nMark';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** NLPearl refuses a range longer than 90 days; be strict: `to - from <= 90 * 24 h`. */
export const MAX_RANGE_MS = 90 * DAY_MS;

export { RANGE_PRESETS, type RangePreset } from '../shared/vocabulary';

/** A range as ISO 8601 UTC strings: serialisable, and what the API takes. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** English; shown through vscode.l10n.t (`l10n.t` here only marks them for the bundle). */
export const PRESET_LABELS: Record<RangePreset, string> = {
  today: l10n.t('Today'),
  yesterday: l10n.t('Yesterday'),
  last7: l10n.t('Last 7 days'),
  last30: l10n.t('Last 30 days'),
  last90: l10n.t('Last 90 days'),
  thisMonth: l10n.t('This month'),
  lastMonth: l10n.t('Last month'),
};

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

/** Why a range cannot be sent at all, or undefined when it is well formed (length not checked). */
export function rangeProblem(value: DateRange): string | undefined {
  const from = Date.parse(value.from);
  const to = Date.parse(value.to);
  if (Number.isNaN(from)) return `The start date "${value.from}" is not a valid date.`;
  if (Number.isNaN(to)) return `The end date "${value.to}" is not a valid date.`;
  if (from >= to) return 'The start of the range must be before its end.';
  return undefined;
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
