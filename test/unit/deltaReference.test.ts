/** Issue 18, point 2: what a delta is compared with, when it is not drawn, and its colour. */
import assert from 'node:assert/strict';
import { comparisonBasis, deltaTone, KPI_PREFERENCE, referenceRangeText } from '../../src/analytics/deltaReference';
import { keyFigures } from '../../src/analytics/keyFigures';
import { buildKpis } from '../../src/analytics/kpis';
import type { KpiId, ModelKpi } from '../../src/shared/protocol';
import { analytics, emptyStatus } from './analytics.fixtures';
import { inProcessTimeZone } from './processTimeZone';

const kpi = (list: ModelKpi[], id: KpiId) => {
  const found = list.find((k) => k.id === id);
  assert.ok(found, id);
  return found;
};
/** Intl.formatRange puts thin spaces around the dash. */
const plain = (text: string | null | undefined) => text?.replace(/\u2009/g, ' ') ?? null;
const PREVIOUS = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };
const calls = (n: number, cost?: number) =>
  analytics({
    callsStatusOverview: emptyStatus({ totalCalls: n, successful: Math.round(n / 2), unsuccessful: n - Math.round(n / 2) }),
    ...(cost === undefined ? {} : { callsCostTimeLine: [{ date: '2026-03-01T00:00:00', totalPrice: cost, averageCostPerCall: cost / Math.max(1, n) }] }),
  });

describe('KPI deltas with their reference (issue 18, point 2)', () => {
  inProcessTimeZone('UTC');

  it('names the previous dates and value on the card: "vs Mar 1 – 30, 2026: 1,987"', () => {
    const k = kpi(buildKpis({ current: calls(2096), previous: calls(1987), previousRange: PREVIOUS }), 'totalCalls');
    assert.equal(plain(k.reference), 'vs Mar 1 – 30, 2026: 1,987');
    assert.equal(k.delta.text, '▲ 5.5 %');
  });

  it('formats the previous value like the card does (rate, cost)', () => {
    const input = { current: calls(100, 50), previous: calls(80, 20), previousRange: PREVIOUS };
    assert.equal(plain(kpi(buildKpis(input), 'successRate').reference), 'vs Mar 1 – 30, 2026: 50%');
    assert.equal(plain(kpi(buildKpis(input), 'totalCost').reference), 'vs Mar 1 – 30, 2026: 20.00 credits');
  });

  it('says "previous period" when its dates are unknown, and nothing without a previous period', () => {
    assert.equal(plain(kpi(buildKpis({ current: calls(100), previous: calls(90) }), 'totalCalls').reference), 'previous period: 90');
    assert.equal(plain(kpi(buildKpis({ current: calls(100), previous: null }), 'totalCalls').reference), null);
  });

  it('reads a range ending at midnight as ending the day before', () => {
    assert.equal(plain(referenceRangeText({ from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' }, 'en')), 'Feb 1 – 28, 2026');
    assert.equal(referenceRangeText({ from: 'x', to: 'y' }, 'en'), null);
  });

  it('does not draw an arrow against a previous period with under 20 calls or under a quarter of the calls', () => {
    assert.equal(comparisonBasis(100, 19), 'thin');
    assert.equal(comparisonBasis(100, 24), 'thin');
    assert.equal(comparisonBasis(100, 25), 'comparable');
    assert.equal(comparisonBasis(20, 20), 'comparable');
    assert.equal(comparisonBasis(5, 0), 'none');
    assert.equal(comparisonBasis(0, 0), 'comparable');
    assert.equal(comparisonBasis(null, 10), 'unknown');
    // 18 months whose previous 18 months mostly predate the campaign: not "▲ 370 %".
    const k = kpi(buildKpis({ current: calls(4700), previous: calls(1000), previousRange: PREVIOUS }), 'totalCalls');
    assert.equal(k.delta.direction, 'thin');
    assert.equal(k.delta.text, 'too few calls before');
    assert.match(k.delta.description, /only 1000 calls/);
    assert.equal(plain(k.reference), 'vs Mar 1 – 30, 2026: 1,000', 'the previous value is still shown');
    assert.equal(kpi(buildKpis({ current: calls(40), previous: calls(12) }), 'successRate').delta.direction, 'thin', 'rates too');
  });

  it('says "new" for every figure when the previous period had no calls', () => {
    const list = buildKpis({ current: calls(40, 10), previous: calls(0, 0) });
    assert.equal(kpi(list, 'totalCalls').delta.text, 'new');
    assert.equal(kpi(list, 'totalCost').delta.text, 'new');
    assert.match(kpi(list, 'totalCost').delta.description, /no calls/);
  });

  it('colours a change by whether it is good for that figure, not by its direction', () => {
    assert.equal(deltaTone('up', 'higher'), 'good');
    assert.equal(deltaTone('down', 'higher'), 'bad');
    assert.equal(deltaTone('up', 'lower'), 'bad');
    assert.equal(deltaTone('down', 'lower'), 'good');
    assert.equal(deltaTone('up', 'neither'), 'neutral');
    assert.equal(deltaTone('thin', 'higher'), 'neutral');
    assert.equal(KPI_PREFERENCE.totalCost, 'lower');
    assert.equal(KPI_PREFERENCE.successRate, 'higher');
    const cheaper = buildKpis({ current: calls(100, 40), previous: calls(100, 50) });
    assert.equal(kpi(cheaper, 'totalCost').delta.direction, 'down');
    assert.equal(kpi(cheaper, 'totalCost').tone, 'good');
    assert.equal(kpi(cheaper, 'totalCalls').tone, 'neutral');
  });

  it('gives the tree the same thin-basis delta as the card', () => {
    const input = { current: calls(4700), previous: calls(1000) };
    assert.equal(keyFigures(input).find((f) => f.id === 'totalCalls')?.delta, kpi(buildKpis(input), 'totalCalls').delta.text);
  });
});

describe('KPI deltas: the reference at its limits', () => {
  inProcessTimeZone('UTC');

  it('compares only from 20 previous calls and a quarter of the current ones, exactly at the limits', () => {
    assert.equal(comparisonBasis(80, 20), 'comparable', '20 is a quarter of 80');
    assert.equal(comparisonBasis(81, 20), 'thin', 'under a quarter');
    assert.equal(comparisonBasis(10, 19), 'thin', 'under 20 calls, even with fewer now');
    assert.equal(comparisonBasis(0, 5), 'thin');
    assert.equal(comparisonBasis(100, undefined), 'unknown');
    assert.equal(comparisonBasis(100, null), 'unknown');
    assert.equal(comparisonBasis(5, -1), 'none');
    assert.equal(comparisonBasis(0, -1), 'comparable');
    assert.equal(comparisonBasis(-1, 0), 'comparable');
  });

  it('keeps an unknown change unknown, and colours only up and down', () => {
    const list = buildKpis({ current: calls(40), previous: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5, successful: null }) }) });
    assert.equal(kpi(list, 'successRate').delta.direction, 'unknown', 'the previous rate is unknown: not "too few calls"');
    assert.equal(kpi(list, 'totalCalls').delta.direction, 'thin');
    assert.equal(kpi(list, 'totalCalls').delta.description, 'not compared: the previous period had only 5 calls');
    assert.equal(kpi(list, 'totalCalls').tone, 'neutral');
    const none = buildKpis({ current: calls(40), previous: calls(0) });
    assert.deepEqual(kpi(none, 'totalCalls').delta, { direction: 'new', text: 'new', description: 'new: the previous period had no calls' });
    assert.equal(deltaTone('flat', 'higher'), 'neutral');
    assert.equal(deltaTone('down', 'neither'), 'neutral');
    assert.equal(deltaTone('new', 'lower'), 'neutral');
    assert.deepEqual(KPI_PREFERENCE, { totalCalls: 'neither', averageDuration: 'neither', topLabel: 'neither', successRate: 'higher', sentiment: 'higher', totalCost: 'lower' });
    const better = buildKpis({ current: calls(100), previous: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 100, successful: 10, unsuccessful: 90 }) }) });
    assert.equal(kpi(better, 'successRate').tone, 'good');
  });

  it('names no dates for a range that ends before it starts, and writes them in English when the locale is not one', () => {
    assert.equal(referenceRangeText({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' }, 'en'), null);
    assert.equal(referenceRangeText({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' }, 'en'), null);
    assert.equal(referenceRangeText({ from: '2026-03-01T00:00:00.000Z', to: 'later' }, 'en'), null);
    assert.equal(plain(referenceRangeText({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }, 'not a locale!')), 'Mar 1 – 2, 2026');
    assert.equal(plain(referenceRangeText({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }, 'de')), '1.–2. März 2026');
  });
});
