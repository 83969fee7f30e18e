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
  // Built in each test, not while the file loads (a model built at load time makes its code "static" for Stryker).
  const charts = () => buildDashboardModel({ current, previous }).charts;

  it('puts day n of the previous period on day n of this range, with gaps where it has none', () => {
    const overlay = previousOverlay(charts(), previous, 7 * DAY_MS, l10n);
    const line = overlay.callsAverageTimeLine;
    assert.ok(line, 'an overlay for the average duration');
    assert.deepEqual(line.values, [30, 40, null, 50, 55, 65, 75]);
    assert.equal(line.label, 'Previous period');
    assert.equal(line.dashed, true);
    assert.equal(line.texts[0], '0:30');
  });

  it('rounds the shift to whole days, as the buckets start on days', () => {
    const range = { from: new Date(Date.parse(day(7)) + 10 * 3_600_000).toISOString(), to: day(14) };
    const field = overlayField(charts(), { current, previous, range, previousRange: previousPeriod(range) }, l10n);
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
    const model = { ...buildDashboardModel({ current, previous }), ...overlayField(charts(), { current, previous, range: { from: day(7), to: day(14) }, previousRange: { from: day(0), to: day(7) } }, l10n) };
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

describe('dashboard overlay: which lines get one', () => {
  function week(first: number, rates: number[], pickups: number[] | null) {
    return analytics({
      callsStatusTimeLine: rates.map((_, i) => bucket(day(first + i), { totalCalls: 10, successful: 1, unsuccessful: 9 })),
      callsAverageTimeLine: rates.map((r, i) => ({ date: day(first + i), averageCallDuration: r * 2 })),
      callsSuccessRateTimeLine: rates.map((r, i) => ({ date: day(first + i), successRatePercentage: r })),
      callsPickupRateTimeLine: pickups === null ? null : pickups.map((p, i) => ({ date: day(first + i), pickupRatePercentage: p })),
    });
  }
  const current = week(7, [50, 60, 70], [80, 85, 90]);
  const previous = week(0, [40, 45, 55], [70, 75, 72]);
  const charts = () => buildDashboardModel({ current, previous }).charts;

  it('lays the previous period under each daily line: duration, success rate and pickup rate, in grey', () => {
    const overlay = previousOverlay(charts(), previous, 7 * DAY_MS, l10n);
    assert.deepEqual(Object.keys(overlay).sort(), ['callsAverageTimeLine', 'callsPickupRateTimeLine', 'callsSuccessRateTimeLine']);
    assert.deepEqual(overlay.callsSuccessRateTimeLine?.values, [40, 45, 55]);
    assert.deepEqual(overlay.callsSuccessRateTimeLine?.texts, ['40%', '45%', '55%']);
    assert.deepEqual(overlay.callsPickupRateTimeLine?.values, [70, 75, 72]);
    assert.deepEqual(overlay.callsAverageTimeLine?.texts, ['1:20', '1:30', '1:50']);
    for (const line of Object.values(overlay)) {
      assert.equal(line?.color, 'grey');
      assert.equal(line?.dashed, true);
      assert.equal(line?.label, 'Previous period');
    }
  });

  it('draws no pickup line for a previous period that had no pickup rate', () => {
    const before = week(0, [40, 45, 55], null);
    const overlay = previousOverlay(charts(), before, 7 * DAY_MS, l10n);
    assert.deepEqual(Object.keys(overlay).sort(), ['callsAverageTimeLine', 'callsSuccessRateTimeLine']);
  });

  it('writes — for a day the previous period has no value for', () => {
    const gappy = analytics({ ...previous, callsSuccessRateTimeLine: [{ date: day(0), successRatePercentage: 40 }, { date: day(2), successRatePercentage: 55 }] });
    const line = previousOverlay(charts(), gappy, 7 * DAY_MS, l10n).callsSuccessRateTimeLine;
    assert.deepEqual(line?.values, [40, null, 55]);
    assert.deepEqual(line?.texts, ['40%', '—', '55%']);
  });

  it('adds nothing when no day lines up, when this range\'s line is missing or empty, or when it is not a line', () => {
    assert.deepEqual(previousOverlay(charts(), previous, 30 * DAY_MS, l10n), {}, 'no day in common');
    assert.deepEqual(previousOverlay([], previous, 7 * DAY_MS, l10n), {}, 'no charts');
    const emptyNow = week(7, [50, 60, 70], [80, 85, 90]);
    const noDurations = buildDashboardModel({ current: { ...emptyNow, callsAverageTimeLine: [7, 8, 9].map((n) => ({ date: day(n), averageCallDuration: null })) }, previous }).charts;
    assert.equal(previousOverlay(noDurations, previous, 7 * DAY_MS, l10n).callsAverageTimeLine, undefined, 'nothing drawn this range');
    const asBars = charts().map((c) => (c.id === 'callsSuccessRateTimeLine' ? { ...c, kind: 'bar' as const } : c));
    assert.equal(previousOverlay(asBars, previous, 7 * DAY_MS, l10n).callsSuccessRateTimeLine, undefined, 'bars get no line');
  });

  it('is left out of the model without both periods\' dates or when nothing lines up', () => {
    const range = { from: day(7), to: day(10) };
    const previousRange = { from: day(0), to: day(3) };
    assert.ok(overlayField(charts(), { current, previous, range, previousRange }, l10n).previousOverlay?.callsSuccessRateTimeLine);
    assert.deepEqual(overlayField(charts(), { current, previous, previousRange }, l10n), {});
    assert.deepEqual(overlayField(charts(), { current, previous, range }, l10n), {});
    assert.deepEqual(overlayField(charts(), { current, previous: null, range, previousRange }, l10n), {});
    assert.deepEqual(overlayField(charts(), { current, previous, range, previousRange: { from: day(-30), to: day(-27) } }, l10n), {});
  });
});
