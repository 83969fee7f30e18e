/**
 * Issue 11, points 8–11: every rate on screen is the API's or an exact, stated derivation.
 * Each test is named after what a user would notice.
 */
import assert from 'node:assert/strict';
import { buildKpis } from '../../src/analytics/kpis';
import { buildDashboardModel } from '../../src/analytics/model';
import { keyFigures } from '../../src/analytics/keyFigures';
import { mergeAnalytics } from '../../src/api/merge';
import { analyticsSchema, type InboundAnalytics } from '../../src/api/schemas';
import type { ModelChart } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';
const D3 = '2026-03-03T00:00:00Z';

function successChart(current: InboundAnalytics): ModelChart {
  const chart = buildDashboardModel({ current, previous: null }).charts.find((c) => c.id === 'callsSuccessRateTimeLine');
  assert.ok(chart);
  return chart;
}

describe('truth: rate scales (issue 11, point 8)', () => {
  it('shows a real 0.5 % day as 0.5 %, not as 50 %', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 200, successful: 1, unsuccessful: 199 }), bucket(D2, { totalCalls: 100, successful: 1, unsuccessful: 99 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.5 }, { date: D2, successRatePercentage: 1 }],
    });
    const chart = successChart(current);
    assert.deepEqual(chart.series[0].texts, ['0.5%', '1%']);
    assert.ok(chart.notes.some((n) => /checked against the days' successful and not successful counts/.test(n)), chart.notes.join(' | '));
  });

  it('says the scale was assumed when no daily counts can check it', () => {
    const chart = successChart(analytics({ callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.5 }] }));
    assert.equal(chart.series[0].texts[0], '0.5%');
    assert.ok(chart.notes.some((n) => /read as 0–100 % as the field's name says; the response has no daily counts/.test(n)), chart.notes.join(' | '));
  });

  it('keeps a year of sub-1 % days on one scale across the split-range merge (no "0.8 %, 80 %, 0.8 %")', () => {
    const parse = (json: Record<string, unknown>) => analyticsSchema.parse(json);
    // 0–100 scale: 0.8 % = 1 of 125. The boundary day D2 is split across the two windows.
    const first = parse({
      callsStatusTimeLine: [{ date: D1, totalCalls: 125, successful: 1, unsuccessful: 124 }, { date: D2, totalCalls: 60, successful: 0, unsuccessful: 60 }],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.8 }, { date: D2, successRatePercentage: 0 }],
    });
    const second = parse({
      callsStatusTimeLine: [{ date: D2, totalCalls: 65, successful: 1, unsuccessful: 64 }, { date: D3, totalCalls: 125, successful: 1, unsuccessful: 124 }],
      callsSuccessRateTimeLine: [{ date: D2, successRatePercentage: 1.5384615 }, { date: D3, successRatePercentage: 0.8 }],
    });
    const merged = mergeAnalytics([first, second]);
    assert.deepEqual(merged.callsSuccessRateTimeLine?.map((b) => b.successRatePercentage), [0.8, 0.8, 0.8]);
    assert.deepEqual(successChart(merged).series[0].texts, ['0.8%', '0.8%', '0.8%']);
  });

  it('keeps a series sent as fractions on 0–1 across the merge, and draws it as percentages', () => {
    const parse = (json: Record<string, unknown>) => analyticsSchema.parse(json);
    const first = parse({
      callsStatusTimeLine: [{ date: D1, totalCalls: 4, successful: 3, unsuccessful: 1 }, { date: D2, totalCalls: 2, successful: 1, unsuccessful: 1 }],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0.75 }, { date: D2, successRatePercentage: 0.5 }],
    });
    const second = parse({
      callsStatusTimeLine: [{ date: D2, totalCalls: 2, successful: 2, unsuccessful: 0 }],
      callsSuccessRateTimeLine: [{ date: D2, successRatePercentage: 1 }],
    });
    const merged = mergeAnalytics([first, second]);
    assert.deepEqual(merged.callsSuccessRateTimeLine?.map((b) => b.successRatePercentage), [0.75, 0.75]);
    const chart = successChart(merged);
    assert.deepEqual(chart.series[0].texts, ['75%', '75%']);
    assert.ok(chart.notes.some((n) => /fractions \(0–1\)/.test(n)));
  });
});

describe('truth: missing counters (issue 11, point 9)', () => {
  it('shows — with the reason when the not-successful count is missing, never "100 %, 40 of 40 rated"', () => {
    const current = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 60, successful: 40, unsuccessful: null }) });
    const k = buildKpis({ current, previous: null }).find((x) => x.id === 'successRate');
    assert.equal(k?.text, '—');
    assert.equal(k?.value, null);
    assert.match(k?.detail ?? '', /Not provided by the API: the not successful count/);
    assert.doesNotMatch(k?.detail ?? '', /rated/);
  });

  it('does not fill a missing day of the status timeline with 0 to make up a rate', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { successful: 3, unsuccessful: 1 }), bucket(D2, { successful: 2, unsuccessful: null })],
    });
    const k = buildKpis({ current, previous: null }).find((x) => x.id === 'successRate');
    assert.equal(k?.text, '—');
  });

  it('shows — for the positive-sentiment share when one sentiment counter is missing', () => {
    const current = analytics({ callsSentimentOverview: { negative: null, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 5 } });
    assert.equal(buildKpis({ current, previous: null }).find((x) => x.id === 'sentiment')?.text, '—');
  });
});

describe('truth: real 0 % and days without a rated call (issue 11, point 10)', () => {
  it('draws an all-0 % success series instead of "Nothing to show"', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 3, unsuccessful: 3 }), bucket(D2, { totalCalls: 2, unsuccessful: 2 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 0 }, { date: D2, successRatePercentage: 0 }],
    });
    const chart = successChart(current);
    assert.equal(chart.empty, false);
    assert.deepEqual(chart.series[0].values, [0, 0]);
  });

  it('leaves a gap with a note for a day without a success definition, instead of drawing 0 %', () => {
    const current = analytics({
      callsStatusTimeLine: [bucket(D1, { totalCalls: 4, successful: 1, unsuccessful: 3 }), bucket(D2, { totalCalls: 5, completed: 5 })],
      callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 25 }, { date: D2, successRatePercentage: 0 }],
    });
    const chart = successChart(current);
    assert.deepEqual(chart.series[0].values, [25, null]);
    assert.equal(chart.table.rows[1][1], '—');
    assert.ok(chart.notes.some((n) => /^1 days had no rated call/.test(n)), chart.notes.join(' | '));
  });
});

describe('truth: one figure, one delta in the tree and the card (issue 11, point 11)', () => {
  const rate = (s: number, u: number, completed = 0) =>
    analytics({ callsStatusOverview: emptyStatus({ totalCalls: s + u + completed, successful: s, unsuccessful: u, completed }) });

  it('gives the tree the same success-rate figure and points delta as the KPI card', () => {
    // Count up 20 % (50 → 60), rate down 10 points (50 % → 40 %): the old tree said "▲ 20 %" beside "40%".
    const input = { current: rate(60, 90), previous: rate(50, 50) };
    const card = buildKpis(input).find((k) => k.id === 'successRate');
    const row = keyFigures(input).find((f) => f.id === 'successful');
    assert.equal(card?.delta.text, '▼ 10 pp');
    assert.equal(row?.delta, card?.delta.text);
    assert.equal(row?.value, card?.text);
    assert.equal(row?.label, card?.label);
  });

  it('shows no delta in either place when there is no success definition', () => {
    const input = { current: rate(0, 0, 40), previous: rate(0, 0, 30) };
    assert.equal(buildKpis(input).find((k) => k.id === 'successRate')?.delta.text, '—');
    const row = keyFigures(input).find((f) => f.id === 'successful');
    assert.equal(row?.delta, '—');
    assert.equal(row?.value, 'No success definition');
  });
});
