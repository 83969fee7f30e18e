/** Validating the custom from/to date inputs (local days, like the host's presets). Pure. */

export const DAY_MS = 86_400_000;
/** Same rule as src/api/range.ts: one request covers at most 90 × 24 h. */
export const MAX_RANGE_MS = 90 * DAY_MS;

export type CustomRangeResult =
  | { readonly ok: true; readonly from: string; readonly to: string; readonly parts: number }
  | { readonly ok: false; readonly problem: 'invalidDate' | 'fromAfterTo' | 'futureRange' | 'tooEarly' | 'tooLong' };

/** Same bounds as src/api/range.ts: from 2015 on, at most 3 years (13 requests of 90 days). */
export const MAX_TOTAL_MS = (3 * 365 + 1) * DAY_MS;

function localDay(text: string, endOfDay: boolean): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d || y < 2000 || y > 2100) return undefined;
  return endOfDay ? new Date(new Date(y, mo, d + 1).getTime() - 1) : date;
}

/** How many ≤ 90-day requests a range takes (mirrors splitRange). */
export function partsFor(fromMs: number, toMs: number): number {
  let parts = 1;
  let start = fromMs;
  while (toMs - start > MAX_RANGE_MS && parts < 1000) {
    start = start + MAX_RANGE_MS + 1;
    parts++;
  }
  return parts;
}

/** From the start of `fromText` to the end of `toText` (capped at now), as ISO UTC strings. */
export function customRange(fromText: string, toText: string, now: Date = new Date()): CustomRangeResult {
  const from = localDay(fromText, false);
  const toDay = localDay(toText, true);
  if (!from || !toDay) return { ok: false, problem: 'invalidDate' };
  if (from.getTime() > now.getTime()) return { ok: false, problem: 'futureRange' };
  const to = toDay.getTime() > now.getTime() ? now : toDay;
  if (from.getTime() >= to.getTime()) return { ok: false, problem: 'fromAfterTo' };
  if (from.getFullYear() < 2015) return { ok: false, problem: 'tooEarly' };
  if (to.getTime() - from.getTime() > MAX_TOTAL_MS) return { ok: false, problem: 'tooLong' };
  return { ok: true, from: from.toISOString(), to: to.toISOString(), parts: partsFor(from.getTime(), to.getTime()) };
}

/** An ISO instant as the local YYYY-MM-DD a date input shows. */
export function toDateInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
