import assert from 'node:assert/strict';
import { englishTranslate } from '../../src/analytics/translate';
import type { AnalyticsResult } from '../../src/api/types';
import { DataMessageCache } from '../../src/dashboard/dataMessageCache';
import { dataMessage, type DataOptions, type LoadedData } from '../../src/dashboard/panelMessages';
import { analytics } from './analytics.fixtures';

const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

function loaded(requestId: number, fetchedAt: number): LoadedData {
  const current: AnalyticsResult = { analytics: analytics(), json: {}, windows: 1, range: MARCH, fetchedAt };
  return { pair: { current, previous: null }, requestId, range: { ...MARCH, preset: 'last30' } };
}

const OPTIONS: DataOptions = { currencyLabel: 'credits', locale: 'en', t: englishTranslate, displayTimeZone: 'UTC' };

describe('the dashboard data message, built once per load', () => {
  it('the message posted on ready is the one built when the data arrived, with the same figures', () => {
    const cache = new DataMessageCache();
    const data = loaded(1, 1_700_000_000_000);
    const atFetch = cache.message(data, OPTIONS);
    const atReady = cache.message(data, { ...OPTIONS });
    assert.equal(atReady, atFetch, 'not built a second time');
    assert.deepEqual(atReady, dataMessage(data, OPTIONS));
  });

  it('a changed setting or a newer load is never answered with the old message', () => {
    const cache = new DataMessageCache();
    const first = loaded(1, 1_700_000_000_000);
    const before = cache.message(first, OPTIONS);
    const euros = cache.message(first, { ...OPTIONS, currencyLabel: 'EUR' });
    assert.deepEqual(euros, dataMessage(first, { ...OPTIONS, currencyLabel: 'EUR' }));
    assert.ok(JSON.stringify(euros).includes('EUR') && !JSON.stringify(before).includes('EUR'), 'the cost figures carry the new currency label');
    const paris = cache.message(first, { ...OPTIONS, currencyLabel: 'EUR', displayTimeZone: 'Europe/Paris' });
    assert.deepEqual(paris, dataMessage(first, { ...OPTIONS, currencyLabel: 'EUR', displayTimeZone: 'Europe/Paris' }));
    const newer = loaded(2, 1_700_000_060_000);
    const refreshed = cache.message(newer, { ...OPTIONS, currencyLabel: 'EUR', displayTimeZone: 'Europe/Paris' });
    assert.equal(refreshed.requestId, 2);
    assert.equal(refreshed.fetchedAt, 1_700_000_060_000);
  });

  it('each option of the message is part of what makes it the same: a change of any one builds it again', () => {
    const cache = new DataMessageCache();
    const data = loaded(1, 1_700_000_000_000);
    const variants: DataOptions[] = [
      { ...OPTIONS, weekdayBase: 'sunday1' },
      { ...OPTIONS, weekdayBase: 'sunday1', locale: 'de' },
      { ...OPTIONS, weekdayBase: 'sunday1', locale: 'de', campaignKind: 'outbound' },
      { ...OPTIONS, weekdayBase: 'sunday1', locale: 'de', campaignKind: 'outbound', t: (message: string) => `«${message}»` },
    ];
    let previous = cache.message(data, OPTIONS);
    for (const options of variants) {
      const message = cache.message(data, options);
      assert.notEqual(message, previous, `rebuilt for ${JSON.stringify(options)}`);
      assert.deepEqual(message, dataMessage(data, options));
      previous = message;
    }
  });
});
