/**
 * Number, duration, cost and percent texts. Anything that is not a finite number becomes "—",
 * so a NaN from bad data never reaches the screen.
 */

export const DASH = '—';

/**
 * A number the screen can show: finite and within ±2^53. No real count or price is larger, and
 * beyond it Chart.js rounds an axis maximum up to Infinity and never finishes its ticks.
 */
export function isShowableNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

// Intl formatters are costly to build; a model formats hundreds of values with a handful of shapes.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    cache.set(key, format);
  }
  return format;
}

export function formatCount(value: number | null | undefined, locale = 'en'): string {
  if (!isShowableNumber(value)) return DASH;
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** formatCount with its formatter looked up once: for lists of up to a million labels. */
export function countFormatter(locale = 'en'): (value: number | null | undefined) => string {
  const format = numberFormat(locale, { maximumFractionDigits: 2 });
  // Label counts repeat (most are small): small integers are formatted once each.
  const small: string[] = [];
  return (value) => {
    if (!isShowableNumber(value)) return DASH;
    if (Number.isInteger(value) && value >= 0 && value < 10_000) return (small[value] ??= format.format(value));
    return format.format(value);
  };
}

/** Seconds as m:ss, or h:mm:ss from one hour on. */
export function formatDuration(seconds: number | null | undefined): string {
  if (!isShowableNumber(seconds) || seconds < 0) return DASH;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The unit costs are shown in: the setting, or "credits" (the API does not name a currency). */
export function currencyText(label: string | null | undefined, credits = 'credits'): string {
  const trimmed = (label ?? '').trim();
  return trimmed === '' ? credits : trimmed;
}

export function formatCostNumber(value: number | null | undefined, locale = 'en'): string {
  if (!isShowableNumber(value)) return DASH;
  // Per-call costs are often a few hundredths; two decimals would show them as 0.00.
  const small = Math.abs(value) > 0 && Math.abs(value) < 0.1;
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: small ? 4 : 2 }).format(value);
}

export function formatCost(value: number | null | undefined, currency: string, locale = 'en'): string {
  if (!isShowableNumber(value)) return DASH;
  return `${formatCostNumber(value, locale)} ${currency}`;
}

/** A percentage given on the 0–100 scale. */
export function formatPercent(value: number | null | undefined, locale = 'en', digits = 1): string {
  if (!isShowableNumber(value)) return DASH;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

/** "5 Mar", or "5 Mar 25" when the data spans more than one year; read in UTC (see bucketTimeZone). */
export function formatBucketDate(ms: number, locale = 'en', withYear = false): string {
  if (!isShowableNumber(ms)) return DASH;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (withYear) options.year = 'numeric'; // "Jun 1, 25" reads as the 25th (issue 18, point 4)
  try {
    return new Intl.DateTimeFormat(locale, options).format(new Date(ms));
  } catch {
    return new Intl.DateTimeFormat('en', options).format(new Date(ms));
  }
}

/** Weekday names Sunday first, in the locale. */
export function weekdayNames(locale = 'en'): string[] {
  // 2023-01-01 was a Sunday.
  const base = Date.UTC(2023, 0, 1);
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
  }
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(base + i * 86_400_000)));
}
