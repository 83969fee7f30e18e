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

describe('display time zone: the setting, the offsets, the shift', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('reads "utc" in any case and spacing, an empty setting as UTC, and keeps the user\'s spelling of a zone', () => {
    for (const setting of ['utc', ' UTC ', 'Utc', '', '   ']) assert.equal(resolveZone(setting), 'UTC', JSON.stringify(setting));
    assert.equal(resolveZone('  Asia/Kolkata '), 'Asia/Kolkata');
    assert.equal(resolveZone('Etc/GMT+5'), 'Etc/GMT+5');
    assert.equal(resolveZone('not a zone'), null);
  });

  it('reads "local" as the zone of the machine VS Code runs on', () => {
    process.env.TZ = 'Asia/Tokyo';
    assert.equal(resolveZone('local'), 'Asia/Tokyo');
    assert.equal(resolveZone(' Local '), 'Asia/Tokyo');
    assert.deepEqual(hourShift('local', WINTER), { kind: 'shift', zone: 'Asia/Tokyo', hours: 9 });
  });

  it('measures a zone\'s offset at the given instant, to the minute', () => {
    const noonJan = Date.parse('2026-01-15T12:00:00.000Z');
    const noonJul = Date.parse('2026-07-15T12:00:00.000Z');
    assert.equal(offsetMinutes('America/New_York', noonJan), -300);
    assert.equal(offsetMinutes('America/New_York', noonJul), -240);
    assert.equal(offsetMinutes('Asia/Tokyo', noonJan + 59_999), 540, 'seconds and milliseconds do not move it');
    assert.equal(offsetMinutes('Asia/Kathmandu', noonJan), 345);
    assert.equal(offsetMinutes('Pacific/Kiritimati', Date.parse('2026-12-31T23:30:00.000Z')), 840, 'a day and a year ahead');
    assert.equal(offsetMinutes('UTC', noonJul), 0);
  });

  it('treats a zone at UTC+0 for the whole range as UTC', () => {
    assert.deepEqual(hourShift('Europe/London', WINTER), { kind: 'utc' });
    assert.deepEqual(hourShift('Etc/UTC', WINTER), { kind: 'utc' });
    assert.deepEqual(hourShift(undefined, WINTER), { kind: 'utc' });
  });

  it('names the setting it could not read', () => {
    assert.deepEqual(hourShift('Nowhere/Else', WINTER), { kind: 'unknownZone', setting: 'Nowhere/Else' });
  });

  it('shifts east of UTC too, and uses today when the range is unknown or unreadable', () => {
    assert.deepEqual(hourShift('Asia/Tokyo', WINTER), { kind: 'shift', zone: 'Asia/Tokyo', hours: 9 });
    assert.deepEqual(hourShift('Asia/Tokyo', undefined), { kind: 'shift', zone: 'Asia/Tokyo', hours: 9 });
    assert.deepEqual(hourShift('Asia/Tokyo', { from: 'soon', to: 'later' }), { kind: 'shift', zone: 'Asia/Tokyo', hours: 9 });
    assert.deepEqual(hourShift('Asia/Kolkata', undefined), { kind: 'stays', zone: 'Asia/Kolkata', reason: 'fraction' });
  });

  it('sees a clock change on the last day of the range, and none just after it', () => {
    // New York moves to summer time on 8 March 2026 at 07:00 UTC.
    assert.deepEqual(hourShift('America/New_York', { from: '2026-02-08T10:00:00.000Z', to: '2026-03-08T08:00:00.000Z' }), { kind: 'stays', zone: 'America/New_York', reason: 'changes' });
    assert.deepEqual(hourShift('America/New_York', { from: '2026-02-08T10:00:00.000Z', to: '2026-03-08T06:59:59.999Z' }), { kind: 'shift', zone: 'America/New_York', hours: -5 });
    assert.deepEqual(hourShift('America/New_York', { from: '2026-07-01T00:00:00.000Z', to: '2026-07-31T00:00:00.000Z' }), { kind: 'shift', zone: 'America/New_York', hours: -4 });
  });

  it('reads a range whose end is before its start as its first day', () => {
    assert.deepEqual(hourShift('America/New_York', { from: '2026-03-30T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' }), { kind: 'shift', zone: 'America/New_York', hours: -4 });
    assert.deepEqual(hourShift('America/New_York', { from: '2026-03-01T00:00:00.000Z', to: 'never' }), { kind: 'shift', zone: 'America/New_York', hours: -5 });
    // An end a few hours before the start, across New York's clock change (07:00 UTC): still the first day's offset.
    assert.deepEqual(hourShift('America/New_York', { from: '2026-03-08T12:00:00.000Z', to: '2026-03-08T06:00:00.000Z' }), { kind: 'shift', zone: 'America/New_York', hours: -4 });
    assert.deepEqual(hourShift('America/New_York', { from: '2026-03-08T06:00:00.000Z', to: '2026-03-07T12:00:00.000Z' }), { kind: 'shift', zone: 'America/New_York', hours: -5 });
  });

  it('moves a Saturday 23:00 UTC call to Sunday 08:00 in Tokyo, and keeps every call of a full week', () => {
    const counts = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => d * 100 + h + 1));
    const shifted = shiftGrid(counts, 9);
    assert.equal(shifted[0]?.[8], 6 * 100 + 23 + 1, 'Saturday 23:00 UTC');
    assert.equal(shifted[0]?.[9], 0 * 100 + 0 + 1, 'Sunday 00:00 UTC');
    assert.equal(shifted[3]?.[14], 3 * 100 + 5 + 1, 'Wednesday 05:00 UTC');
    assert.deepEqual(shifted.flat().sort((a, b) => a - b), counts.flat().sort((a, b) => a - b));
    assert.deepEqual(shiftGrid(counts, 0), counts);
    assert.deepEqual(shiftGrid(counts, 168), counts, 'a whole week round');
  });
});
