import assert from 'node:assert/strict';
import { mergeAnalytics, sortTimeline, sumProvided } from '../../src/api/merge';
import { analyticsSchema, type InboundAnalytics } from '../../src/api/schemas';

/** A part as the schema would produce it from a body that has only these fields. */
function part(json: Record<string, unknown>): InboundAnalytics {
  return analyticsSchema.parse(json);
}

const D1 = '2026-01-05T00:00:00Z';
const D2 = '2026-01-06T00:00:00Z';
const D3 = '2026-01-07T00:00:00Z';

function status(date: string, totalCalls: number, successful: number, unsuccessful: number) {
  return { date, totalCalls, successful, unsuccessful, completed: 0 };
}

describe('mergeAnalytics: counters', () => {
  it('sums overview, sentiment and event counters', () => {
    const merged = mergeAnalytics([
      part({ callsStatusOverview: { totalCalls: 10, successful: 4 }, callsSentimentOverview: { positive: 2 }, callEventsCounts: { smsSentCount: 1 } }),
      part({ callsStatusOverview: { totalCalls: 5, successful: 1 }, callsSentimentOverview: { positive: 3 }, callEventsCounts: { smsSentCount: 4 } }),
    ]);
    assert.equal(merged.callsStatusOverview?.totalCalls, 15);
    assert.equal(merged.callsStatusOverview?.successful, 5);
    assert.equal(merged.callsSentimentOverview?.positive, 5);
    assert.equal(merged.callEventsCounts?.smsSentCount, 5);
  });

  it('sums what was provided; a counter no window provided stays null', () => {
    const merged = mergeAnalytics([
      part({ callsStatusOverview: { totalCalls: 10, successful: null } }),
      part({ callsStatusOverview: { totalCalls: null, successful: null } }),
      part({}),
    ]);
    assert.equal(merged.callsStatusOverview?.totalCalls, 10);
    assert.equal(merged.callsStatusOverview?.successful, null);
  });

  it('keeps a section null only when every window left it out', () => {
    const merged = mergeAnalytics([part({ callEventsCounts: { takeMessageCount: 2 } }), part({})]);
    assert.equal(merged.callsSentimentOverview, null);
    assert.equal(merged.callsStatusTimeLine, null);
    assert.equal(merged.callLabelCount, null);
    assert.equal(merged.callEventsCounts?.takeMessageCount, 2);
  });

  it('takes the call type from the first window that has one', () => {
    assert.equal(mergeAnalytics([part({}), part({ callType: 1 }), part({ callType: 2 })]).callType, 1);
  });
});

describe('mergeAnalytics: timelines', () => {
  it('concatenates and sorts buckets by date, whatever the window order', () => {
    const merged = mergeAnalytics([
      part({ callsAverageTimeLine: [{ date: D3, averageCallDuration: 30 }] }),
      part({ callsAverageTimeLine: [{ date: D2, averageCallDuration: 20 }, { date: D1, averageCallDuration: 10 }] }),
    ]);
    assert.deepEqual(
      merged.callsAverageTimeLine?.map((b) => b.averageCallDuration),
      [10, 20, 30],
    );
  });

  it('combines a day that two windows share: counts summed, success rate from the summed counts', () => {
    const merged = mergeAnalytics([
      part({
        callsStatusTimeLine: [status(D1, 20, 1, 9)],
        callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 10 }],
      }),
      part({
        // Same instant written differently: still the same day.
        callsStatusTimeLine: [status('2026-01-05T00:00:00.000Z', 2, 1, 1), status(D2, 4, 2, 2)],
        callsSuccessRateTimeLine: [{ date: '2026-01-05T00:00:00.000Z', successRatePercentage: 50 }, { date: D2, successRatePercentage: 50 }],
      }),
    ]);
    assert.equal(merged.callsStatusTimeLine?.length, 2);
    assert.deepEqual(merged.callsStatusTimeLine?.[0], { ...status(D1, 22, 2, 10), totalLeads: null, needRetry: null, wrongCountryCode: null, needFollowUp: null, voiceMailLeft: null, wrongNumber: null, unreachable: null, error: null });
    // 2 of 12 decided calls, not the 30 % an average of 10 % and 50 % would claim.
    const rate = merged.callsSuccessRateTimeLine?.[0]?.successRatePercentage ?? NaN;
    assert.ok(Math.abs(rate - 100 * (2 / 12)) < 1e-9, `rate ${rate}`);
    assert.equal(merged.callsSuccessRateTimeLine?.[1]?.successRatePercentage, 50);
  });

  it('weights a shared day\'s average duration, average cost and pickup rate by its calls', () => {
    const merged = mergeAnalytics([
      part({
        callsStatusTimeLine: [status(D1, 1, 0, 0)],
        callsAverageTimeLine: [{ date: D1, averageCallDuration: 60 }],
        callsCostTimeLine: [{ date: D1, totalPrice: 2, averageCostPerCall: 2 }],
        callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: 100 }],
      }),
      part({
        callsStatusTimeLine: [status(D1, 3, 0, 0)],
        callsAverageTimeLine: [{ date: D1, averageCallDuration: 120 }],
        callsCostTimeLine: [{ date: D1, totalPrice: 3, averageCostPerCall: 1 }],
        callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: 0 }],
      }),
    ]);
    assert.equal(merged.callsAverageTimeLine?.[0]?.averageCallDuration, 105);
    assert.deepEqual(merged.callsCostTimeLine, [{ date: D1, totalPrice: 5, averageCostPerCall: 1.25 }]);
    assert.equal(merged.callsPickupRateTimeLine?.[0]?.pickupRatePercentage, 25);
  });

  it('keeps the first window\'s value when the counts to weight by are missing', () => {
    const merged = mergeAnalytics([
      part({ callsAverageTimeLine: [{ date: D1, averageCallDuration: 60 }], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 10 }] }),
      part({ callsAverageTimeLine: [{ date: D1, averageCallDuration: 120 }], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 50 }] }),
    ]);
    assert.deepEqual(merged.callsAverageTimeLine, [{ date: D1, averageCallDuration: 60 }]);
    assert.deepEqual(merged.callsSuccessRateTimeLine, [{ date: D1, successRatePercentage: 10 }]);
  });

  it('keeps the first value when a shared day had no decided calls (no success definition)', () => {
    const merged = mergeAnalytics([
      part({ callsStatusTimeLine: [status(D1, 5, 0, 0)], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0 }] }),
      part({ callsStatusTimeLine: [status(D1, 0, 0, 0)], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0 }] }),
    ]);
    assert.deepEqual(merged.callsSuccessRateTimeLine, [{ date: D1, successRatePercentage: 0 }]);
  });

  it('ignores a window that did not provide a value for a shared day', () => {
    const merged = mergeAnalytics([
      part({ callsStatusTimeLine: [status(D1, 2, 0, 0)], callsAverageTimeLine: [{ date: D1, averageCallDuration: null }] }),
      part({ callsStatusTimeLine: [status(D1, 3, 0, 0)], callsAverageTimeLine: [{ date: D1, averageCallDuration: 40 }] }),
    ]);
    assert.equal(merged.callsAverageTimeLine?.[0]?.averageCallDuration, 40);
  });
});

describe('mergeAnalytics: labels and heatmap', () => {
  it('sums labels by id, keeping the first name and colour', () => {
    const merged = mergeAnalytics([
      part({ callLabelCount: [{ id: 'a', name: 'Booked', color: '#00ff00', count: 2 }] }),
      part({ callLabelCount: [{ id: 'b', name: 'Quote', color: '#0000ff', count: 1 }, { id: 'a', name: 'Renamed', color: 'red', count: 5 }] }),
    ]);
    assert.deepEqual(merged.callLabelCount, [
      { id: 'a', name: 'Booked', color: '#00ff00', count: 7 },
      { id: 'b', name: 'Quote', color: '#0000ff', count: 1 },
    ]);
  });

  it('sums hour × weekday cells by hour and day', () => {
    const merged = mergeAnalytics([
      part({ callsByHourDayOfWeeks: [{ hourOfDay: 9, dayOfWeek: 1, count: 3 }, { hourOfDay: 10, dayOfWeek: 1, count: 1 }] }),
      part({ callsByHourDayOfWeeks: [{ hourOfDay: 9, dayOfWeek: 1, count: 4 }, { hourOfDay: 9, dayOfWeek: 2, count: 2 }] }),
    ]);
    assert.deepEqual(merged.callsByHourDayOfWeeks, [
      { hourOfDay: 9, dayOfWeek: 1, count: 7 },
      { hourOfDay: 10, dayOfWeek: 1, count: 1 },
      { hourOfDay: 9, dayOfWeek: 2, count: 2 },
    ]);
  });
});

describe('merge helpers', () => {
  it('sumProvided is null only when nothing was provided', () => {
    assert.equal(sumProvided([null, null]), null);
    assert.equal(sumProvided([null, 0]), 0);
    assert.equal(sumProvided([1, null, 2]), 3);
  });

  it('sortTimeline orders by instant, not by text', () => {
    const sorted = sortTimeline([{ date: '2026-01-10T00:00:00Z' }, { date: '2026-01-09T23:00:00-02:00' }, { date: '2026-01-09T00:00:00Z' }]);
    assert.deepEqual(sorted.map((b) => b.date), ['2026-01-09T00:00:00Z', '2026-01-10T00:00:00Z', '2026-01-09T23:00:00-02:00']);
  });
});

describe('mergeAnalytics: days the windows disagree on', () => {
  it('keeps the days of the windows that sent a timeline when another window sent none', () => {
    const merged = mergeAnalytics([part({}), part({ callsAverageTimeLine: [{ date: D1, averageCallDuration: 60 }] })]);
    assert.deepEqual(merged.callsAverageTimeLine, [{ date: D1, averageCallDuration: 60 }]);
  });

  it('keeps the first value of a shared day on which no window had a call (nothing to weight by)', () => {
    const merged = mergeAnalytics([
      part({ callsStatusTimeLine: [status(D1, 0, 0, 0)], callsAverageTimeLine: [{ date: D1, averageCallDuration: 30 }] }),
      part({ callsStatusTimeLine: [status(D1, 0, 0, 0)], callsAverageTimeLine: [{ date: D1, averageCallDuration: 50 }] }),
    ]);
    assert.deepEqual(merged.callsAverageTimeLine, [{ date: D1, averageCallDuration: 30 }]);
  });

  it('keeps the first value when one window sent the same day twice (which of its calls is which is unknown)', () => {
    const merged = mergeAnalytics([
      part({ callsStatusTimeLine: [status(D1, 1, 1, 0)], callsAverageTimeLine: [{ date: D1, averageCallDuration: 60 }, { date: D1, averageCallDuration: 120 }] }),
      part({ callsStatusTimeLine: [status(D1, 3, 1, 2)], callsAverageTimeLine: [{ date: D1, averageCallDuration: 90 }] }),
    ]);
    assert.equal(merged.callsAverageTimeLine?.[0]?.averageCallDuration, 60);
  });

  it('keeps a single window\'s success rate as sent, even where its counts would say otherwise', () => {
    const merged = mergeAnalytics([part({ callsStatusTimeLine: [status(D1, 10, 5, 5)], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 40 }] })]);
    assert.deepEqual(merged.callsSuccessRateTimeLine, [{ date: D1, successRatePercentage: 40 }]);
  });

  it('falls back to the first rate a window provided, past one that sent none', () => {
    const merged = mergeAnalytics([
      part({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: null }] }),
      part({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 40 }] }),
    ]);
    assert.deepEqual(merged.callsSuccessRateTimeLine, [{ date: D1, successRatePercentage: 40 }]);
  });

  it('keeps the first rate when one window sent the same day\'s rate twice', () => {
    const merged = mergeAnalytics([
      part({ callsStatusTimeLine: [status(D1, 10, 1, 9)], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 10 }, { date: D1, successRatePercentage: 10 }] }),
      part({ callsStatusTimeLine: [status(D1, 10, 9, 1)], callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 90 }] }),
    ]);
    assert.deepEqual(merged.callsSuccessRateTimeLine, [{ date: D1, successRatePercentage: 10 }]);
  });
});
