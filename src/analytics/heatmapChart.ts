/**
 * The hour × weekday heatmap. The API does not say how it counts weekdays: a 7 means 1-based, a 0
 * means 0-based, and with neither the base cannot be told — then the chart and its table say so
 * and name the setting that decides it.
 */
import type { InboundAnalytics } from '../api/schemas';
import type { ModelChart } from '../shared/protocol';
import { chart } from './charts';
import { formatCount, weekdayNames } from './format';
import type { ResolvedOptions } from './options';
import { weekGrid, type WeekGrid } from './series';

function baseNote(grid: WeekGrid, o: ResolvedOptions): string {
  const scheme = grid.oneBased ? o.t('1 = Sunday … 7 = Saturday') : o.t('0 = Sunday … 6 = Saturday');
  switch (grid.baseFrom) {
    case 'seven':
      return o.t('Weekdays read as {0}, because a value of 7 was present.', scheme);
    case 'zero':
      return o.t('Weekdays read as {0}, because a value of 0 was present.', scheme);
    case 'setting':
      return o.t('Weekdays read as {0}, as the setting nlpearl.weekdayBase says.', scheme);
    case 'unknown':
      return o.t('The weekday numbering cannot be told from this data (no day is 0 or 7): read as {0}. If the days look shifted by one, set nlpearl.weekdayBase.', scheme);
  }
}

export function heatmapChart(a: InboundAnalytics, o: ResolvedOptions): ModelChart {
  const grid = weekGrid(a.callsByHourDayOfWeeks, o.weekdayBase);
  const base = { id: 'callsByHourDayOfWeeks' as const, title: o.t('Calls by hour and weekday'), provided: a.callsByHourDayOfWeeks !== null };
  const days = weekdayNames(o.locale);
  const hours = Array.from({ length: 24 }, (_, h) => String(h));
  const max = Math.max(0, ...grid.counts.flat());
  const notes = [baseNote(grid, o), o.t('Hours 0–23, read as UTC.')];
  if (grid.dropped > 0) notes.push(o.t('{0} entries with an hour outside 0–23, a day outside the week or no count were left out.', grid.dropped));
  let busiest = '';
  grid.counts.forEach((row, d) =>
    row.forEach((c, h) => {
      if (c === max && max > 0 && busiest === '') busiest = o.t('Busiest: {0} {1}:00 UTC with {2} calls.', days[d], h, formatCount(c, o.locale));
    }),
  );
  const unknownBase = grid.baseFrom === 'unknown' ? ` ${baseNote(grid, o)}` : '';
  const summary = max > 0 ? `${base.title}. ${o.t('{0} calls in total.', formatCount(grid.total, o.locale))} ${busiest}${unknownBase}` : o.t('{0}: no data.', base.title);
  return chart(base, {
    kind: 'heatmap',
    categories: hours,
    series: [],
    axes: { x: o.t('Hour of day (0–23, UTC)'), y: o.t('Weekday'), y2: null },
    yFormat: 'count',
    notes,
    summary,
    table: {
      // The table is read on its own (and by screen readers): an assumed base is said there too.
      caption: grid.baseFrom === 'unknown' ? `${base.title} — ${baseNote(grid, o)}` : base.title,
      columns: [o.t('Weekday'), ...hours],
      rows: grid.counts.map((row, d) => [days[d], ...row.map((c) => formatCount(c, o.locale))]),
    },
    heatmap: { rows: days, columns: hours, counts: grid.counts, max },
  });
}
