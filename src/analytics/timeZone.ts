/**
 * `nlpearl.displayTimeZone` (issue 18, point 3): which zone the heatmap's hours are shown in. The
 * API counts calls per UTC hour, so hours can move to another zone only when that zone is a whole
 * number of hours from UTC during the whole range (no daylight-saving change inside it, not India's
 * +5:30); otherwise they stay in UTC and the chart says why. Daily buckets always stay the API's days.
 */
import type { DateRange } from '../api/range';

/** 'utc' (default), 'local' (the host's zone), or an IANA name such as "America/New_York". */
export type DisplayTimeZone = string;

const DAY_MS = 86_400_000;

/** The IANA zone a setting names, or null when it is not one Intl knows. */
export function resolveZone(setting: DisplayTimeZone | undefined): string | null {
  const value = (setting ?? 'utc').trim();
  if (value === '' || value.toLowerCase() === 'utc') return 'UTC';
  if (value.toLowerCase() === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    // Valid when Intl accepts it; the user's own spelling is kept (ICU would say "Asia/Calcutta" for "Asia/Kolkata").
    new Intl.DateTimeFormat('en', { timeZone: value }).format(0);
    return value;
  } catch {
    return null;
  }
}

/** Minutes `zone` is ahead of UTC at `ms`. */
export function offsetMinutes(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

export type HourShift =
  | { readonly kind: 'utc' }
  | { readonly kind: 'shift'; readonly zone: string; readonly hours: number }
  | { readonly kind: 'stays'; readonly zone: string; readonly reason: 'fraction' | 'changes' }
  | { readonly kind: 'unknownZone'; readonly setting: string };

/** How the heatmap's UTC hours map to the display zone over `range`. */
export function hourShift(setting: DisplayTimeZone | undefined, range: DateRange | undefined): HourShift {
  const zone = resolveZone(setting);
  if (zone === null) return { kind: 'unknownZone', setting: String(setting) };
  if (zone === 'UTC' || zone === 'Etc/UTC') return { kind: 'utc' };
  const from = range ? Date.parse(range.from) : NaN;
  const to = range ? Date.parse(range.to) : NaN;
  const start = Number.isNaN(from) ? Date.now() : from;
  const end = Number.isNaN(to) || to < start ? start : to;
  const first = offsetMinutes(zone, start);
  // Daily samples plus the end: a zone's offset changes at most twice a year, never within hours of another change.
  for (let t = start; t <= end + DAY_MS; t += DAY_MS) {
    if (offsetMinutes(zone, Math.min(t, end)) !== first) return { kind: 'stays', zone, reason: 'changes' };
  }
  if (first % 60 !== 0) return { kind: 'stays', zone, reason: 'fraction' };
  return first === 0 ? { kind: 'utc' } : { kind: 'shift', zone, hours: first / 60 };
}

/** counts[day][hour] in UTC → the same calls at their hour and weekday in a zone `hours` ahead. */
export function shiftGrid(counts: readonly (readonly number[])[], hours: number): number[][] {
  const out = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  counts.forEach((row, d) =>
    row.forEach((c, h) => {
      const total = d * 24 + h + hours;
      const slot = ((total % 168) + 168) % 168;
      const target = out[Math.floor(slot / 24)];
      if (target) target[slot % 24] = (target[slot % 24] ?? 0) + c;
    }),
  );
  return out;
}

