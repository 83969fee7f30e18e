/** Axis tick texts (the host formats every other number). */
import type { ValueFormat } from '../src/shared/protocol';

export function tickText(value: number, format: ValueFormat, locale: string): string {
  if (!Number.isFinite(value)) return '';
  switch (format) {
    case 'duration': {
      const total = Math.round(value);
      return `${Math.floor(total / 60)}:${String(Math.abs(total % 60)).padStart(2, '0')}`;
    }
    case 'percent':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} %`;
    case 'cost':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
}

/** A bucket start (ms) as "5 Mar", read in UTC like the host's labels. */
export function dayText(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(ms));
}

export function timeText(ms: number, locale: string): string {
  // The zone is named: "Updated 21:48 GMT+1" (issue 18, point 3).
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(ms));
}
