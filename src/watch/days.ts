/** UTC day keys ("2026-03-05") for the watch's "today" and "the last 7 full days". Pure. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day of a bucket's date, or undefined when it does not parse (an offset-less date is UTC). */
export function utcDayOf(date: string): string | undefined {
  const hasZone = /[zZ]|[+-]\d\d:?\d\d$/.test(date.trim());
  const ms = Date.parse(hasZone || date.length <= 10 ? date : `${date}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

export function utcToday(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** The `count` full UTC days before today, oldest first. */
export function fullDaysBefore(now: number, count: number): string[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const days: string[] = [];
  for (let i = count; i >= 1; i--) days.push(new Date(today - i * DAY_MS).toISOString().slice(0, 10));
  return days;
}
