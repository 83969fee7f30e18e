/**
 * Which scale a success-rate series is on, decided by the days' own counts, never by the values
 * alone: a campaign whose real rate is 0.5 % sends only values ≤ 1, which no rule on values can
 * tell from fractions. A day votes when its counts give a rate that one scale matches and the
 * other clearly does not; days without counts, without a rated call, or at 0 % cannot vote.
 */
export type RateScale = 'percent' | 'fraction';

export interface RateObservation {
  /** The API's value for the day, as sent. */
  readonly value: number | null;
  readonly successful: number | null;
  readonly unsuccessful: number | null;
}

function usable(value: number | null): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 'percent' (0–100), 'fraction' (0–1), or null when the counts cannot tell. */
export function rateScaleFromCounts(observations: Iterable<RateObservation>): RateScale | null {
  let percent = 0;
  let fraction = 0;
  for (const { value, successful, unsuccessful } of observations) {
    if (!usable(value) || !usable(successful) || !usable(unsuccessful)) continue;
    const decided = successful + unsuccessful;
    if (decided <= 0) continue;
    const rate = (100 * successful) / decided;
    const asPercent = Math.abs(value - rate);
    const asFraction = Math.abs(value * 100 - rate);
    // A server may round (to whole percents at worst): half a point, or 1 % of the rate, is a match.
    const tolerance = Math.max(0.5, rate / 100);
    const closer = Math.min(asPercent, asFraction);
    const farther = Math.max(asPercent, asFraction);
    if (closer > tolerance || farther <= 2 * closer || farther <= tolerance) continue;
    if (asPercent < asFraction) percent++;
    else fraction++;
  }
  if (percent === fraction) return null;
  return percent > fraction ? 'percent' : 'fraction';
}

/** successful ÷ decided on the given scale. */
export function rateOnScale(successful: number, decided: number, scale: RateScale | null): number {
  return scale === 'fraction' ? successful / decided : (100 * successful) / decided;
}
