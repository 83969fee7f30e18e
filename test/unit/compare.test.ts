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
  const model = buildCompareModel(inputs, { locale: 'en-US' });

  it('gives each campaign one colour, the same in its column and in every chart', () => {
    assert.deepEqual(model.campaigns.map((c) => c.color), CAMPAIGN_COLORS.slice(0, 3));
    for (const chart of model.charts) {
      assert.deepEqual(chart.series.map((s) => [s.id, s.color]), [['c1', 'blue'], ['c2', 'orange']], chart.id);
    }
  });

  it('lays the daily calls on one axis of every day either campaign has, with gaps, not zeros, where one has no bucket', () => {
    const calls = chartOf(model.charts, 'callsStatusTimeLine');
    assert.equal(calls.categories.length, 3);
    assert.deepEqual(calls.series.map((s) => s.values), [[10, 20, null], [null, 3, 4]]);
    assert.deepEqual(calls.table.columns, ['Day (UTC)', 'Front Desk', 'After Hours']);
    assert.deepEqual(calls.table.rows[0]?.slice(1), ['10', '—']);
  });

  it("draws a campaign's success rate as its own dashboard does (scale read from the counts)", () => {
    const own = chartOf(buildDashboardModel({ current: frontDesk, previous: null }, { locale: 'en-US' }).charts, 'callsSuccessRateTimeLine');
    const compared = chartOf(model.charts, 'callsSuccessRateTimeLine');
    assert.deepEqual(compared.series[0]?.values.slice(0, 2), own.series[0]?.values);
    assert.equal(Math.round(compared.series[0]?.values[0] ?? 0), 80);
  });

  it('shows the KPI cards of each campaign exactly as its dashboard would, and says why a campaign has none', () => {
    assert.deepEqual(model.campaigns[0]?.kpis, buildKpis({ current: frontDesk, previous: null }, { locale: 'en-US' }));
    assert.equal(model.campaigns[2]?.kpis, null);
    assert.equal(model.campaigns[2]?.error, 'The server answered 500.');
  });

  it('matches labels by name across campaigns and groups their bars', () => {
    const labels = chartOf(model.charts, 'callLabelCount');
    assert.deepEqual(labels.categories, ['Booking', 'Emergency', 'Billing']);
    assert.deepEqual(labels.series.map((s) => s.values), [[9, 0, 2], [5, 4, 0]]);
  });

  it('a campaign without events has missing bars, not zeros', () => {
    const events = chartOf(model.charts, 'callEventsCounts');
    assert.deepEqual(events.series[0]?.values, [1, 2, 3, 4, 5]);
    assert.deepEqual(events.series[1]?.values, [null, null, null, null, null]);
  });

  it('compares at most four campaigns, and draws nothing when none loaded', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, input: { current: frontDesk, previous: null } }));
    assert.equal(buildCompareModel(five).campaigns.length, 4);
    assert.deepEqual(buildCompareModel([{ id: 'x', name: 'X', error: 'no' }]).charts, []);
  });
});
