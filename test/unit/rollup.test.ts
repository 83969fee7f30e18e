/**
 * The overview's total row: counts summed, rates from the summed counts, durations call-weighted, cost per call
 * = summed cost / summed calls — and, as a property, exactly what one merged response of every campaign shows.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeAnalytics } from '../../src/api/merge';
import { analyticsSchema, type InboundAnalytics } from '../../src/api/schemas';
import { DAY_MS } from '../../src/api/range';
import { campaignFigures, dailyCalls, rollUp, rollupFigures, summable, sumDaily, type RollupFigures } from '../../src/analytics/rollup';
import { demoAnalyticsJson, makeDemoCampaign } from '../../src/demo/data';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    assert.equal(actual, expected, what);
    return;
  }
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);
}

function assertFiguresClose(actual: RollupFigures, expected: RollupFigures): void {
  for (const key of ['calls', 'successRate', 'averageDuration', 'cost', 'costPerCall', 'positiveShare'] as const) close(actual[key], expected[key], key);
  assert.equal(actual.noDefinition, expected.noDefinition, 'noDefinition');
}

const total = (parts: readonly InboundAnalytics[]) => rollupFigures(rollUp(parts.map(summable)));

/** A campaign of `days` days: each day's calls, successes, average duration and price given. */
function campaign(days: ReadonlyArray<{ calls: number; ok: number; bad: number; avg: number; price: number }>, sentiment = { positive: 0, neutral: 0 }): InboundAnalytics {
  const dates = days.map((_, i) => new Date(Date.UTC(2026, 2, 1) + i * DAY_MS).toISOString());
  const sum = (k: 'calls' | 'ok' | 'bad') => days.reduce((n, d) => n + d[k], 0);
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: sum('calls'), successful: sum('ok'), unsuccessful: sum('bad') }),
    callsStatusTimeLine: days.map((d, i) => bucket(dates[i] as string, { totalCalls: d.calls, successful: d.ok, unsuccessful: d.bad })),
    callsAverageTimeLine: days.map((d, i) => ({ date: dates[i] as string, averageCallDuration: d.avg })),
    callsCostTimeLine: days.map((d, i) => ({ date: dates[i] as string, totalPrice: d.price, averageCostPerCall: d.calls > 0 ? d.price / d.calls : null })),
    callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: sentiment.neutral, slightlyPositive: 0, positive: sentiment.positive },
  });
}

describe('overview roll-up', () => {
  const big = campaign([{ calls: 900, ok: 90, bad: 810, avg: 60, price: 90 }], { positive: 100, neutral: 800 });
  const small = campaign([{ calls: 100, ok: 90, bad: 10, avg: 300, price: 30 }], { positive: 90, neutral: 10 });

  it('makes the rates from the summed counts, never the average of the campaigns’ percentages', () => {
    const t = total([big, small]);
    assert.equal(t.calls, 1000);
    // 10 % and 90 % average to 50 %; the account's calls say 180 of 1000.
    close(t.successRate, 18, 'success rate');
    close(t.positiveShare, 19, 'positive share');
  });

  it('weights durations by calls and divides summed cost by summed calls', () => {
    const t = total([big, small]);
    close(t.averageDuration, (900 * 60 + 100 * 300) / 1000, 'average duration');
    close(t.cost, 120, 'cost');
    close(t.costPerCall, 0.12, 'cost per call');
  });

  it('divides the cost by the calls of the campaigns that sent a cost, not by every call', () => {
    const noCost = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 500, successful: 1, unsuccessful: 1 }) });
    const t = total([big, noCost]);
    close(t.calls, 1400, 'every campaign’s calls');
    close(t.costPerCall, (campaignFigures(big).cost ?? NaN) / 900, 'cost per call of the campaign with a cost');
  });

  it('leaves a campaign with only one of the two success counts out of the rate, on both sides', () => {
    const half = analytics({ callsStatusOverview: { ...emptyStatus({ totalCalls: 50 }), successful: 40, unsuccessful: null } as never });
    assert.equal(campaignFigures(half).successRate, null, 'no rate of its own');
    close(total([half, small]).successRate, campaignFigures(small).successRate, 'the total is the other campaign’s rate');
  });

  it('says "no success definition" only when no campaign rated any call', () => {
    const completedOnly = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5, completed: 5 }) });
    assert.equal(total([completedOnly]).noDefinition, true);
    assert.equal(total([completedOnly]).successRate, null);
    assert.equal(total([completedOnly, small]).noDefinition, false);
    close(total([completedOnly, small]).successRate, 90, 'the rated campaign decides');
  });

  it('leaves the duration unknown rather than mixing a plain mean of days into the weighted one', () => {
    const noDays = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3 }), callsAverageTimeLine: [{ date: '2026-03-01T00:00:00Z', averageCallDuration: 40 }] });
    assert.equal(campaignFigures(noDays).averageDuration, 40, 'the campaign itself shows its mean');
    assert.equal(total([noDays, small]).averageDuration, null);
  });

  it('of no campaign is unknown, not zero', () => {
    const t = total([]);
    assert.equal(t.calls, null);
    assert.equal(t.successRate, null);
    assert.equal(t.costPerCall, null);
  });

  it('sums the daily calls of the campaigns by date for the sparkline', () => {
    const days = sumDaily([dailyCalls(big), dailyCalls(small)]);
    assert.deepEqual(days.map((d) => d.calls), [1000]);
  });

  it('equals the figures of the merged responses (property, hand-made campaigns)', () => {
    const day = fc.record({ calls: fc.nat(500), share: fc.double({ min: 0, max: 1, noNaN: true }), rated: fc.double({ min: 0, max: 1, noNaN: true }), avg: fc.integer({ min: 0, max: 900 }), cents: fc.nat(20_000) });
    const campaignArb = fc.tuple(fc.array(day, { minLength: 1, maxLength: 10 }), fc.nat(400), fc.nat(400)).map(([days, positive, neutral]) =>
      campaign(
        days.map((d) => {
          const rated = Math.floor(d.calls * d.rated);
          const ok = Math.floor(rated * d.share);
          return { calls: d.calls, ok, bad: rated - ok, avg: d.avg, price: d.cents / 100 };
        }),
        { positive, neutral },
      ),
    );
    fc.assert(
      fc.property(fc.array(campaignArb, { minLength: 1, maxLength: 8 }), (campaigns) => {
        assertFiguresClose(total(campaigns), campaignFigures(mergeAnalytics(campaigns)));
      }),
      { numRuns: 200 },
    );
  });

  it('equals the figures of the merged responses (property, demo campaigns over random ranges)', function () {
    this.timeout(60_000);
    const start = Date.parse('2025-06-01T00:00:00.000Z');
    const arb = fc.record({
      seeds: fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 6 }),
      from: fc.integer({ min: start, max: start + 200 * DAY_MS }),
      days: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(arb, ({ seeds, from, days }) => {
        const range = { from: new Date(from).toISOString(), to: new Date(from + days * DAY_MS).toISOString() };
        const responses = seeds.map((seed) => {
          const c = makeDemoCampaign(seed);
          return analyticsSchema.parse(demoAnalyticsJson(c.id, range, 'v1', c));
        });
        assertFiguresClose(total(responses), campaignFigures(mergeAnalytics(responses)));
      }),
      { numRuns: 30 },
    );
  });
});

describe('overview roll-up: edges a total row meets', () => {
  const small = campaign([{ calls: 100, ok: 90, bad: 10, avg: 300, price: 30 }], { positive: 90, neutral: 10 });

  it('weights a day with a real 0-second average by its calls', () => {
    // 10 calls of 0 s and 10 of 100 s: 50 s over 20 calls, beside 20 calls of 200 s.
    const withZero = analytics({
      callsStatusTimeLine: [bucket('2026-03-01T00:00:00Z', { totalCalls: 10 }), bucket('2026-03-02T00:00:00Z', { totalCalls: 10 })],
      callsAverageTimeLine: [{ date: '2026-03-01T00:00:00Z', averageCallDuration: 0 }, { date: '2026-03-02T00:00:00Z', averageCallDuration: 100 }],
    });
    const other = analytics({
      callsStatusTimeLine: [bucket('2026-03-01T00:00:00Z', { totalCalls: 20 })],
      callsAverageTimeLine: [{ date: '2026-03-01T00:00:00Z', averageCallDuration: 200 }],
    });
    close(total([withZero, other]).averageDuration, (0 * 10 + 100 * 10 + 200 * 20) / 40, 'average duration');
  });

  it('counts a day sent twice with both halves\' calls', () => {
    const split = analytics({
      callsStatusTimeLine: [bucket('2026-03-01T00:00:00Z', { totalCalls: 10 }), bucket('2026-03-01T00:00:00Z', { totalCalls: 30 })],
      callsAverageTimeLine: [{ date: '2026-03-01T00:00:00Z', averageCallDuration: 60 }],
    });
    const other = analytics({ callsStatusTimeLine: [bucket('2026-03-02T00:00:00Z', { totalCalls: 40 })], callsAverageTimeLine: [{ date: '2026-03-02T00:00:00Z', averageCallDuration: 120 }] });
    close(total([split, other]).averageDuration, 90, 'both campaigns weigh 40 calls');
    assert.deepEqual(dailyCalls(split), [{ time: Date.UTC(2026, 2, 1), calls: 40 }]);
  });

  it('leaves a campaign with a missing sentiment counter out of the positive share', () => {
    const partial = analytics({ callsSentimentOverview: { negative: null, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 50 } });
    close(total([partial, small]).positiveShare, 90, 'only the campaign with every counter');
  });

  it('counts slightly positive calls as positive', () => {
    const mixed = analytics({ callsSentimentOverview: { negative: 5, slightlyNegative: 0, neutral: 5, slightlyPositive: 6, positive: 4 } });
    close(total([mixed]).positiveShare, 50, 'positive share');
  });

  it('is unknown, never NaN or infinite, where a total divides by zero', () => {
    const nothing = analytics({
      callsStatusOverview: emptyStatus(),
      callsStatusTimeLine: [bucket('2026-03-01T00:00:00Z', { totalCalls: 0 })],
      callsAverageTimeLine: [{ date: '2026-03-01T00:00:00Z', averageCallDuration: 60 }],
      callsCostTimeLine: [{ date: '2026-03-01T00:00:00Z', totalPrice: 5, averageCostPerCall: null }],
      callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 0 },
    });
    const t = total([nothing]);
    assert.equal(t.calls, 0);
    assert.equal(t.successRate, null);
    assert.equal(t.noDefinition, false, 'nothing completed either');
    assert.equal(t.averageDuration, null);
    assert.equal(t.cost, 5);
    assert.equal(t.costPerCall, null);
    assert.equal(t.positiveShare, null);
  });

  it('draws the sparkline with a day of unknown calls as 0, and the campaigns\' days in date order', () => {
    const a = analytics({ callsStatusTimeLine: [bucket('2026-03-02T00:00:00Z', { totalCalls: 4 }), bucket('2026-03-01T00:00:00Z', { totalCalls: null })] });
    assert.deepEqual(dailyCalls(a).map((d) => d.calls), [0, 4]);
    const days = sumDaily([[{ time: 3, calls: 1 }], [{ time: 1, calls: 2 }, { time: 3, calls: 5 }], [{ time: 2, calls: 7 }]]);
    assert.deepEqual(days, [{ time: 1, calls: 2 }, { time: 2, calls: 7 }, { time: 3, calls: 6 }]);
    assert.deepEqual(sumDaily([]), []);
  });

  it('reads one campaign\'s own figures as its dashboard does', () => {
    const f = campaignFigures(small);
    assert.deepEqual(
      { calls: f.calls, successRate: f.successRate, noDefinition: f.noDefinition, averageDuration: f.averageDuration, cost: f.cost, costPerCall: f.costPerCall, positiveShare: f.positiveShare },
      { calls: 100, successRate: 90, noDefinition: false, averageDuration: 300, cost: 30, costPerCall: 0.3, positiveShare: 90 },
    );
  });
});
