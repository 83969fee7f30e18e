/**
 * The period a range is compared with, like with like, in the user's time zone:
 * - a period still running (today, the last N days, this month) with the same elapsed part of the
 *   one before: today until 11:00 against yesterday until 11:00, 1–12 March against 1–12 February;
 * - a finished calendar period (yesterday, last month, whole custom days) with the calendar period
 *   before it, counted in local days, so a DST day (23 or 25 hours) is still "the day before";
 * - anything else (arbitrary instants from a command argument) with the same length just before.
 * Pure: local-time Date arithmetic only, so tests pin the zone with TZ.
 */
import { previousPeriod, type DateRange, type RangePreset } from './range';

/** What the comparison covers, for "vs yesterday until 11:00"; `until` is an ISO instant. */
export type ComparisonLabel =
  | { readonly kind: 'yesterdayUntil'; readonly until: string }
  | { readonly kind: 'dayBefore' }
  | { readonly kind: 'previousDaysUntil'; readonly days: number; readonly until: string }
  | { readonly kind: 'sameDaysLastMonth'; readonly until: string }
  | { readonly kind: 'monthBefore' }
  | { readonly kind: 'previousDays'; readonly days: number }
  | { readonly kind: 'sameLength' };

export interface Comparison {
  readonly range: DateRange;
  readonly label: ComparisonLabel;
}

/** `n` local calendar days later (or earlier), at the same wall-clock time. */
function shiftDays(date: Date, n: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
}

function isLocalMidnight(date: Date): boolean {
  return date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0;
}

/** Local calendar days from `from` (a midnight) to the midnight after `lastMs`. */
function localDays(from: Date, lastMs: number): number {
  const next = new Date(lastMs + 1);
  return Math.round((Date.UTC(next.getFullYear(), next.getMonth(), next.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000);
}

const LAST_N: Partial<Record<RangePreset, number>> = { last7: 7, last30: 30, last90: 90 };

function iso(from: Date, to: Date): DateRange {
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * The comparison for a range (and the preset it came from, when it did); undefined when the range
 * is not a valid one. A preset's range is read as computed (its end is the "now" it was made at).
 */
export function comparisonPeriod(range: DateRange & { readonly preset?: RangePreset }): Comparison | undefined {
  const fromMs = Date.parse(range.from);
  const toMs = Date.parse(range.to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || fromMs >= toMs) return undefined;
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const endsAtMidnight = isLocalMidnight(new Date(toMs + 1));
  if (!isLocalMidnight(from)) return { range: previousPeriod(range), label: { kind: 'sameLength' } };
  const preset = range.preset;

  if (preset === 'today') {
    const until = shiftDays(to, -1);
    return { range: iso(shiftDays(from, -1), until), label: { kind: 'yesterdayUntil', until: until.toISOString() } };
  }
  const days = preset ? LAST_N[preset] : undefined;
  if (days !== undefined) {
    const until = shiftDays(to, -days);
    return { range: iso(shiftDays(from, -days), until), label: { kind: 'previousDaysUntil', days, until: until.toISOString() } };
  }
  if (preset === 'thisMonth') {
    const first = new Date(from.getFullYear(), from.getMonth() - 1, 1);
    const sameDay = new Date(first.getFullYear(), first.getMonth(), to.getDate(), to.getHours(), to.getMinutes(), to.getSeconds(), to.getMilliseconds());
    // 31 March so far against February: all of February, not the 3rd of March.
    const until = sameDay.getMonth() === first.getMonth() ? sameDay : new Date(fromMs - 1);
    return { range: iso(first, until), label: { kind: 'sameDaysLastMonth', until: until.toISOString() } };
  }
  if (preset === 'lastMonth' && endsAtMidnight) {
    return { range: iso(new Date(from.getFullYear(), from.getMonth() - 1, 1), new Date(fromMs - 1)), label: { kind: 'monthBefore' } };
  }
  if (endsAtMidnight) {
    // Whole local days (yesterday, or a custom range picked by dates): the same number of days before.
    const count = localDays(from, toMs);
    const label: ComparisonLabel = count === 1 ? { kind: 'dayBefore' } : { kind: 'previousDays', days: count };
    return { range: iso(shiftDays(from, -count), new Date(fromMs - 1)), label };
  }
  return { range: previousPeriod(range), label: { kind: 'sameLength' } };
}
