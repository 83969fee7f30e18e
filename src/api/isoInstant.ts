/**
 * `YYYY-MM-DDThh:mm:ss[.f…]Z` with every field in range, read by character. Such a string is always one
 * `isValidDate` (schemas.ts) accepts, so a fast path may take it without Date.parse; `false` only means
 * "not this exact form" and the caller must ask isValidDate, never refuse.
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

export function isPlainIsoInstant(value: string): boolean {
  const n = value.length;
  if (n < 20 || value.charCodeAt(n - 1) !== 90 /* Z */) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  const century = two(value, 0);
  const yy = two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return false;
  if (two(value, 11) < 0 || two(value, 11) > 23 || two(value, 14) < 0 || two(value, 14) > 59 || two(value, 17) < 0 || two(value, 17) > 59) return false;
  if (n > 20) {
    // Fractional seconds: a dot and 1–9 digits (what Date.parse takes), nothing else.
    if (value.charCodeAt(19) !== 46 || n < 22 || n > 30) return false;
    for (let i = 20; i < n - 1; i++) {
      const d = value.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
    }
  }
  const year = century * 100 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * The instant of such a string, as Date.parse gives it (the first three fraction digits, truncated),
 * without Date.parse's general parser; undefined for any other form. Years below 100 are left to
 * Date.parse: Date.UTC would read them as 19xx.
 */
export function plainIsoInstantMs(value: string): number | undefined {
  if (!isPlainIsoInstant(value)) return undefined;
  const year = two(value, 0) * 100 + two(value, 2);
  if (year < 100) return undefined;
  let ms = 0;
  for (let i = 20, scale = 100; i < value.length - 1 && scale >= 1; i++, scale /= 10) ms += (value.charCodeAt(i) - 48) * scale;
  return Date.UTC(year, two(value, 5) - 1, two(value, 8), two(value, 11), two(value, 14), two(value, 17), ms);
}
