/** The hour × weekday heatmap as a user reads it: its notes, its summary, its table and what a cell opens. */
import assert from 'node:assert/strict';
import { heatmapChart } from '../../src/analytics/heatmapChart';
import { resolveOptions, type ModelOptions } from '../../src/analytics/options';
import type { HourDayCount } from '../../src/api/schemas';
import { analytics } from './analytics.fixtures';

const WINTER = { from: '2026-01-05T00:00:00.000Z', to: '2026-02-04T23:59:59.999Z' };
const heat = (cells: HourDayCount[] | null, options: ModelOptions = {}, range = WINTER) =>
  heatmapChart(analytics({ callsByHourDayOfWeeks: cells }), resolveOptions({ locale: 'en', ...options }), range);

describe('heatmap chart', () => {
  it('names the weekday numbering and why: a 7 present, a 0 present, the setting, or neither', () => {
    assert.equal(heat([{ dayOfWeek: 7, hourOfDay: 1, count: 1 }]).notes[0], 'Weekdays read as 1 = Sunday … 7 = Saturday, because a value of 7 was present.');
    assert.equal(heat([{ dayOfWeek: 0, hourOfDay: 1, count: 1 }]).notes[0], 'Weekdays read as 0 = Sunday … 6 = Saturday, because a value of 0 was present.');
    assert.equal(heat([{ dayOfWeek: 3, hourOfDay: 1, count: 1 }], { weekdayBase: 'sunday1' }).notes[0], 'Weekdays read as 1 = Sunday … 7 = Saturday, as the setting nlpearl.weekdayBase says.');
    const unknown = heat([{ dayOfWeek: 3, hourOfDay: 1, count: 1 }]);
    const note = 'The weekday numbering cannot be told from this data (no day is 0 or 7): read as 0 = Sunday … 6 = Saturday. If the days look shifted by one, set nlpearl.weekdayBase.';
    assert.equal(unknown.notes[0], note);
    assert.equal(unknown.table.caption, `Calls by hour and weekday — ${note}`, 'the table, read on its own, says it too');
    assert.ok(unknown.summary.endsWith(` ${note}`), unknown.summary);
    const known = heat([{ dayOfWeek: 0, hourOfDay: 1, count: 1 }]);
    assert.equal(known.table.caption, 'Calls by hour and weekday');
    assert.equal(known.summary.includes('cannot be told'), false);
  });

  it('says which zone the hours are in: UTC, a whole-hour zone with its offset, or why they stay in UTC', () => {
    const cells = [{ dayOfWeek: 0, hourOfDay: 1, count: 1 }];
    assert.equal(heat(cells).notes[1], 'Hours 0–23, read as UTC.');
    assert.equal(heat(cells, { displayTimeZone: 'Asia/Tokyo' }).notes[1], "Hours 0–23 in Asia/Tokyo (UTC+9), moved from the API's UTC hours.");
    assert.equal(heat(cells, { displayTimeZone: 'America/New_York' }).notes[1], "Hours 0–23 in America/New_York (UTC−5), moved from the API's UTC hours.");
    assert.equal(heat(cells, { displayTimeZone: 'Asia/Kolkata' }).notes[1], 'Hours 0–23 in UTC: Asia/Kolkata is not a whole number of hours from UTC, so the hours cannot be moved whole.');
    const dst = heat(cells, { displayTimeZone: 'Europe/Berlin' }, { from: '2026-03-01T00:00:00.000Z', to: '2026-04-30T00:00:00.000Z' });
    assert.equal(dst.notes[1], 'Hours 0–23 in UTC: Europe/Berlin changes its offset from UTC within this range (daylight saving), so the hours cannot be moved whole.');
    assert.equal(heat(cells, { displayTimeZone: 'Mars/Olympus' }).notes[1], 'Hours 0–23 in UTC: "Mars/Olympus" (setting nlpearl.displayTimeZone) is not a time zone name.');
  });

  it('counts the entries it left out in a note, and adds no such note when none was', () => {
    const c = heat([{ dayOfWeek: 0, hourOfDay: 24, count: 2 }, { dayOfWeek: 0, hourOfDay: 3, count: Number.NaN }, { dayOfWeek: 0, hourOfDay: 3, count: 4 }]);
    assert.equal(c.notes[2], '2 entries with an hour outside 0–23, a day outside the week or no count were left out.');
    assert.equal(heat([{ dayOfWeek: 0, hourOfDay: 3, count: 4 }]).notes.length, 2);
  });

  it('sums up the calls and the busiest hour, the first one when two tie', () => {
    const c = heat([
      { dayOfWeek: 0, hourOfDay: 9, count: 1200 },
      { dayOfWeek: 2, hourOfDay: 14, count: 3000 },
      { dayOfWeek: 4, hourOfDay: 8, count: 3000 },
    ]);
    assert.equal(c.summary, 'Calls by hour and weekday. 7,200 calls in total. Busiest: Tue 14:00 UTC with 3,000 calls.');
    assert.equal(c.heatmap?.max, 3000);
    const tokyo = heat([{ dayOfWeek: 0, hourOfDay: 23, count: 5 }], { displayTimeZone: 'Asia/Tokyo' });
    assert.equal(tokyo.summary, 'Calls by hour and weekday. 5 calls in total. Busiest: Mon 8:00 Asia/Tokyo with 5 calls.');
  });

  it('says "no data" without calls, and "not provided" when the API sent no section', () => {
    const zero = heat([{ dayOfWeek: 0, hourOfDay: 1, count: 0 }]);
    assert.equal(zero.summary, 'Calls by hour and weekday: no data.');
    assert.equal(zero.empty, true);
    assert.equal(zero.heatmap?.max, 0);
    const none = heat(null);
    assert.equal(none.provided, false);
    assert.equal(none.summary, 'Calls by hour and weekday: no data.');
  });

  it('draws a 7 × 24 grid named in the locale, its axis naming the zone, its table a row per weekday', () => {
    const c = heat([{ dayOfWeek: 1, hourOfDay: 0, count: 1500 }]);
    assert.equal(c.title, 'Calls by hour and weekday');
    assert.equal(c.kind, 'heatmap');
    assert.equal(c.yFormat, 'count');
    assert.deepEqual(c.series, []);
    assert.equal(c.categories.length, 24);
    assert.equal(c.categories[23], '23');
    assert.deepEqual(c.axes, { x: 'Hour of day (0–23, UTC)', y: 'Weekday', y2: null });
    assert.deepEqual(c.heatmap?.rows, ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    assert.equal(c.heatmap?.zone, 'UTC');
    assert.deepEqual(c.table.columns.slice(0, 3), ['Weekday', '0', '1']);
    assert.equal(c.table.columns.length, 25);
    assert.deepEqual(c.table.rows[1]?.slice(0, 3), ['Mon', '1,500', '0']);
    assert.equal(c.table.rows.length, 7);
    assert.deepEqual(heat([{ dayOfWeek: 1, hourOfDay: 0, count: 1 }], { locale: 'de' }).heatmap?.rows[1], 'Mo');
  });

  it('a cell opens the calls of that weekday and hour, in the zone shown, with the scan limit said', () => {
    assert.equal(heat([{ dayOfWeek: 1, hourOfDay: 0, count: 1 }]).drill?.hint, "Click a cell, or press Enter on the grid, to see the calls of that weekday and hour (UTC). The call search cannot filter by hour: the range's calls are read and filtered, at most 5,000.");
    assert.match(heat([{ dayOfWeek: 1, hourOfDay: 0, count: 1 }], { displayTimeZone: 'Asia/Tokyo' }).drill?.hint ?? '', /hour \(Asia\/Tokyo\)/);
  });
});
