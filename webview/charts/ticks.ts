/**
 * Ticks for a line chart of daily buckets: on the buckets themselves, a whole number of days
 * apart. Chart.js's linear ticks are "nice" millisecond values, which land at odd hours and label
 * one day several times ("Mar 1, Mar 1, Mar 1").
 */
export const DAY_MS = 86_400_000;

/** Bucket times to tick at (at most `maxTicks`), or null when the buckets are not whole days apart. */
export function dailyTicks(times: readonly number[], maxTicks = 8): number[] | null {
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined) return null;
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
    if (gap <= 0 || gap % DAY_MS !== 0) return null;
  }
  const days = (last - first) / DAY_MS;
  const step = Math.max(1, Math.ceil(days / Math.max(1, maxTicks - 1)));
  const ticks: number[] = [];
  for (let d = 0; d <= days; d += step) ticks.push(first + d * DAY_MS);
  return ticks;
}

/** Every n-th bucket start (weeks, months): at most `maxTicks`, always at a bucket boundary. */
export function bucketTicks(times: readonly number[], maxTicks = 8): number[] | null {
  if (times.length === 0) return null;
  const step = Math.max(1, Math.ceil(times.length / maxTicks));
  return times.filter((_, i) => i % step === 0);
}
