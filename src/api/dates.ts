/**
 * The instant of an API date. ASP.NET writes an unspecified DateTime without an offset
 * (`2026-03-05T00:00:00`); `Date.parse` would read that in the machine's zone and put the bucket
 * on the previous day east of UTC. Date-only strings are already UTC, so offset-less date-times
 * are read as UTC too: one rule for every bucket, whatever the user's zone.
 */
export function parseApiDate(value: string): number {
  return Date.parse(hasTimeWithoutOffset(value) ? `${value}Z` : value);
}

/**
 * `YYYY-MM-DDThh:mm[:ss[.fff]]` (or a lower-case `t`, or a space, which `Date.parse` also reads as local time)
 * with no `Z` and no `±hh:mm`. Read by character: called per bucket.
 */
export function hasTimeWithoutOffset(value: string): boolean {
  const separator = value.charCodeAt(10);
  if (value.length < 16 || (separator !== 84 && separator !== 116 && separator !== 32)) return false; // 'T' / 't' / ' '
  for (let i = 11; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const digitOrSeparator = (c >= 48 && c <= 57) || c === 58 || c === 46; // 0-9 : .
    if (!digitOrSeparator) return false;
  }
  return true;
}
