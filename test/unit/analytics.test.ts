import assert from 'node:assert/strict';
import { buildKpis } from '../../src/analytics/kpis';
import { buildDashboardModel } from '../../src/analytics/model';
import { keyFigures } from '../../src/analytics/keyFigures';
import { weekGrid } from '../../src/analytics/series';
import type { ModelKpi } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';
const D3 = '2026-03-03T00:00:00Z';

function kpi(list: readonly ModelKpi[], id: ModelKpi['id']): ModelKpi {
  const found = list.find((k) => k.id === id);
  assert.ok(found, `kpi ${id}`);
  return found;
}

describe('analytics view model: KPIs', () => {
  it('computes total calls and the success rate from successful and not successful calls', () => {
    const current = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 200, successful: 60, unsuccessful: 20, completed: 0 }) });
    const kpis = buildKpis({ current, previous: null });
    assert.equal(kpi(kpis, 'totalCalls').text, '200');
    assert.equal(kpi(kpis, 'successRate').text, '75%');
    assert.equal(kpi(kpis, 'successRate').value, 75);
  });

  it('says "No success definition" instead of 0 % when only completed calls exist', () => {
    const current = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 50, completed: 50 }) });
    const k = kpi(buildKpis({ current, previous: null }), 'successRate');
    assert.equal(k.text, 'No success definition');
    assert.equal(k.value, null);
    assert.match(k.detail ?? '', /Success Definition/);
  });

  it('shows — for the success rate when nothing was decided and nothing completed', () => {
    const current = analytics({ callsStatusOverview: emptyStatus() });
    assert.equal(kpi(buildKpis({ current, previous: null }), 'successRate').text, '—');
  });

  it('weights the average duration by the calls of each day', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 1 }), bucket(D2, { totalCalls: 3 })],
      // Given out of order: sorting must not matter.
      callsAverageTimeLine: [
        { date: D2, averageCallDuration: 200 },
        { date: D1, averageCallDuration: 100 },
      ],
    });
    const k = kpi(buildKpis({ current, previous: null }), 'averageDuration');
    // (100×1 + 200×3) / 4 = 175 s; a plain mean would say 150 s.
    assert.equal(k.value, 175);
    assert.equal(k.text, '2:55');
    assert.equal(k.detail, null);
  });

  it('falls back to a plain mean when call counts are missing, and says so', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 1 })],
      callsAverageTimeLine: [
        { date: D1, averageCallDuration: 100 },
        { date: D2, averageCallDuration: 200 },
      ],
    });
    const k = kpi(buildKpis({ current, previous: null }), 'averageDuration');
    assert.equal(k.value, 150);
    assert.match(k.detail ?? '', /mean of daily averages/);
    assert.match(k.tooltip, /Plain mean/);
  });

  it('sums the cost and divides by the calls for the cost per call, in the currency label', () => {
    const current = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 10 }),
      callsCostTimeLine: [
        { date: D1, totalPrice: 3, averageCostPerCall: 0.5 },
        { date: D2, totalPrice: 2, averageCostPerCall: 0.5 },
      ],
    });
    const credits = kpi(buildKpis({ current, previous: null }), 'totalCost');
    assert.equal(credits.text, '5.00 credits');
    assert.equal(credits.detail, '0.50 credits per call');
    const eur = kpi(buildKpis({ current, previous: null }, { currencyLabel: 'EUR' }), 'totalCost');
    assert.equal(eur.text, '5.00 EUR');
  });

  it('defines sentiment as the positive share of all rated calls', () => {
    const current = analytics({ callsSentimentOverview: { negative: 1, slightlyNegative: 1, neutral: 2, slightlyPositive: 2, positive: 4 } });
    const k = kpi(buildKpis({ current, previous: null }), 'sentiment');
    assert.equal(k.value, 60);
    assert.equal(k.text, '60%');
    assert.match(k.tooltip, /positive or slightly positive/);
  });

  it('names the top label as text and compares its count with the previous period', () => {
    const labels = (booked: number) => [
      { id: 'a', name: '<b>Booked</b>', color: '#00ff00', count: booked },
      { id: 'b', name: 'Other', color: null, count: 3 },
    ];
    const k = kpi(buildKpis({ current: analytics({ callLabelCount: labels(10) }), previous: analytics({ callLabelCount: labels(8) }) }), 'topLabel');
    assert.equal(k.text, '<b>Booked</b>');
    assert.equal(k.delta.text, '▲ 25 %');
  });
});

describe('analytics view model: deltas', () => {
  const withCalls = (n: number | null) => analytics({ callsStatusOverview: emptyStatus({ totalCalls: n }) });

  it('shows ▲ and ▼ with the relative change', () => {
    assert.equal(kpi(buildKpis({ current: withCalls(110), previous: withCalls(100) }), 'totalCalls').delta.text, '▲ 10 %');
    assert.equal(kpi(buildKpis({ current: withCalls(95), previous: withCalls(100) }), 'totalCalls').delta.text, '▼ 5 %');
  });

  it('says "new" when the previous period had none, and — when unknown', () => {
    assert.equal(kpi(buildKpis({ current: withCalls(5), previous: withCalls(0) }), 'totalCalls').delta.direction, 'new');
    assert.equal(kpi(buildKpis({ current: withCalls(5), previous: null }), 'totalCalls').delta.text, '—');
    assert.equal(kpi(buildKpis({ current: withCalls(5), previous: withCalls(null) }), 'totalCalls').delta.text, '—');
  });

  it('gives rate changes in percentage points', () => {
    const rate = (s: number, u: number) => analytics({ callsStatusOverview: emptyStatus({ totalCalls: s + u, successful: s, unsuccessful: u }) });
    const d = kpi(buildKpis({ current: rate(60, 40), previous: rate(50, 50) }), 'successRate').delta;
    assert.equal(d.text, '▲ 10 pp');
    assert.match(d.description, /percentage points/);
  });
});

describe('analytics view model: sections', () => {
  it('sorts timelines by date and tolerates gaps', () => {
    const current = analytics({
      callsSuccessRateTimeLine: [
        { date: D3, successRatePercentage: 30 },
        { date: D1, successRatePercentage: 10 },
      ],
    });
    const chart = buildDashboardModel({ current, previous: null }).charts.find((c) => c.id === 'callsSuccessRateTimeLine');
    assert.deepEqual(chart?.series[0].values, [10, 30]);
    assert.deepEqual(chart?.categories, ['Mar 1', 'Mar 3']);
  });

  it('reads rates as fractions only when the days\' counts say so, and says so', () => {
    // 4 of 5 rated calls = 80 %: the API's 0.8 is a fraction, the counts prove it.
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 5, successful: 4, unsuccessful: 1 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.8 }],
    });
    const chart = buildDashboardModel({ current, previous: null }).charts.find((c) => c.id === 'callsSuccessRateTimeLine');
    assert.equal(chart?.series[0].texts[0], '80%');
    assert.ok(chart?.notes.some((n) => /fractions \(0–1\)/.test(n)));
  });

  it('detects a 1-based weekday when any value is 7, and states the assumption', () => {
    const zero = weekGrid([{ dayOfWeek: 0, hourOfDay: 9, count: 4 }]);
    assert.equal(zero.oneBased, false);
    assert.equal(zero.counts[0][9], 4);
    const one = weekGrid([
      { dayOfWeek: 7, hourOfDay: 9, count: 2 },
      { dayOfWeek: 1, hourOfDay: 10, count: 3 },
    ]);
    assert.equal(one.oneBased, true);
    assert.equal(one.counts[6][9], 2, '7 = Saturday');
    assert.equal(one.counts[0][10], 3, '1 = Sunday');
    const model = buildDashboardModel({ current: analytics({ callsByHourDayOfWeeks: [{ dayOfWeek: 7, hourOfDay: 1, count: 1 }] }), previous: null });
    assert.ok(model.charts.find((c) => c.id === 'callsByHourDayOfWeeks')?.notes.some((n) => /1 = Sunday/.test(n)));
  });

  it('drops hours outside 0–23 and days outside the week, and counts them in a note', () => {
    const entries = [
      { dayOfWeek: 1, hourOfDay: 24, count: 5 },
      { dayOfWeek: -1, hourOfDay: 3, count: 5 },
      { dayOfWeek: 2, hourOfDay: 3.5, count: 5 },
      { dayOfWeek: 2, hourOfDay: 3, count: 6 },
      { dayOfWeek: 2, hourOfDay: 3, count: 1 },
    ];
    const grid = weekGrid(entries);
    assert.equal(grid.dropped, 3);
    assert.equal(grid.counts[2][3], 7, 'duplicate cells add up');
    const chart = buildDashboardModel({ current: analytics({ callsByHourDayOfWeeks: entries }), previous: null }).charts.find((c) => c.id === 'callsByHourDayOfWeeks');
    assert.ok(chart?.notes.some((n) => n.startsWith('3 entries')));
    assert.equal(chart?.heatmap?.max, 7);
  });

  it('leaves out zero outbound-only statuses with a note, and keeps them when non-zero', () => {
    const quiet = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3, successful: 3 }) }), previous: null });
    const chart = quiet.charts.find((c) => c.id === 'callsStatusOverview');
    assert.ok(!chart?.categories.includes('Voicemail left'));
    assert.ok(chart?.notes.some((n) => /Voicemail left/.test(n)));
    const noisy = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3, voiceMailLeft: 2 }) }), previous: null });
    assert.ok(noisy.charts.find((c) => c.id === 'callsStatusOverview')?.categories.includes('Voicemail left'));
  });

  it('lists what the API did not provide, but not the optional pickup rate', () => {
    const model = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1, error: null }) }), previous: null });
    const note = model.notes.find((n) => n.startsWith('Not provided by the API:'));
    assert.ok(note);
    assert.match(note, /callsStatusOverview\.error/);
    assert.match(note, /callsSentimentOverview/);
    assert.doesNotMatch(note, /Pickup/i);
    assert.equal(model.charts.some((c) => c.id === 'callsPickupRateTimeLine'), false);
  });

  it('marks a range with zero calls as empty', () => {
    assert.equal(buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus() }), previous: null }).empty, true);
    assert.equal(buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1 }) }), previous: null }).empty, false);
  });

  it('uses validated label colours and falls back for hostile ones', () => {
    const current = analytics({
      callLabelCount: [
        { id: 'a', name: 'ok', color: '#ff0000', count: 3 },
        { id: 'b', name: 'bad', color: 'red;background:url(x)', count: 2 },
        { id: 'c', name: 'int', color: 0x00ff00, count: 1 },
      ],
    });
    const chart = buildDashboardModel({ current, previous: null }).charts.find((c) => c.id === 'callLabelCount');
    assert.deepEqual(chart?.series[0].pointColors, ['#ff0000', null, '#00ff00']);
    assert.ok(chart?.notes.some((n) => n.startsWith('1 label colours')));
  });

  it('shows — for numbers that are not finite', () => {
    const current = analytics({ callsCostTimeLine: [{ date: D1, totalPrice: Number.NaN, averageCostPerCall: Number.POSITIVE_INFINITY }] });
    const chart = buildDashboardModel({ current, previous: null }).charts.find((c) => c.id === 'callsCostTimeLine');
    assert.deepEqual(chart?.table.rows[0].slice(1), ['—', '—']);
  });
});

describe('keyFigures (tree)', () => {
  it('returns the six figures in order with values and deltas', () => {
    const current = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 100, successful: 30, unsuccessful: 10 }),
      callsStatusTimeLine: [bucket(D1, { totalCalls: 100 })],
      callsAverageTimeLine: [{ date: D1, averageCallDuration: 161 }],
      callsCostTimeLine: [{ date: D1, totalPrice: 12.5, averageCostPerCall: 0.125 }],
      callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: 1, slightlyPositive: 1, positive: 2 },
      callLabelCount: [{ id: 'l', name: 'Booking', color: null, count: 7 }],
    });
    const previous = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 80, successful: 30, unsuccessful: 30 }), callLabelCount: [] });
    const figures = keyFigures({ current, previous });
    assert.deepEqual(figures.map((f) => f.id), ['totalCalls', 'successful', 'averageDuration', 'totalCost', 'sentiment', 'topLabel']);
    assert.deepEqual(
      figures.map((f) => [f.value, f.delta]),
      [
        ['100', '▲ 25 %'],
        ['75%', '▲ 25 pp'],
        ['2:41', '—'],
        ['12.50 credits', '—'],
        ['75%', '—'],
        ['Booking', 'new'],
      ],
    );
  });
});
