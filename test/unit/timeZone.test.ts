/** Issue 18, point 3: the heatmap's hours in the display zone, exactly or not at all. */
import assert from 'node:assert/strict';
import { heatmapChart } from '../../src/analytics/heatmapChart';
import { resolveOptions } from '../../src/analytics/options';
import { hourShift, offsetMinutes, resolveZone, shiftGrid } from '../../src/analytics/timeZone';
import { analytics } from './analytics.fixtures';

const WINTER = { from: '2026-01-05T00:00:00.000Z', to: '2026-02-04T23:59:59.999Z' };
const OVER_DST = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

describe('display time zone for the heatmap (issue 18, point 3)', () => {
  it('reads utc, IANA names and rejects what is not a zone', () => {
    assert.equal(resolveZone(undefined), 'UTC');
    assert.equal(resolveZone('UTC'), 'UTC');
    assert.equal(resolveZone('America/New_York'), 'America/New_York');
    assert.equal(resolveZone('Mars/Olympus'), null);
    assert.ok(resolveZone('local'));
    assert.equal(offsetMinutes('Asia/Kolkata', Date.parse(WINTER.from)), 330);
  });

  it('moves the hours only when the offset is one whole number of hours over the whole range', () => {
    assert.deepEqual(hourShift('America/New_York', WINTER), { kind: 'shift', zone: 'America/New_York', hours: -5 });
    assert.deepEqual(hourShift('America/New_York', OVER_DST), { kind: 'stays', zone: 'America/New_York', reason: 'changes' }, 'DST starts on 8 March');
    assert.deepEqual(hourShift('Asia/Kolkata', WINTER), { kind: 'stays', zone: 'Asia/Kolkata', reason: 'fraction' });
    assert.deepEqual(hourShift('utc', WINTER), { kind: 'utc' });
    assert.equal(hourShift('Nowhere/Else', WINTER).kind, 'unknownZone');
  });

  it('moves a Monday 02:00 UTC call to Sunday 21:00 in New York, wrapping the week', () => {
    const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    counts[1]![2] = 4; // Monday 02:00 UTC
    counts[0]![1] = 1; // Sunday 01:00 UTC → Saturday 20:00
    const shifted = shiftGrid(counts, -5);
    assert.equal(shifted[0]?.[21], 4);
    assert.equal(shifted[6]?.[20], 1);
    assert.equal(shifted.flat().reduce((x, y) => x + y, 0), 5, 'no call lost');
  });

  it('names the zone on the axis and in the notes, or says why the hours stay in UTC', () => {
    const a = analytics({ callsByHourDayOfWeeks: [{ dayOfWeek: 1, hourOfDay: 14, count: 3 }, { dayOfWeek: 0, hourOfDay: 0, count: 1 }] });
    const ny = heatmapChart(a, resolveOptions({ displayTimeZone: 'America/New_York' }), WINTER);
    assert.equal(ny.axes.x, 'Hour of day (0–23, America/New_York)');
    assert.equal(ny.heatmap?.zone, 'America/New_York');
    assert.equal(ny.heatmap?.counts[1]?.[9], 3, 'Monday 14:00 UTC is 9:00 in New York in winter');
    assert.ok(ny.notes.some((n) => /America\/New_York \(UTC−5\)/.test(n)), JSON.stringify(ny.notes));
    const dst = heatmapChart(a, resolveOptions({ displayTimeZone: 'America/New_York' }), OVER_DST);
    assert.equal(dst.axes.x, 'Hour of day (0–23, UTC)');
    assert.ok(dst.notes.some((n) => /daylight saving/.test(n)), JSON.stringify(dst.notes));
    assert.equal(heatmapChart(a, resolveOptions(), WINTER).heatmap?.counts[1]?.[14], 3, 'UTC by default, as before');
  });
});
