/**
 * The hour × weekday heatmap. The API does not say how it counts weekdays: a 7 means 1-based, a 0
 * means 0-based, and with neither the base cannot be told — then the chart and its table say so
 * and name the setting that decides it.
 */
import type { DateRange } from '../api/range';
import type { InboundAnalytics } from '../api/schemas';
import type { ModelChart } from '../shared/protocol';
import { chart } from './charts';
import { heatmapDrill } from './drill';
import { formatCount, weekdayNames } from './format';
import type { ResolvedOptions } from './options';
import { weekGrid, type WeekGrid } from './series';
import { hourShift, shiftGrid, type HourShift } from './timeZone';

function baseNote(grid: WeekGrid, l10n: ResolvedOptions): string {
  const scheme = grid.oneBased ? l10n.t('1 = Sunday … 7 = Saturday') : l10n.t('0 = Sunday … 6 = Saturday');
  switch (grid.baseFrom) {
    case 'seven':
      return l10n.t('Weekdays read as {0}, because a value of 7 was present.', scheme);
    case 'zero':
      return l10n.t('Weekdays read as {0}, because a value of 0 was present.', scheme);
    case 'setting':
      return l10n.t('Weekdays read as {0}, as the setting nlpearl.weekdayBase says.', scheme);
    case 'unknown':
      return l10n.t('The weekday numbering cannot be told from this data (no day is 0 or 7): read as {0}. If the days look shifted by one, set nlpearl.weekdayBase.', scheme);
  }
}

/** The note saying which zone the hours are in, and why they stay in UTC when they do. */
function zoneNote(shift: HourShift, l10n: ResolvedOptions): string {
  switch (shift.kind) {
    case 'utc':
      return l10n.t('Hours 0–23, read as UTC.');
    case 'shift':
      return l10n.t('Hours 0–23 in {0} (UTC{1}), moved from the API\'s UTC hours.', shift.zone, `${shift.hours > 0 ? '+' : '−'}${Math.abs(shift.hours)}`);
    case 'stays':
      return shift.reason === 'changes'
        ? l10n.t('Hours 0–23 in UTC: {0} changes its offset from UTC within this range (daylight saving), so the hours cannot be moved whole.', shift.zone)
        : l10n.t('Hours 0–23 in UTC: {0} is not a whole number of hours from UTC, so the hours cannot be moved whole.', shift.zone);
    case 'unknownZone':
      return l10n.t('Hours 0–23 in UTC: "{0}" (setting nlpearl.displayTimeZone) is not a time zone name.', shift.setting);
  }
}

export function heatmapChart(a: InboundAnalytics, l10n: ResolvedOptions, range?: DateRange): ModelChart {
  const utcGrid = weekGrid(a.callsByHourDayOfWeeks, l10n.weekdayBase);
  const shift = hourShift(l10n.displayTimeZone, range);
  // "UTC" is a word of the translation; an IANA name is not translated.
  const zone = shift.kind === 'shift' ? shift.zone : l10n.t('UTC');
  const grid: WeekGrid = shift.kind === 'shift' ? { ...utcGrid, counts: shiftGrid(utcGrid.counts, shift.hours) } : utcGrid;
  const base = { id: 'callsByHourDayOfWeeks' as const, title: l10n.t('Calls by hour and weekday'), provided: a.callsByHourDayOfWeeks !== null };
  const days = weekdayNames(l10n.locale);
  const hours = Array.from({ length: 24 }, (_, h) => String(h));
  const max = Math.max(0, ...grid.counts.flat());
  const notes = [baseNote(grid, l10n), zoneNote(shift, l10n)];
  if (grid.dropped > 0) notes.push(l10n.t('{0} entries with an hour outside 0–23, a day outside the week or no count were left out.', grid.dropped));
  let busiest = '';
  grid.counts.forEach((row, d) =>
    row.forEach((c, h) => {
      if (c === max && max > 0 && busiest === '') busiest = l10n.t('Busiest: {0} {1}:00 {2} with {3} calls.', days[d], h, zone, formatCount(c, l10n.locale));
    }),
  );
  const unknownBase = grid.baseFrom === 'unknown' ? ` ${baseNote(grid, l10n)}` : '';
  const summary = max > 0 ? `${base.title}. ${l10n.t('{0} calls in total.', formatCount(grid.total, l10n.locale))} ${busiest}${unknownBase}` : l10n.t('{0}: no data.', base.title);
  return chart(base, {
    kind: 'heatmap',
    categories: hours,
    series: [],
    axes: { x: l10n.t('Hour of day (0–23, {0})', zone), y: l10n.t('Weekday'), y2: null },
    yFormat: 'count',
    notes,
    summary,
    table: {
      // The table is read on its own (and by screen readers): an assumed base is said there too.
      caption: grid.baseFrom === 'unknown' ? `${base.title} — ${baseNote(grid, l10n)}` : base.title,
      columns: [l10n.t('Weekday'), ...hours],
      rows: grid.counts.map((row, d) => [days[d], ...row.map((c) => formatCount(c, l10n.locale))]),
    },
    heatmap: { rows: days, columns: hours, counts: grid.counts, max, zone },
    drill: heatmapDrill(zone, l10n),
  });
}
