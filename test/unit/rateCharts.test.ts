/** The success-rate and pickup-rate lines: their scale, their notes, their gaps, their axis. */
import assert from 'node:assert/strict';
import { resolveOptions } from '../../src/analytics/options';
import { dayCounts, pickupRateChart, showsPickupRate, successRateChart } from '../../src/analytics/rateCharts';
import { analytics, bucket } from './analytics.fixtures';

const l10n = resolveOptions({ locale: 'en' });
const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';
const D3 = '2026-03-03T00:00:00Z';

describe('success-rate line', () => {
  it('is titled, green, on a 0–100 % axis, with the one note that says which scale it read', () => {
    const chart = successRateChart(analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 4, successful: 1, unsuccessful: 3 }), bucket(D2, { totalCalls: 2, successful: 1, unsuccessful: 1 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 25 }, { date: D2, successRatePercentage: 50 }],
    }), l10n);
    assert.equal(chart.title, 'Success rate');
    assert.equal(chart.kind, 'line');
    assert.equal(chart.series[0]?.color, 'green');
    assert.deepEqual(chart.series[0]?.texts, ['25%', '50%']);
    assert.equal(chart.axes.y, 'Rate (%)');
    assert.equal(chart.yFormat, 'percent');
    assert.equal(chart.yMax, 100);
    assert.deepEqual(chart.notes, ['Scale: 0–100 %, checked against the days\' successful and not successful counts.']);
    assert.equal(chart.provided, true);
    assert.equal(chart.empty, false);
  });

  it('says the counts could not tell the scale when every day was at 0 %', () => {
    const chart = successRateChart(analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 3, unsuccessful: 3 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0 }],
    }), l10n);
    assert.deepEqual(chart.notes, ['Scale: read as 0–100 % as the field\'s name says; the days\' counts could not tell the scale.']);
    assert.deepEqual(chart.series[0]?.values, [0]);
  });

  it('does not cap the axis at 100 % when the API sends more, so the point stays on the chart', () => {
    const over = successRateChart(analytics({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 120 }, { date: D2, successRatePercentage: 30 }] }), l10n);
    assert.equal(over.yMax, null);
    const full = successRateChart(analytics({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 100 }] }), l10n);
    assert.equal(full.yMax, 100, 'exactly 100 % fits the 0–100 axis');
  });

  it('is empty only when no day has a value, and "not provided" when the API sent no such section', () => {
    const gaps = successRateChart(analytics({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: null }, { date: D2, successRatePercentage: null }] }), l10n);
    assert.equal(gaps.empty, true);
    const one = successRateChart(analytics({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: null }, { date: D2, successRatePercentage: 10 }] }), l10n);
    assert.equal(one.empty, false);
    assert.deepEqual(one.series[0]?.values, [null, 10]);
    const missing = successRateChart(analytics(), l10n);
    assert.equal(missing.provided, false);
    assert.equal(missing.empty, false, 'the card says "not provided", not "nothing to draw"');
  });

  it('counts each day without a rated call once in its note', () => {
    const chart = successRateChart(analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 2, completed: 2 }), bucket(D2, { totalCalls: 1, completed: 1 }), bucket(D3, { totalCalls: 4, successful: 2, unsuccessful: 2 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0 }, { date: D2, successRatePercentage: 0 }, { date: D3, successRatePercentage: 50 }],
    }), l10n);
    assert.deepEqual(chart.series[0]?.values, [null, null, 50]);
    assert.ok(chart.notes.includes('2 days had no rated call (no success definition that day, or no answered call): left as gaps, not drawn as 0 %.'), chart.notes.join(' | '));
  });

  it('reads a split day\'s two halves together to tell the scale', () => {
    // 1 of 4, then 2 of 4: the day is 3 of 8 = 37.5 %, which the API sent as 0.375.
    const chart = successRateChart(analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 4, successful: 1, unsuccessful: 3 }), bucket(D1, { totalCalls: 4, successful: 2, unsuccessful: 2 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.375 }],
    }), l10n);
    assert.deepEqual(chart.series[0]?.texts, ['37.5%']);
    assert.match(chart.notes[0] ?? '', /fractions \(0–1\)/);
  });
});

describe('status timeline counts per day (for the rate scale)', () => {
  it('sums the days sent twice, and a count missing on either half stays missing', () => {
    const counts = dayCounts(analytics({
      callsStatusTimeLine: [
        bucket(D2, { successful: 1, unsuccessful: 3 }),
        bucket(D1, { successful: 2, unsuccessful: 5 }),
        bucket(D2, { successful: 4, unsuccessful: null }),
        bucket(D3, { successful: null, unsuccessful: 2 }),
        bucket(D3, { successful: 6, unsuccessful: 1 }),
      ],
    }));
    assert.deepEqual([...counts.keys()], [Date.parse(D1), Date.parse(D2), Date.parse(D3)]);
    assert.deepEqual(counts.get(Date.parse(D1)), { successful: 2, unsuccessful: 5 });
    assert.deepEqual(counts.get(Date.parse(D2)), { successful: 5, unsuccessful: null });
    assert.deepEqual(counts.get(Date.parse(D3)), { successful: null, unsuccessful: 3 });
    assert.equal(dayCounts(analytics()).size, 0);
  });
});

describe('pickup-rate line', () => {
  it('is titled, purple, on a 0–100 % axis, and says no daily counts can check its scale', () => {
    const chart = pickupRateChart(analytics({ callsPickupRateTimeLine: [{ date: D2, pickupRatePercentage: 61 }, { date: D1, pickupRatePercentage: 58.5 }] }), l10n);
    assert.equal(chart.title, 'Pickup rate');
    assert.equal(chart.id, 'callsPickupRateTimeLine');
    assert.equal(chart.series[0]?.color, 'purple');
    assert.deepEqual(chart.series[0]?.texts, ['58.5%', '61%']);
    assert.equal(chart.axes.y, 'Rate (%)');
    assert.equal(chart.yMax, 100);
    assert.deepEqual(chart.notes, ['Scale: read as 0–100 % as the field\'s name says; the response has no daily counts to check it against.']);
    assert.equal(pickupRateChart(analytics(), l10n).provided, false);
  });

  it('is drawn for inbound once any day has a value, and always for outbound', () => {
    const some = analytics({ callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: null }, { date: D2, pickupRatePercentage: 40 }] });
    assert.equal(showsPickupRate(some, l10n), true);
    assert.equal(showsPickupRate(analytics({ callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: null }] }), l10n), false);
    assert.equal(showsPickupRate(analytics(), l10n), false);
    assert.equal(showsPickupRate(analytics(), resolveOptions({ campaignKind: 'outbound' })), true);
  });
});
