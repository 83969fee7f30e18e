/**
 * "This range vs the previous one" on the dashboard: the previous period's daily lines laid over this range's days,
 * built from the previous period the cache fetched for the deltas — the data message carries it, no request.
 */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { resolveOptions } from '../../src/analytics/options';
import { overlayField, previousOverlay } from '../../src/analytics/overlay';
import { DAY_MS, previousPeriod } from '../../src/api/range';
import type { AnalyticsPair } from '../../src/api/types';
import { dataMessage } from '../../src/dashboard/panelMessages';
import { withOverlay } from '../../webview/overlay';
import { analytics, bucket } from './analytics.fixtures';

const l10n = resolveOptions({ locale: 'en' });
const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * DAY_MS).toISOString();

function durations(first: number, values: number[]) {
  return analytics({
    callsStatusTimeLine: values.map((_, i) => bucket(day(first + i), { totalCalls: 10 })),
    callsAverageTimeLine: values.map((v, i) => ({ date: day(first + i), averageCallDuration: v })),
  });
}

describe('dashboard overlay of the previous period', () => {
  const current = durations(7, [60, 70, 80, 90, 100, 110, 120]);
  // The previous week lacks its third day: a gap, not a shifted line.
  const previous = analytics({
    ...durations(0, [30, 40, 0, 50, 55, 65, 75]),
    callsAverageTimeLine: [0, 1, 3, 4, 5, 6].map((i) => ({ date: day(i), averageCallDuration: [30, 40, 0, 50, 55, 65, 75][i] as number })),
  });
  const charts = buildDashboardModel({ current, previous }).charts;

  it('puts day n of the previous period on day n of this range, with gaps where it has none', () => {
    const overlay = previousOverlay(charts, previous, 7 * DAY_MS, l10n);
    const line = overlay.callsAverageTimeLine;
    assert.ok(line, 'an overlay for the average duration');
    assert.deepEqual(line.values, [30, 40, null, 50, 55, 65, 75]);
    assert.equal(line.label, 'Previous period');
    assert.equal(line.dashed, true);
    assert.equal(line.texts[0], '0:30');
  });

  it('rounds the shift to whole days, as the buckets start on days', () => {
    const range = { from: new Date(Date.parse(day(7)) + 10 * 3_600_000).toISOString(), to: day(14) };
    const field = overlayField(charts, { current, previous, range, previousRange: previousPeriod(range) }, l10n);
    assert.deepEqual(field.previousOverlay?.callsAverageTimeLine?.values, [30, 40, null, 50, 55, 65, 75]);
  });

  it('comes with the data message from the pair already loaded, and only when there is a previous period', () => {
    const result = (analytics: ReturnType<typeof durations>, from: string, to: string) => ({ analytics, json: {}, windows: 1, range: { from, to }, fetchedAt: 0 });
    const pair = { current: result(current, day(7), day(14)), previous: result(previous, day(0), day(7)) } as unknown as AnalyticsPair;
    const options = { currencyLabel: '', locale: 'en', t: l10n.t };
    const range = { from: day(7), to: day(14) };
    const message = dataMessage({ pair, requestId: 1, range }, options);
    assert.deepEqual(message.model.previousOverlay?.callsAverageTimeLine?.values, [30, 40, null, 50, 55, 65, 75]);
    const alone = dataMessage({ pair: { ...pair, previous: null }, requestId: 2, range }, options);
    assert.equal(alone.model.previousOverlay, undefined);
  });

  it('adds the previous line to the chart and its values as a table column, daily charts only', () => {
    const model = { ...buildDashboardModel({ current, previous }), ...overlayField(charts, { current, previous, range: { from: day(7), to: day(14) }, previousRange: { from: day(0), to: day(7) } }, l10n) };
    const chart = model.charts.find((c) => c.id === 'callsAverageTimeLine');
    assert.ok(chart);
    const drawn = withOverlay(chart, model);
    assert.equal(drawn.series.length, 2);
    assert.equal(drawn.table.columns.at(-1), 'Previous period');
    assert.equal(drawn.table.rows[2]?.at(-1), '—');
    const weekly = { ...chart, bucket: 'week' as const };
    assert.equal(withOverlay(weekly, model), weekly, 'weekly buckets do not line up with days: no overlay');
  });
});
