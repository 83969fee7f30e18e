/**
 * Credit runway: balance ÷ the average daily cost of the last 7 full UTC days, summed over the campaigns
 * the watch follows. Pure (no vscode): unit-tested with fixed clocks.
 */
import type { CostBucket } from '../api/schemas';
import { fullDaysBefore, utcDayOf } from './days';

export const RUNWAY_DAYS_OF_HISTORY = 7;

export type Runway =
  | { readonly kind: 'days'; readonly days: number; readonly averageDailyCost: number }
  /** Why there is no figure: the screen says it instead of a number. */
  | { readonly kind: 'unknown'; readonly reason: 'noBalance' | 'noHistory' | 'noSpending' };

/**
 * `timelines`: each campaign's cost timeline (null when the API did not send it). A day with no bucket in a
 * timeline that has buckets counts as 0 (no calls); a campaign without any timeline is left out, and when no
 * campaign has one there is no history.
 */
export function computeRunway(balance: number | null, timelines: ReadonlyArray<readonly CostBucket[] | null>, now: number): Runway {
  if (balance === null || !Number.isFinite(balance)) return { kind: 'unknown', reason: 'noBalance' };
  const days = new Set(fullDaysBefore(now, RUNWAY_DAYS_OF_HISTORY));
  let total = 0;
  let seen = false;
  for (const timeline of timelines) {
    if (!timeline) continue;
    for (const bucket of timeline) {
      const day = utcDayOf(bucket.date);
      if (day === undefined || !days.has(day)) continue;
      seen = true;
      if (bucket.totalPrice !== null && Number.isFinite(bucket.totalPrice)) total += bucket.totalPrice;
    }
  }
  if (!seen) return { kind: 'unknown', reason: 'noHistory' };
  if (total <= 0) return { kind: 'unknown', reason: 'noSpending' };
  const averageDailyCost = total / RUNWAY_DAYS_OF_HISTORY;
  return { kind: 'days', days: Math.max(0, balance) / averageDailyCost, averageDailyCost };
}
