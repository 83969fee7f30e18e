/**
 * Sums of decimal amounts, rounded to the precision of their inputs. Binary floating point makes
 * 0.1 + 0.2 = 0.30000000000000004; a sum of prices given in cents has no business showing more
 * digits than cents, so the merged JSON and CSV say 0.3 as the API would have.
 */

/** Digits after the decimal point of the shortest form of `value` ("1e-7" → 7, "2.50" is 2.5 → 1). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, digits - exponent);
}

/** Most places `toFixed` takes. Inputs beyond it are left as summed. */
const MAX_PLACES = 100;

/** `value` rounded to `places` decimals and read back as its shortest number. */
export function roundToPlaces(value: number, places: number): number {
  if (!Number.isFinite(value) || places > MAX_PLACES) return value;
  return Number(value.toFixed(places));
}
