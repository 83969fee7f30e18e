/** What the view model uses when a setting is left alone, and the settings it accepts. */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { inputFromPair, isWeekdayBase, resolveOptions } from '../../src/analytics/options';
import type { AnalyticsPair, AnalyticsResult } from '../../src/api/types';
import { analytics, emptyStatus } from './analytics.fixtures';

describe('view model options', () => {
  it('defaults to English, "credits", weekdays told by the data, UTC hours and an inbound campaign', () => {
    const l10n = resolveOptions();
    assert.equal(l10n.currency, 'credits');
    assert.equal(l10n.locale, 'en');
    assert.equal(l10n.weekdayBase, 'auto');
    assert.equal(l10n.displayTimeZone, 'utc');
    assert.equal(l10n.campaignKind, 'inbound');
    assert.equal(l10n.t('{0} days', 3), '3 days');
    assert.deepEqual(resolveOptions({}), l10n);
  });

  it('takes each setting the host passes', () => {
    const t = (message: string, ...args: Array<string | number>) => `«${message}»${args.join('/')}`;
    const l10n = resolveOptions({ currencyLabel: ' EUR ', locale: 'de-DE', t, weekdayBase: 'sunday1', displayTimeZone: 'Europe/Berlin', campaignKind: 'outbound' });
    assert.equal(l10n.currency, 'EUR');
    assert.equal(l10n.locale, 'de-DE');
    assert.equal(l10n.t('x', 1), '«x»1');
    assert.equal(l10n.weekdayBase, 'sunday1');
    assert.equal(l10n.displayTimeZone, 'Europe/Berlin');
    assert.equal(l10n.campaignKind, 'outbound');
  });

  it('names the fallback currency in the user\'s language, and an empty locale is English', () => {
    const t = (message: string) => (message === 'credits' ? 'Guthaben' : message);
    assert.equal(resolveOptions({ t }).currency, 'Guthaben');
    assert.equal(resolveOptions({ t, currencyLabel: '' }).currency, 'Guthaben');
    assert.equal(resolveOptions({ locale: '' }).locale, 'en');
  });

  it('shows costs in the currency label and formats numbers in the locale on the dashboard', () => {
    const current = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1234 }), callsCostTimeLine: [{ date: '2026-03-01T00:00:00Z', totalPrice: 5, averageCostPerCall: 0.5 }] });
    const plain = buildDashboardModel({ current, previous: null });
    assert.equal(plain.currency, 'credits');
    assert.equal(plain.locale, 'en');
    assert.equal(plain.kpis.find((k) => k.id === 'totalCalls')?.text, '1,234');
    const german = buildDashboardModel({ current, previous: null }, { locale: 'de-DE', currencyLabel: 'EUR' });
    assert.equal(german.currency, 'EUR');
    assert.equal(german.kpis.find((k) => k.id === 'totalCalls')?.text, '1.234');
  });

  it('accepts only the three weekday bases of nlpearl.weekdayBase', () => {
    for (const base of ['auto', 'sunday0', 'sunday1']) assert.equal(isWeekdayBase(base), true, base);
    for (const other of ['monday1', 'Auto', '', 0, 7, null, undefined, ['auto']]) assert.equal(isWeekdayBase(other), false, String(other));
  });

  it('reads the cached pair as this period, the previous one and their dates', () => {
    const result = (calls: number, from: string, to: string): AnalyticsResult =>
      ({ analytics: analytics({ callsStatusOverview: emptyStatus({ totalCalls: calls }) }), json: {}, windows: 1, range: { from, to }, fetchedAt: 0 }) as unknown as AnalyticsResult;
    const current = result(10, '2026-03-08T00:00:00.000Z', '2026-03-14T23:59:59.999Z');
    const previous = result(7, '2026-03-01T00:00:00.000Z', '2026-03-07T23:59:59.999Z');
    const both = inputFromPair({ current, previous } as AnalyticsPair);
    assert.equal(both.current, current.analytics);
    assert.equal(both.previous, previous.analytics);
    assert.deepEqual(both.range, current.range);
    assert.deepEqual(both.previousRange, previous.range);
    const alone = inputFromPair({ current, previous: null } as AnalyticsPair);
    assert.equal(alone.previous, null);
    assert.deepEqual(alone.range, current.range);
    assert.equal(alone.previousRange, undefined, 'no previous period, no dates for it');
  });
});
