/**
 * Turning the API's loose lists into something drawable: sorted by date, gaps tolerated, the
 * weekday base detected, out-of-range cells dropped. (Rate scales: rateCharts.ts.)
 */
import { parseApiDate } from '../api/dates';
import type { HourDayCount } from '../api/schemas';
import { isShowableNumber } from './format';
import type { WeekdayBase } from './options';

export interface Dated<T> {
  readonly time: number;
  readonly item: T;
}

/** Entries with a parseable date, oldest first (stable for equal dates). */
export function sortByDate<T extends { readonly date: string }>(items: readonly T[] | null): Dated<T>[] {
  if (!items) return [];
  return items
    .map((item, index) => ({ time: parseApiDate(item.date), item, index }))
    .filter((e) => Number.isFinite(e.time))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ time, item }) => ({ time, item }));
}

/** Sum of the finite values, or null when there is none. */
export function sumOrNull(values: Iterable<number | null | undefined>): number | null {
  let sum = 0;
  let any = false;
  for (const v of values) {
    if (isShowableNumber(v)) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

export interface WeekGrid {
  /** counts[day][hour], day 0 = Sunday. */
  readonly counts: number[][];
  /** true when the data was read as 1 = Sunday … 7 = Saturday. */
  readonly oneBased: boolean;
  /**
   * Why that base: a 7 or a 0 in the data, the setting, or neither (then the base cannot be told:
   * 1-based data without Saturday calls looks exactly like 0-based data without Sunday calls).
   */
  readonly baseFrom: 'seven' | 'zero' | 'setting' | 'unknown';
  /** Entries left out: hour outside 0–23, day outside the week, or no usable count. */
  readonly dropped: number;
  readonly total: number;
}

/** The base the data shows: 1-based if any dayOfWeek is 7, 0-based if any is 0, null when neither appears. */
export function detectWeekdayBase(entries: readonly HourDayCount[] | null): 'sunday0' | 'sunday1' | null {
  let zero = false;
  for (const e of entries ?? []) {
    if (e.dayOfWeek === 7) return 'sunday1';
    if (e.dayOfWeek === 0) zero = true;
  }
  return zero ? 'sunday0' : null;
}

export function weekGrid(entries: readonly HourDayCount[] | null, setting: WeekdayBase = 'auto'): WeekGrid {
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const detected = detectWeekdayBase(entries);
  const oneBased = setting === 'auto' ? detected === 'sunday1' : setting === 'sunday1';
  const baseFrom = setting !== 'auto' ? 'setting' : detected === 'sunday1' ? 'seven' : detected === 'sunday0' ? 'zero' : 'unknown';
  let dropped = 0;
  let total = 0;
  for (const e of entries ?? []) {
    const day = e.dayOfWeek - (oneBased ? 1 : 0);
    const hour = e.hourOfDay;
    const count = e.count;
    if (!Number.isInteger(day) || day < 0 || day > 6 || !Number.isInteger(hour) || hour < 0 || hour > 23 || !isShowableNumber(count) || count < 0) {
      dropped++;
      continue;
    }
    // Duplicate cells (e.g. from a split range) add up.
    counts[day][hour] += count;
    total += count;
  }
  return { counts, oneBased, baseFrom, dropped, total };
}
