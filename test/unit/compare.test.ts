import assert from 'node:assert/strict';
import { buildCompareModel, CAMPAIGN_COLORS, type ComparedInput } from '../../src/analytics/compare';
import { buildDashboardModel } from '../../src/analytics/model';
import { buildKpis } from '../../src/analytics/kpis';
import type { ModelChart } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';
const D3 = '2026-03-03T00:00:00Z';

const frontDesk = analytics({
  callsStatusOverview: emptyStatus({ totalCalls: 30, successful: 12, unsuccessful: 4 }),
  callsStatusTimeLine: [bucket(D1, { totalCalls: 10, successful: 4, unsuccessful: 1 }), bucket(D2, { totalCalls: 20, successful: 8, unsuccessful: 3 })],
  // A fraction scale: the dashboard reads 0.8 as 80 % from the day's counts; so must the comparison.
  callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.8 }, { date: D2, successRatePercentage: 8 / 11 }],
  callLabelCount: [{ id: 'a1', name: 'Booking', color: null, count: 9 }, { id: 'a2', name: 'Billing', color: null, count: 2 }],
  callEventsCounts: { takeMessageCount: 1, smsSentCount: 2, callTransferredCount: 3, calendarBookedCount: 4, emailSentCount: 5 },
});
const afterHours = analytics({
  callsStatusOverview: emptyStatus({ totalCalls: 7, successful: 1, unsuccessful: 1 }),
  callsStatusTimeLine: [bucket(D2, { totalCalls: 3 }), bucket(D3, { totalCalls: 4 })],
  callLabelCount: [{ id: 'b9', name: 'Booking', color: null, count: 5 }, { id: 'b8', name: 'Emergency', color: null, count: 4 }],
  callEventsCounts: null,
});

const inputs: ComparedInput[] = [
  { id: 'c1', name: 'Front Desk', input: { current: frontDesk, previous: null } },
  { id: 'c2', name: 'After Hours', input: { current: afterHours, previous: null } },
  { id: 'c3', name: 'Broken', error: 'The server answered 500.' },
];

function chartOf(charts: readonly ModelChart[], id: ModelChart['id']): ModelChart {
  const found = charts.find((c) => c.id === id);
  assert.ok(found, id);
  return found;
}

describe('compare campaigns (view model)', () => {
  // Built in each test, not when the file loads: a mutant is then run against the tests that read it.
  const model = () => buildCompareModel(inputs, { locale: 'en-US' });

  it('gives each campaign one colour, the same in its column and in every chart', () => {
    assert.deepEqual(model().campaigns.map((c) => c.color), CAMPAIGN_COLORS.slice(0, 3));
    for (const chart of model().charts) {
      assert.deepEqual(chart.series.map((s) => [s.id, s.color]), [['c1', 'blue'], ['c2', 'orange']], chart.id);
    }
  });

  it('lays the daily calls on one axis of every day either campaign has, with gaps, not zeros, where one has no bucket', () => {
    const calls = chartOf(model().charts, 'callsStatusTimeLine');
    assert.equal(calls.categories.length, 3);
    assert.deepEqual(calls.series.map((s) => s.values), [[10, 20, null], [null, 3, 4]]);
    assert.deepEqual(calls.table.columns, ['Day (UTC)', 'Front Desk', 'After Hours']);
    assert.deepEqual(calls.table.rows[0]?.slice(1), ['10', '—']);
  });

  it("draws a campaign's success rate as its own dashboard does (scale read from the counts)", () => {
    const own = chartOf(buildDashboardModel({ current: frontDesk, previous: null }, { locale: 'en-US' }).charts, 'callsSuccessRateTimeLine');
    const compared = chartOf(model().charts, 'callsSuccessRateTimeLine');
    assert.deepEqual(compared.series[0]?.values.slice(0, 2), own.series[0]?.values);
    assert.equal(Math.round(compared.series[0]?.values[0] ?? 0), 80);
  });

  it('shows the KPI cards of each campaign exactly as its dashboard would, and says why a campaign has none', () => {
    assert.deepEqual(model().campaigns[0]?.kpis, buildKpis({ current: frontDesk, previous: null }, { locale: 'en-US' }));
    assert.equal(model().campaigns[2]?.kpis, null);
    assert.equal(model().campaigns[2]?.error, 'The server answered 500.');
  });

  it('matches labels by name across campaigns and groups their bars', () => {
    const labels = chartOf(model().charts, 'callLabelCount');
    assert.deepEqual(labels.categories, ['Booking', 'Emergency', 'Billing']);
    assert.deepEqual(labels.series.map((s) => s.values), [[9, 0, 2], [5, 4, 0]]);
  });

  it('a campaign without events has missing bars, not zeros', () => {
    const events = chartOf(model().charts, 'callEventsCounts');
    assert.deepEqual(events.series[0]?.values, [1, 2, 3, 4, 5]);
    assert.deepEqual(events.series[1]?.values, [null, null, null, null, null]);
  });

  it('compares at most four campaigns, and draws nothing when none loaded', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, input: { current: frontDesk, previous: null } }));
    assert.equal(buildCompareModel(five).campaigns.length, 4);
    assert.deepEqual(buildCompareModel([{ id: 'x', name: 'X', error: 'no' }]).charts, []);
  });
});

describe('compare campaigns: titles, axes, notes and states', () => {
  const model = () => buildCompareModel(inputs, { locale: 'en-US', currencyLabel: 'EUR' });

  it('titles each overlay, names its axis, its unit and its cap, and draws lines', () => {
    assert.deepEqual(model().charts.map((c) => [c.id, c.title, c.axes.y, c.yFormat, c.yMax, c.kind]), [
      ['callsStatusTimeLine', 'Calls per day', 'Calls', 'count', null, 'line'],
      ['callsSuccessRateTimeLine', 'Success rate', 'Success rate (%)', 'percent', 100, 'line'],
      ['callsAverageTimeLine', 'Average call duration', 'Average duration (m:ss)', 'duration', null, 'line'],
      ['callsCostTimeLine', 'Cost per day', 'Total cost (EUR)', 'cost', null, 'line'],
      ['callLabelCount', 'Top labels', 'Calls', 'count', null, 'bar'],
      ['callEventsCounts', 'Events', 'Calls', 'count', null, 'bar'],
    ]);
    const calls = chartOf(model().charts, 'callsStatusTimeLine');
    assert.equal(calls.axes.x, 'Day (buckets as sent by the API, read as UTC)');
    assert.deepEqual(calls.categories, ['Mar 1', 'Mar 2', 'Mar 3']);
    assert.deepEqual(calls.series.map((s) => s.type), ['line', 'line']);
    assert.equal(calls.summary, 'Calls per day: 3 days from Mar 1 to Mar 3. Front Desk from 10 to 20; After Hours from 3 to 4.');
    assert.deepEqual(chartOf(model().charts, 'callLabelCount').axes.x, 'Label');
    assert.deepEqual(chartOf(model().charts, 'callEventsCounts').table.columns, ['Event', 'Front Desk', 'After Hours']);
    assert.equal(model().currency, 'EUR');
    assert.equal(model().locale, 'en-US');
  });

  it('says "not provided" for a section no campaign sent, and draws a section one campaign sent', () => {
    assert.equal(chartOf(model().charts, 'callsAverageTimeLine').provided, false);
    assert.equal(chartOf(model().charts, 'callsCostTimeLine').provided, false);
    assert.equal(chartOf(model().charts, 'callsSuccessRateTimeLine').provided, true);
    assert.equal(chartOf(model().charts, 'callEventsCounts').provided, true);
    const bare = buildCompareModel([{ id: 'x', name: 'X', input: { current: analytics(), previous: null } }]);
    assert.deepEqual(bare.charts.map((c) => c.provided), [false, false, false, false, false, false]);
  });

  it('sums up grouped bars per campaign', () => {
    const events = chartOf(model().charts, 'callEventsCounts');
    assert.equal(events.summary, 'Events — Front Desk. Messages taken: 1; SMS sent: 2; Calls transferred: 3; Calendar bookings: 4; Emails sent: 5. Events — After Hours. Messages taken: —; SMS sent: —; Calls transferred: —; Calendar bookings: —; Emails sent: —.');
    assert.equal(chartOf(model().charts, 'callLabelCount').summary.startsWith('Top labels — Front Desk. Booking: 9; Emergency: 0; Billing: 2.'), true);
  });

  it('keeps the ten labels with the most calls over all campaigns, and says so only when there were more', () => {
    const labels = (n: number, offset: number) => Array.from({ length: n }, (_, i) => ({ id: `x${i}`, name: `L${i}`, color: null, count: offset + i }));
    const big = buildCompareModel([
      { id: 'a', name: 'A', input: { current: analytics({ callLabelCount: labels(12, 0) }), previous: null } },
      { id: 'b', name: 'B', input: { current: analytics({ callLabelCount: labels(3, 100) }), previous: null } },
    ]);
    const chart = chartOf(big.charts, 'callLabelCount');
    assert.deepEqual(chart.categories, ['L2', 'L1', 'L0', 'L11', 'L10', 'L9', 'L8', 'L7', 'L6', 'L5']);
    assert.deepEqual(chart.series[1]?.values.slice(0, 4), [102, 101, 100, 0]);
    assert.deepEqual(chart.notes, ['The 10 labels with the most calls over all compared campaigns, matched by name.']);
    const ten = buildCompareModel([{ id: 'a', name: 'A', input: { current: analytics({ callLabelCount: labels(10, 1) }), previous: null } }]);
    assert.deepEqual(chartOf(ten.charts, 'callLabelCount').notes, []);
  });

  it('says "Not loaded." for a campaign with neither figures nor an error, and marks kept figures of a failed refresh as stale', () => {
    const m = buildCompareModel([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', input: { current: frontDesk, previous: null }, error: 'Timed out.' },
      { id: 'c', name: 'C', input: { current: frontDesk, previous: null } },
    ]);
    assert.deepEqual(m.campaigns.map((c) => [c.error, c.stale, c.kpis === null]), [['Not loaded.', false, true], ['Timed out.', true, false], [null, false, false]]);
  });

  it("lays every day in order even when a later campaign has the earlier days, each line its dashboard's own figures", () => {
    const late = analytics({
      callsStatusTimeLine: [bucket(D3, { totalCalls: 5 })],
      callsAverageTimeLine: [{ date: D3, averageCallDuration: 90 }],
      callsCostTimeLine: [{ date: D3, totalPrice: 2.5, averageCostPerCall: 0.5 }],
    });
    const early = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 1 })],
      callsAverageTimeLine: [{ date: D1, averageCallDuration: 30 }],
      callsCostTimeLine: [{ date: D1, totalPrice: 4, averageCostPerCall: 4 }],
    });
    const m = buildCompareModel([
      { id: 'l', name: 'Late', input: { current: late, previous: null } },
      { id: 'e', name: 'Early', input: { current: early, previous: null } },
    ], { locale: 'en' });
    const calls = chartOf(m.charts, 'callsStatusTimeLine');
    assert.deepEqual(calls.categories, ['Mar 1', 'Mar 3']);
    assert.deepEqual(calls.series.map((s) => s.values), [[null, 5], [1, null]]);
    assert.deepEqual(chartOf(m.charts, 'callsAverageTimeLine').series.map((s) => s.texts), [['—', '1:30'], ['0:30', '—']]);
    assert.deepEqual(chartOf(m.charts, 'callsCostTimeLine').series.map((s) => s.values), [[null, 2.5], [4, null]], 'the total cost, not the average per call');
    assert.deepEqual(m.charts.map((c) => [c.id, c.provided]), [
      ['callsStatusTimeLine', true], ['callsSuccessRateTimeLine', false], ['callsAverageTimeLine', true], ['callsCostTimeLine', true], ['callLabelCount', false], ['callEventsCounts', false],
    ]);
    const oneWithLabels = buildCompareModel([
      { id: 'l', name: 'Late', input: { current: late, previous: null } },
      { id: 'a', name: 'A', input: { current: analytics({ callLabelCount: [{ id: 'x', name: 'X', color: null, count: 1 }] }), previous: null } },
    ]);
    assert.equal(chartOf(oneWithLabels.charts, 'callLabelCount').provided, true, 'one campaign sent labels');
  });

  it('adds up the labels of one campaign that share a name', () => {
    const m = buildCompareModel([{ id: 'a', name: 'A', input: { current: analytics({ callLabelCount: [{ id: 'x', name: 'Booking', color: null, count: 2 }, { id: 'y', name: ' Booking ', color: null, count: 3 }] }), previous: null } }]);
    const labels = chartOf(m.charts, 'callLabelCount');
    assert.deepEqual(labels.categories, ['Booking']);
    assert.deepEqual(labels.series[0]?.values, [5]);
  });
});
