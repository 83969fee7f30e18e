/** Weekly and monthly charts of a long range, as the dashboard's bucket toggle shows them. */
import assert from 'node:assert/strict';
import { modelBuckets } from '../../src/analytics/bucketCharts';
import { resolveOptions, type ModelOptions } from '../../src/analytics/options';
import type { InboundAnalytics } from '../../src/api/schemas';
import { analytics, bucket } from './analytics.fixtures';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const days = (n: number) => Array.from({ length: n }, (_, i) => new Date(START + i * DAY).toISOString().slice(0, 19));
const long = (n = 200, extra: Partial<InboundAnalytics> = {}) =>
  analytics({
    callsStatusTimeLine: days(n).map((d) => bucket(d, { totalCalls: 2, successful: 1, unsuccessful: 1 })),
    callsAverageTimeLine: days(n).map((date) => ({ date, averageCallDuration: 60 })),
    callsCostTimeLine: days(n).map((date) => ({ date, totalPrice: 1, averageCostPerCall: 0.5 })),
    callsSuccessRateTimeLine: days(n).map((date) => ({ date, successRatePercentage: 50 })),
    ...extra,
  });
const of = (a: InboundAnalytics, options: ModelOptions = { locale: 'en' }) => modelBuckets(a, resolveOptions(options));

describe('weekly and monthly charts', () => {
  it('exist only above 120 days', () => {
    assert.equal(of(long(120)), undefined);
    assert.deepEqual(of(long(121))?.sizes, ['day', 'week', 'month']);
  });

  it('are the four timelines, plus the pickup rate when the dashboard draws it', () => {
    const b = of(long());
    const ids = ['callsStatusTimeLine', 'callsAverageTimeLine', 'callsCostTimeLine', 'callsSuccessRateTimeLine'];
    assert.deepEqual(b?.week.map((c) => c.id), ids);
    assert.deepEqual(b?.month.map((c) => c.id), ids);
    const pickup = of(long(200, { callsPickupRateTimeLine: days(200).map((date) => ({ date, pickupRatePercentage: 40 })) }));
    assert.deepEqual(pickup?.month.map((c) => c.id), [...ids, 'callsPickupRateTimeLine']);
  });

  it('name the bucket on the axis, in the table and in a note, every chart alike', () => {
    const b = of(long());
    for (const c of b?.week ?? []) {
      assert.equal(c.bucket, 'week');
      assert.equal(c.axes.x, 'Week from Monday (UTC)', c.id);
      assert.equal(c.table.columns[0], 'Week from Monday (UTC)', c.id);
      assert.equal(c.notes.at(-1), 'Weekly buckets: calls summed, rates from the summed counts, averages weighted by calls.', c.id);
      assert.equal(c.table.rows[0]?.[0], 'Dec 30, 2024', c.id);
    }
    for (const c of b?.month ?? []) {
      assert.equal(c.bucket, 'month');
      assert.equal(c.axes.x, 'Month (UTC)', c.id);
      assert.equal(c.table.columns[0], 'Month (UTC)', c.id);
      assert.equal(c.notes.at(-1), 'Monthly buckets: calls summed, rates from the summed counts, averages weighted by calls.', c.id);
      assert.deepEqual(c.categories.slice(0, 3), ['Jan 2025', 'Feb 2025', 'Mar 2025'], c.id);
      assert.equal(c.table.rows.length, c.categories.length);
    }
  });

  it('sum the days into the bucket and keep the chart\'s own columns and values', () => {
    const month = of(long())?.month;
    const calls = month?.find((c) => c.id === 'callsStatusTimeLine');
    assert.deepEqual(calls?.table.columns.slice(1, 3), ['Total calls', 'Successful']);
    assert.deepEqual(calls?.table.rows[1]?.slice(0, 3), ['Feb 2025', '56', '28'], '28 days of 2 calls');
    assert.equal(calls?.drill?.hint.startsWith("Click a bar to see that month's calls"), true);
    const cost = month?.find((c) => c.id === 'callsCostTimeLine');
    assert.deepEqual(cost?.table.rows[0]?.slice(1), ['31.00 credits', '0.50 credits']);
    const rate = month?.find((c) => c.id === 'callsSuccessRateTimeLine');
    assert.equal(rate?.series[0]?.texts[0], '50%');
  });

  it('write the bucket in the locale, and in English when the locale is not one', () => {
    assert.equal(of(long(), { locale: 'de' })?.month[0]?.categories[0], 'Jan. 2025');
    assert.equal(of(long(), { locale: 'de' })?.week[0]?.categories[0], '30. Dez. 2024');
    assert.equal(of(long(), { locale: 'not a locale!' })?.month[0]?.categories[0], 'Jan 2025');
    assert.equal(of(long(), { locale: 'not a locale!' })?.week[0]?.categories[0], 'Dec 30, 2024');
  });
});
