/** Issue 18, point 4: weekly and monthly buckets for long ranges, with the merge rules. */
import assert from 'node:assert/strict';
import { bucketAnalytics, bucketSizes, bucketStart, timelineSpanDays } from '../../src/analytics/buckets';
import { buildDashboardModel } from '../../src/analytics/model';
import { formatBucketDate } from '../../src/analytics/format';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const DAY = 86_400_000;
const day = (iso: string) => `${iso}T00:00:00`;

describe('long-range buckets (issue 18, point 4)', () => {
  it('offers weeks and months above 120 days only', () => {
    assert.deepEqual(bucketSizes(120), ['day']);
    assert.deepEqual(bucketSizes(121), ['day', 'week', 'month']);
  });

  it('starts weeks on Monday and months on the 1st, in UTC', () => {
    // 2026-03-04 is a Wednesday.
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 4, 13), 'week')).toISOString(), '2026-03-02T00:00:00.000Z');
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 1), 'week')).toISOString(), '2026-02-23T00:00:00.000Z', 'a Sunday belongs to the week before');
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 31, 23), 'month')).toISOString(), '2026-03-01T00:00:00.000Z');
  });

  it('sums counts, computes the success rate from the summed counts and weights averages by calls', () => {
    const a = analytics({
      callsStatusTimeLine: [bucket(day('2026-03-02'), { totalCalls: 10, successful: 9, unsuccessful: 1 }), bucket(day('2026-03-03'), { totalCalls: 30, successful: 3, unsuccessful: 27 })],
      callsSuccessRateTimeLine: [{ date: day('2026-03-02'), successRatePercentage: 90 }, { date: day('2026-03-03'), successRatePercentage: 10 }],
      callsAverageTimeLine: [{ date: day('2026-03-02'), averageCallDuration: 100 }, { date: day('2026-03-03'), averageCallDuration: 200 }],
      callsCostTimeLine: [{ date: day('2026-03-02'), totalPrice: 0.1, averageCostPerCall: 0.01 }, { date: day('2026-03-03'), totalPrice: 0.2, averageCostPerCall: 0.02 / 3 }],
    });
    const week = bucketAnalytics(a, 'week');
    assert.equal(week.callsStatusTimeLine?.length, 1);
    assert.equal(week.callsStatusTimeLine?.[0]?.totalCalls, 40);
    assert.equal(week.callsStatusTimeLine?.[0]?.date, '2026-03-02T00:00:00');
    assert.equal(week.callsSuccessRateTimeLine?.[0]?.successRatePercentage, 30, '12 of 40 rated, not the mean of 90 and 10');
    assert.equal(week.callsAverageTimeLine?.[0]?.averageCallDuration, 175, '(100×10 + 200×30) ÷ 40');
    assert.equal(week.callsCostTimeLine?.[0]?.totalPrice, 0.3, 'summed without float drift');
  });

  it('gives a 549-day range weekly and monthly charts whose axis names the bucket and whose labels have a 4-digit year', () => {
    const start = Date.UTC(2025, 0, 1);
    const dates = Array.from({ length: 549 }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 19));
    const a = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 549 }), callsStatusTimeLine: dates.map((d) => bucket(d, { totalCalls: 1 })) });
    assert.equal(timelineSpanDays(a), 549);
    const model = buildDashboardModel({ current: a, previous: null });
    assert.deepEqual(model.buckets?.sizes, ['day', 'week', 'month']);
    const month = model.buckets?.month.find((c) => c.id === 'callsStatusTimeLine');
    assert.equal(month?.categories.length, 19);
    assert.equal(month?.categories[0], 'Jan 2025');
    assert.equal(month?.axes.x, 'Month (UTC)');
    assert.equal(month?.bucket, 'month');
    assert.deepEqual(month?.table.rows[0]?.slice(0, 2), ['Jan 2025', '31'], 'January: 31 calls summed');
    const week = model.buckets?.week.find((c) => c.id === 'callsStatusTimeLine');
    assert.equal(week?.axes.x, 'Week from Monday (UTC)');
    assert.equal(week?.categories[0], 'Dec 30, 2024', '1 Jan 2025 was a Wednesday');
    assert.equal(buildDashboardModel({ current: analytics({ callsStatusTimeLine: dates.slice(0, 120).map((d) => bucket(d, { totalCalls: 1 })) }), previous: null }).buckets, undefined);
  });

  it('labels days across years with a 4-digit year, never "Jun 1, 25"', () => {
    assert.equal(formatBucketDate(Date.UTC(2025, 5, 1), 'en', true), 'Jun 1, 2025');
  });
});

describe('long-range buckets: what is regrouped and what is not', () => {
  it('counts the days from the first to the last bucket over every timeline, ignoring unreadable dates', () => {
    assert.equal(timelineSpanDays(analytics()), 0);
    assert.equal(timelineSpanDays(analytics({ callsStatusTimeLine: [bucket('not a date')] })), 0);
    assert.equal(timelineSpanDays(analytics({ callsStatusTimeLine: [bucket(day('2026-03-01'))] })), 1);
    const a = analytics({
      callsStatusTimeLine: [bucket(day('2026-03-10')), bucket('garbage')],
      callsAverageTimeLine: [{ date: day('2026-03-01'), averageCallDuration: 1 }],
      callsCostTimeLine: [{ date: day('2026-03-05'), totalPrice: 1, averageCostPerCall: null }],
      callsSuccessRateTimeLine: [{ date: day('2026-03-20'), successRatePercentage: 1 }],
      callsPickupRateTimeLine: [{ date: day('2026-03-31'), pickupRatePercentage: 1 }],
    });
    assert.equal(timelineSpanDays(a), 31);
  });

  it('starts a day bucket at midnight UTC', () => {
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 4, 13, 30), 'day')).toISOString(), '2026-03-04T00:00:00.000Z');
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 8, 23), 'week')).toISOString(), '2026-03-02T00:00:00.000Z', 'Sunday ends the week');
    assert.equal(new Date(bucketStart(Date.UTC(2026, 2, 9), 'week')).toISOString(), '2026-03-09T00:00:00.000Z', 'Monday starts one');
  });

  it('leaves the days as they are for daily buckets, and the counters, lists and missing timelines for any bucket', () => {
    const a = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 40 }),
      callLabelCount: [{ id: 'l', name: 'L', color: null, count: 3 }],
      callsStatusTimeLine: [bucket(day('2026-03-30'), { totalCalls: 1 }), bucket(day('2026-04-02'), { totalCalls: 2 }), bucket('garbage', { totalCalls: 50 })],
      callsCostTimeLine: [],
    });
    assert.equal(bucketAnalytics(a, 'day'), a);
    const month = bucketAnalytics(a, 'month');
    assert.deepEqual(month.callsStatusTimeLine?.map((b) => [b.date, b.totalCalls]), [['2026-03-01T00:00:00', 1], ['2026-04-01T00:00:00', 2]], 'an unreadable date is left out');
    assert.equal(month.callsStatusOverview, a.callsStatusOverview);
    assert.equal(month.callLabelCount, a.callLabelCount);
    assert.equal(month.callsAverageTimeLine, null, 'not sent stays not sent');
    assert.deepEqual(month.callsCostTimeLine, []);
    const week = bucketAnalytics(a, 'week');
    assert.deepEqual(week.callsStatusTimeLine?.map((b) => [b.date, b.totalCalls]), [['2026-03-30T00:00:00', 3]]);
  });
});
