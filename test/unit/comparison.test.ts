/**
 * Deltas compare like with like, in the user's zone: today so far with yesterday until the same
 * time, this month so far with the same days of last month, a calendar period with the one before
 * it — also across the DST switch (Berlin, 29 March 2026: a day of 23 hours).
 */
import assert from 'node:assert/strict';
import { comparisonText } from '../../src/analytics/comparisonText';
import { englishTranslate } from '../../src/analytics/translate';
import { comparisonPeriod } from '../../src/api/comparison';
import { rangeForPreset, type DateRange, type RangePreset } from '../../src/api/range';
import type { AnalyticsOptions, AnalyticsResult, NLPearlApi } from '../../src/api/types';
import { AnalyticsCache } from '../../src/model/analyticsCache';
import { dataMessage } from '../../src/dashboard/panelMessages';
import { hostMessageSchema } from '../../src/shared/protocol';
import { analytics } from './analytics.fixtures';
import { inProcessTimeZone } from './processTimeZone';

function compare(preset: RangePreset, now: Date) {
  const c = comparisonPeriod({ ...rangeForPreset(preset, now), preset });
  assert.ok(c, 'no comparison');
  return c;
}
const text = (c: ReturnType<typeof compare>) => comparisonText(c.label, { t: englishTranslate, locale: 'en-GB' });

describe('comparison periods, like with like (Europe/Berlin)', () => {
  inProcessTimeZone('Europe/Berlin');

  it('"today" at 11:00 is compared with yesterday until 11:00, and says so', () => {
    const c = compare('today', new Date(2026, 2, 12, 11, 0));
    // 12 March: CET, UTC+1.
    assert.deepEqual(c.range, { from: '2026-03-10T23:00:00.000Z', to: '2026-03-11T10:00:00.000Z' });
    assert.equal(text(c), 'vs yesterday until 11:00');
  });

  it('"today" the day after the DST switch is compared with the 23-hour day until the same wall-clock time', () => {
    const c = compare('today', new Date(2026, 2, 30, 11, 0));
    // 29 March began at 00:00 CET (23:00 UTC the day before) and was at 11:00 CEST by 09:00 UTC.
    assert.deepEqual(c.range, { from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T09:00:00.000Z' });
  });

  it('"yesterday" on the DST day is compared with the whole calendar day before it', () => {
    const c = compare('yesterday', new Date(2026, 2, 30, 11, 0));
    assert.deepEqual(c.range, { from: '2026-03-27T23:00:00.000Z', to: '2026-03-28T22:59:59.999Z' });
    assert.equal(text(c), 'vs the day before');
  });

  it('"this month" on the 12th is compared with 1–12 of last month, until the same time', () => {
    const c = compare('thisMonth', new Date(2026, 2, 12, 11, 0));
    assert.deepEqual(c.range, { from: '2026-01-31T23:00:00.000Z', to: '2026-02-12T10:00:00.000Z' });
    assert.equal(text(c), 'vs the same days of last month, until 11:00 on 12 Feb');
  });

  it('"this month" on 31 March is compared with all of February, not 3 March', () => {
    const c = compare('thisMonth', new Date(2026, 2, 31, 10, 15));
    assert.deepEqual(c.range, { from: '2026-01-31T23:00:00.000Z', to: '2026-02-28T22:59:59.999Z' });
  });

  it('"last month" (April, after the switch) is compared with all of March, 31 local days', () => {
    const c = compare('lastMonth', new Date(2026, 4, 5, 9, 0));
    assert.deepEqual(c.range, { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T21:59:59.999Z' });
    assert.equal(text(c), 'vs the month before');
  });

  it('"last 7 days" is compared with the 7 days before, until the same time', () => {
    const c = compare('last7', new Date(2026, 2, 31, 10, 15));
    // 25–31 March so far vs 18–24 March until 10:15 CET.
    assert.deepEqual(c.range, { from: '2026-03-17T23:00:00.000Z', to: '2026-03-24T09:15:00.000Z' });
    assert.equal(text(c), 'vs the 7 days before, until 10:15 on 24 Mar');
  });

  it('whole custom days across the switch are compared with as many local days before', () => {
    // 29–31 March, local days (the first of 23 hours).
    const range: DateRange = { from: '2026-03-28T23:00:00.000Z', to: '2026-03-31T21:59:59.999Z' };
    const c = comparisonPeriod(range);
    assert.deepEqual(c?.range, { from: '2026-03-25T23:00:00.000Z', to: '2026-03-28T22:59:59.999Z' });
    assert.equal(c && text(c), 'vs the 3 days before');
  });

  it('arbitrary instants (a command argument) fall back to the same length just before', () => {
    const c = comparisonPeriod({ from: '2026-03-10T10:30:00.000Z', to: '2026-03-10T12:30:00.000Z' });
    assert.deepEqual(c?.range, { from: '2026-03-10T08:29:59.999Z', to: '2026-03-10T10:29:59.999Z' });
    assert.equal(c && text(c), 'vs the period of the same length just before');
  });

  it('the cache asks for the like-with-like period and hands its label to the views', async () => {
    const asked: DateRange[] = [];
    const api = {
      getInboundAnalytics: (_id: string, range: DateRange, _o?: AnalyticsOptions) => {
        asked.push(range);
        return Promise.resolve({ analytics: {}, json: {}, windows: 1, range, fetchedAt: 0 } as unknown as AnalyticsResult);
      },
    } as unknown as NLPearlApi;
    const today = { ...rangeForPreset('today', new Date(2026, 2, 12, 11, 0)), preset: 'today' as const };
    const pair = await new AnalyticsCache(() => api).load('c1', today);
    assert.deepEqual(asked[1], { from: '2026-03-10T23:00:00.000Z', to: '2026-03-11T10:00:00.000Z' });
    assert.deepEqual(pair.comparison, { kind: 'yesterdayUntil', until: '2026-03-11T10:00:00.000Z' });
  });

  it('the dashboard data message says what the cards compare with', () => {
    const range = { from: '2026-03-11T23:00:00.000Z', to: '2026-03-12T10:00:00.000Z' };
    const current = { analytics: analytics(), json: {}, windows: 1, range, fetchedAt: 0 };
    const pair = { current, previous: current, comparison: { kind: 'yesterdayUntil', until: '2026-03-11T10:00:00.000Z' } as const };
    const message = dataMessage({ pair, requestId: 1, range: { ...range, preset: 'today' } }, { currencyLabel: 'credits', locale: 'en-GB', t: englishTranslate });
    assert.ok(hostMessageSchema.safeParse(message).success);
    assert.equal(message.comparison, 'vs yesterday until 11:00');
  });
});
