/** Issue 11, point 13: a date-time without an offset is UTC, like a date-only string. */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { parseApiDate } from '../../src/api/dates';
import { mergeAnalytics } from '../../src/api/merge';
import { analyticsSchema } from '../../src/api/schemas';
import { analytics, bucket } from './analytics.fixtures';
import { inProcessTimeZone } from './processTimeZone';

describe('truth: dates without an offset (issue 11, point 13)', () => {
  // East of UTC, where reading "2026-03-05T00:00:00" as local time puts the bucket on 4 March.
  inProcessTimeZone('Asia/Tokyo');

  it('labels an ASP.NET date-time without an offset as its own day under the UTC axis, east of UTC too', () => {
    assert.equal(new Date(2026, 2, 5).getTimezoneOffset(), -540, 'the test runs in Tokyo time');
    const current = analytics({
      callsStatusTimeLine: [bucket('2026-03-05T00:00:00', { totalCalls: 2 }), bucket('2026-03-06T00:00:00.000', { totalCalls: 1 })],
      callsAverageTimeLine: [{ date: '2026-03-05T00:00:00', averageCallDuration: 90 }],
    });
    const model = buildDashboardModel({ current, previous: null });
    assert.deepEqual(model.charts.find((c) => c.id === 'callsStatusTimeLine')?.categories, ['Mar 5', 'Mar 6']);
    assert.deepEqual(model.charts.find((c) => c.id === 'callsAverageTimeLine')?.times, [Date.UTC(2026, 2, 5)]);
  });

  it('merges a window\'s offset-less day with another window\'s Z day into one bucket', () => {
    const merged = mergeAnalytics([
      analyticsSchema.parse({ callsStatusTimeLine: [{ date: '2026-03-05T00:00:00', totalCalls: 2 }] }),
      analyticsSchema.parse({ callsStatusTimeLine: [{ date: '2026-03-05T00:00:00Z', totalCalls: 3 }] }),
    ]);
    assert.deepEqual(merged.callsStatusTimeLine?.map((b) => b.totalCalls), [5]);
  });

  it('leaves dates with an offset and date-only strings as they are', () => {
    assert.equal(parseApiDate('2026-03-05T00:00:00+02:00'), Date.UTC(2026, 2, 4, 22));
    assert.equal(parseApiDate('2026-03-05'), Date.UTC(2026, 2, 5));
    assert.equal(parseApiDate('2026-03-05T10:30'), Date.UTC(2026, 2, 5, 10, 30));
  });

  it('reads every digit, a lower-case "t" and a space the same way: as UTC, not as Tokyo time', () => {
    assert.equal(parseApiDate('2026-03-05T09:59:59.999'), Date.UTC(2026, 2, 5, 9, 59, 59, 999));
    assert.equal(parseApiDate('2026-03-05t10:30'), Date.UTC(2026, 2, 5, 10, 30));
    assert.equal(parseApiDate('2026-03-05 10:30:00'), Date.UTC(2026, 2, 5, 10, 30));
  });
});
