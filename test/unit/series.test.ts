/** The API's loose lists made drawable: dates in order, sums of what was sent, the week's grid of hours. */
import assert from 'node:assert/strict';
import { detectWeekdayBase, sortByDate, sumOrNull, weekGrid } from '../../src/analytics/series';
import type { HourDayCount } from '../../src/api/schemas';

const cell = (dayOfWeek: number, hourOfDay: number, count: number | null): HourDayCount => ({ dayOfWeek, hourOfDay, count });

describe('sortByDate', () => {
  it('puts the days oldest first, keeps days of the same date in the order sent, and drops unreadable dates', () => {
    const items = [
      { date: '2026-03-03T00:00:00Z', v: 'c' },
      { date: 'yesterday', v: 'x' },
      { date: '2026-03-01T00:00:00Z', v: 'a1' },
      { date: '2026-03-02T00:00:00Z', v: 'b' },
      { date: '2026-03-01T00:00:00Z', v: 'a2' },
      { date: '2026-03-01T00:00:00Z', v: 'a3' },
    ];
    const sorted = sortByDate(items);
    assert.deepEqual(sorted.map((d) => d.item.v), ['a1', 'a2', 'a3', 'b', 'c']);
    assert.deepEqual(sorted.map((d) => d.time), [Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 3)]);
  });

  it('gives nothing for a section that was not sent', () => {
    assert.deepEqual(sortByDate(null), []);
    assert.deepEqual(sortByDate([]), []);
  });
});

describe('sumOrNull', () => {
  it('adds the numbers that were sent, and says unknown when none was', () => {
    assert.equal(sumOrNull([1, null, 2.5, undefined, Number.NaN, 3]), 6.5);
    assert.equal(sumOrNull([0, null]), 0, 'a real 0 is a sum');
    assert.equal(sumOrNull([null, undefined, Number.POSITIVE_INFINITY]), null);
    assert.equal(sumOrNull([]), null);
  });
});

describe('weekday base of the hour × weekday counts', () => {
  it('is 1-based when a day 7 appears, even after a day 0; 0-based with a 0 and no 7; unknown with neither', () => {
    assert.equal(detectWeekdayBase([cell(0, 1, 1), cell(7, 1, 1)]), 'sunday1');
    assert.equal(detectWeekdayBase([cell(3, 1, 1), cell(0, 1, 1), cell(6, 2, 1)]), 'sunday0');
    assert.equal(detectWeekdayBase([cell(3, 1, 1)]), null);
    assert.equal(detectWeekdayBase(null), null);
  });

  it('says why it read the days as it did', () => {
    assert.equal(weekGrid([cell(7, 1, 1)]).baseFrom, 'seven');
    assert.equal(weekGrid([cell(0, 1, 1)]).baseFrom, 'zero');
    assert.equal(weekGrid([cell(3, 1, 1)]).baseFrom, 'unknown');
    assert.equal(weekGrid([cell(7, 1, 1)], 'sunday0').baseFrom, 'setting');
    assert.equal(weekGrid([cell(3, 1, 1)], 'sunday1').baseFrom, 'setting');
  });

  it('follows the setting over the data', () => {
    const asSetting = weekGrid([cell(1, 9, 4), cell(7, 9, 2)], 'sunday0');
    assert.equal(asSetting.oneBased, false);
    assert.equal(asSetting.counts[1]?.[9], 4, '1 = Monday as the setting says');
    assert.equal(asSetting.dropped, 1, 'a 7 is no weekday in a 0-based week');
    const oneBased = weekGrid([cell(1, 9, 4), cell(0, 9, 2)], 'sunday1');
    assert.equal(oneBased.oneBased, true);
    assert.equal(oneBased.counts[0]?.[9], 4, '1 = Sunday as the setting says');
    assert.equal(oneBased.dropped, 1, 'a 0 is no weekday in a 1-based week');
    assert.equal(weekGrid([cell(3, 1, 1)]).oneBased, false, 'unknown reads as 0-based');
  });
});

describe('weekGrid', () => {
  it('is seven days of 24 empty hours without data', () => {
    const grid = weekGrid(null);
    assert.deepEqual(grid.counts, Array.from({ length: 7 }, () => new Array<number>(24).fill(0)));
    assert.equal(grid.total, 0);
    assert.equal(grid.dropped, 0);
  });

  it('keeps the first and last hour and day of the week, and zero counts', () => {
    const grid = weekGrid([cell(0, 0, 1), cell(6, 23, 2), cell(0, 23, 3), cell(6, 0, 4), cell(3, 12, 0)]);
    assert.equal(grid.counts[0]?.[0], 1);
    assert.equal(grid.counts[6]?.[23], 2);
    assert.equal(grid.counts[0]?.[23], 3);
    assert.equal(grid.counts[6]?.[0], 4);
    assert.equal(grid.dropped, 0, 'a cell with 0 calls is a real cell');
    assert.equal(grid.total, 10);
  });

  it('leaves out hours and days outside the week, and counts that are not a number of calls', () => {
    const grid = weekGrid([
      cell(1, 24, 5), cell(1, -1, 5), cell(1, 2.5, 5), cell(-1, 3, 5), cell(7.5, 3, 5), cell(1.5, 3, 5),
      cell(2, 3, -1), cell(2, 3, null), cell(2, 3, Number.NaN), cell(2, 3, 6),
    ]);
    assert.equal(grid.dropped, 9);
    assert.equal(grid.total, 6);
    assert.equal(grid.counts.flat().reduce((a, b) => a + b, 0), 6);
  });

  it('reads 1 … 7 as Sunday … Saturday when the data is 1-based', () => {
    const grid = weekGrid([cell(7, 9, 2), cell(1, 10, 3), cell(4, 11, 1)]);
    assert.equal(grid.counts[6]?.[9], 2);
    assert.equal(grid.counts[0]?.[10], 3);
    assert.equal(grid.counts[3]?.[11], 1);
    assert.equal(grid.total, 6);
  });

  it('adds up duplicate cells, as a split range sends them', () => {
    const grid = weekGrid([cell(2, 3, 6), cell(2, 3, 1.5), cell(2, 4, 2)]);
    assert.equal(grid.counts[2]?.[3], 7.5);
    assert.equal(grid.total, 9.5);
  });
});
