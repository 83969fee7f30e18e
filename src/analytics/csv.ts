/**
 * CSV of one API section, with the API's own field names and raw numbers (seconds, API scale),
 * rows sorted by date. RFC 4180 quoting; text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, since label names are untrusted.
 */
import { EVENT_KEYS, SENTIMENT_KEYS, STATUS_COUNTER_KEYS } from '../api/apiKeys';
import type { InboundAnalytics } from '../api/schemas';
import type { CsvExportTarget, AnalyticsSection } from '../shared/protocol';
import { ANALYTICS_SECTIONS } from '../shared/vocabulary';
import { isShowableNumber } from './format';
import { labelTotals } from './labelTotals';
import { sortByDate } from './series';

type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return isShowableNumber(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function timeline<T extends { readonly date: string }>(items: readonly T[] | null, fields: readonly (keyof T & string)[]): Cell[][] {
  const rows: Cell[][] = [['date', ...fields]];
  for (const { item } of sortByDate(items)) rows.push([item.date, ...fields.map((f) => item[f] as Cell)]);
  return rows;
}

function counters<K extends string>(values: Record<K, number | null> | null, keys: readonly K[]): Cell[][] {
  return [['field', 'value'], ...keys.map((k) => [k, values?.[k] ?? null])];
}

/** The section as CSV text; a section the API did not send gives just its header. */
export function sectionCsv(a: InboundAnalytics, id: AnalyticsSection): string {
  return toCsv(sectionRows(a, id));
}

function sectionRows(a: InboundAnalytics, id: AnalyticsSection): Cell[][] {
  switch (id) {
    case 'callsStatusOverview':
      return counters(a.callsStatusOverview, STATUS_COUNTER_KEYS);
    case 'callsSentimentOverview':
      return counters(a.callsSentimentOverview, SENTIMENT_KEYS);
    case 'callEventsCounts':
      return counters(a.callEventsCounts, EVENT_KEYS);
    case 'callsStatusTimeLine':
      return timeline(a.callsStatusTimeLine, STATUS_COUNTER_KEYS);
    case 'callsAverageTimeLine':
      return timeline(a.callsAverageTimeLine, ['averageCallDuration']);
    case 'callsCostTimeLine':
      return timeline(a.callsCostTimeLine, ['totalPrice', 'averageCostPerCall']);
    case 'callsSuccessRateTimeLine':
      return timeline(a.callsSuccessRateTimeLine, ['successRatePercentage']);
    case 'callsPickupRateTimeLine':
      return timeline(a.callsPickupRateTimeLine, ['pickupRatePercentage']);
    case 'callLabelCount':
      return [
        ['id', 'name', 'color', 'count'],
        // Every label, an id listed twice summed as the chart and the merge sum it.
        ...(labelTotals(a.callLabelCount) ?? []).map((l) => [l.id, l.name, l.color, l.count]),
      ];
    case 'callsByHourDayOfWeeks':
      return [
        ['dayOfWeek', 'hourOfDay', 'count'],
        ...[...(a.callsByHourDayOfWeeks ?? [])]
          .sort((x, y) => x.dayOfWeek - y.dayOfWeek || x.hourOfDay - y.hourOfDay)
          .map((e) => [e.dayOfWeek, e.hourOfDay, e.count]),
      ];
  }
}

/**
 * Every section in one CSV ("Export all"): each block starts with a `section` column naming the API
 * section, then that section's own header and rows. One file a
 * spreadsheet opens as is, the same field names as the per-section files.
 */
export function allSectionsCsv(a: InboundAnalytics): string {
  // Rows, not text, are prefixed: a quoted label name may hold a line break of its own.
  return ANALYTICS_SECTIONS.map((id) => toCsv(sectionRows(a, id).map((row) => [id, ...row]))).join('\r\n');
}

export function exportCsv(a: InboundAnalytics, target: CsvExportTarget): string {
  return target === 'all' ? allSectionsCsv(a) : sectionCsv(a, target);
}
