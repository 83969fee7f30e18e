/** What a click on a chart opens: the period of a bar, its outcome, and the line under the chart that says so. */
import assert from 'node:assert/strict';
import { bucketEnd, bucketKey, overviewDrill, timelineDrill } from '../../src/analytics/drill';
import { resolveOptions } from '../../src/analytics/options';

const en = resolveOptions({ locale: 'en' });
const iso = (ms: number) => new Date(ms).toISOString();

describe('drill-down keys', () => {
  it('a day, a week and a month bar open their bucket up to its last millisecond', () => {
    const monday = Date.UTC(2026, 2, 2);
    assert.equal(iso(bucketEnd(monday, 'day')), '2026-03-02T23:59:59.999Z');
    assert.equal(iso(bucketEnd(monday, 'week')), '2026-03-08T23:59:59.999Z');
    assert.equal(iso(bucketEnd(Date.UTC(2026, 1, 1), 'month')), '2026-02-28T23:59:59.999Z');
    assert.equal(iso(bucketEnd(Date.UTC(2025, 11, 1), 'month')), '2025-12-31T23:59:59.999Z', 'December ends the year');
    assert.deepEqual(bucketKey(Date.UTC(2026, 0, 1), 'month'), { from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T23:59:59.999Z' });
  });

  it('the hint under a timeline says which bucket a bar opens, and which statuses open nothing', () => {
    const times = [Date.UTC(2026, 0, 1)];
    assert.equal(timelineDrill(['successful'], times, [4], 'day', en).hint, "Click a bar to see that day's calls with that outcome; Enter on a row of the table opens all of that day's calls.");
    assert.equal(timelineDrill(['successful'], times, [4], 'week', en).hint, "Click a bar to see that week's calls with that outcome; Enter on a row of the table opens all of that week's calls.");
    const month = timelineDrill(['successful', 'needFollowUp', 'wrongNumber'], times, [null], 'month', en);
    assert.equal(month.hint, "Click a bar to see that month's calls with that outcome; Enter on a row of the table opens all of that month's calls. Needs follow-up, Wrong number: the call search has no filter for these, so their bars open nothing.");
    assert.deepEqual(month.series, [{ status: 'successful' }, null, null]);
    assert.deepEqual(month.rows, [{ key: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T23:59:59.999Z' }, expected: null }]);
    assert.deepEqual(timelineDrill(['error'], [], [], 'day', en).rows, []);
  });

  it('an overview bar opens the range\'s calls with its outcome; a status without an outcome code opens nothing', () => {
    const d = overviewDrill(['successful', 'needFollowUp', 'unsuccessful'], [5, 2, null], en);
    assert.deepEqual(d.categories, [{ status: 'successful' }, null, { status: 'unsuccessful' }]);
    assert.deepEqual(d.rows, [{ key: { status: 'successful' }, expected: 5 }, null, { key: { status: 'unsuccessful' }, expected: null }]);
    assert.equal(d.hint, "Click a bar, or press Enter on a row of the table, to see the range's calls with that outcome. Needs follow-up: the call search has no filter for these, so their bars open nothing.");
    assert.equal(overviewDrill(['successful'], [1], en).hint, "Click a bar, or press Enter on a row of the table, to see the range's calls with that outcome.");
  });
});
