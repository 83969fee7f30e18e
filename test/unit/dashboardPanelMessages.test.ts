import assert from 'node:assert/strict';
import { englishTranslate } from '../../src/analytics/translate';
import type { AnalyticsResult } from '../../src/api/types';
import type { LoadedData } from '../../src/dashboard/panelMessages';
import { campaignStatusName } from '../../src/model/campaignStatus';
import {
  campaignDisplayName,
  campaignKey,
  dataMessage,
  errorMessage,
  initMessage,
  keptData,
  loadingMessage,
  restoredRange,
  sameRange,
} from '../../src/dashboard/panelMessages';
import { hostMessageSchema, WEBVIEW_STRINGS } from '../../src/shared/protocol';
import { analytics } from './analytics.fixtures';

const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const YEAR = { from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' };

function result(fetchedAt: number, windows = 1): AnalyticsResult {
  return { analytics: analytics(), json: {}, windows, range: MARCH, fetchedAt };
}

function loaded(requestId: number, fetchedAt: number): LoadedData {
  return { pair: { current: result(fetchedAt, 2), previous: null }, requestId, range: { ...MARCH, preset: 'last30' } };
}

function assertValid(message: unknown): void {
  const parsed = hostMessageSchema.safeParse(message);
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
}

describe('dashboard panel messages', () => {
  it('loading tells how many 90-day requests a long range needs, and one for an invalid range', () => {
    const year = loadingMessage(4, YEAR);
    assertValid(year);
    assert.equal(year.windows, 5);
    assert.deepEqual(year.range, YEAR);
    assert.equal(year.preset, null);
    assert.equal(loadingMessage(5, { from: MARCH.to, to: MARCH.from }).windows, 1);
    assert.equal(loadingMessage(6, { ...MARCH, preset: 'last30' }).preset, 'last30');
  });

  it('a loading message tells the webview to drop what it shows when the host holds nothing (another source)', () => {
    const cleared = loadingMessage(8, MARCH, true);
    assertValid(cleared);
    assert.equal(cleared.clear, true);
    assert.equal('clear' in loadingMessage(9, MARCH), false, 'a refresh of the same source keeps the figures while it loads');
  });

  it('"stale" only ever means the same range: data of another range is not kept under an error', () => {
    const last = loaded(6, 1_700_000_000_000);
    assert.equal(keptData(last, { ...MARCH, preset: 'last30' }), last);
    assert.equal(keptData(last, { ...MARCH, preset: 'last7' }), undefined);
    assert.equal(keptData(last, YEAR), undefined);
    assert.equal(keptData(undefined, MARCH), undefined);
  });

  it('an error keeps the data on screen, marked stale with its fetch time', () => {
    const view = { kind: 'rateLimited', message: 'Too many requests.', action: 'retryLater' as const, retryAfterSeconds: 30 };
    const stale = errorMessage(7, view, loaded(6, 1_700_000_000_000));
    assertValid(stale);
    assert.equal(stale.stale, true);
    assert.equal(stale.fetchedAt, 1_700_000_000_000);
    assert.equal(stale.retryAfterSeconds, 30);

    const first = errorMessage(1, { kind: 'auth', message: 'Bad token.', action: 'setToken' }, undefined);
    assertValid(first);
    assert.equal(first.stale, false);
    assert.equal(first.fetchedAt, null);
    assert.equal('retryAfterSeconds' in first, false);
  });

  it('data carries the range it was loaded for, not a newer one', () => {
    const message = dataMessage(loaded(3, 1_700_000_000_000), { currencyLabel: 'EUR', locale: 'en', t: englishTranslate });
    assertValid(message);
    assert.equal(message.requestId, 3);
    assert.deepEqual(message.range, { from: MARCH.from, to: MARCH.to });
    assert.equal(message.preset, 'last30');
    assert.equal(message.windows, 2);
    assert.equal(message.fetchedAt, 1_700_000_000_000);
  });

  it('init is translated and sends only the settings the webview uses', () => {
    const t = (m: string, ...args: Array<string | number>) => `«${englishTranslate(m, ...args)}»`;
    const message = initMessage({
      campaign: { id: 'c1', name: 'Front desk', status: 'Running' },
      range: MARCH,
      isDemo: true,
      settings: { currencyLabel: 'EUR', autoRefreshMinutes: 5, defaultRange: 'last7' },
      locale: 'de',
      t,
    });
    assertValid(message);
    assert.deepEqual(message.settings, { currencyLabel: 'EUR', autoRefreshMinutes: 5 });
    const key = Object.keys(WEBVIEW_STRINGS)[0] as keyof typeof WEBVIEW_STRINGS;
    assert.equal(message.strings[key], `«${WEBVIEW_STRINGS[key]}»`);
    assert.equal(message.preset, null);
    assert.equal(message.locale, 'de');
  });

  it('names the campaign status, and words a code it does not know', () => {
    assert.equal(campaignStatusName(1), 'Running');
    assert.equal(campaignStatusName(2), 'Paused');
    assert.equal(campaignStatusName(99), 'Status 99');
    assert.equal(campaignStatusName(null), null);
  });

  it('shows the id until the campaign has a name, and notices when the list fills it in', () => {
    assert.equal(campaignDisplayName(undefined, 'c1'), 'c1');
    assert.equal(campaignDisplayName({ id: 'c1', name: '', status: null, kind: 'inbound', manual: true }, 'c1'), 'c1');
    assert.equal(campaignDisplayName({ id: 'c1', name: 'Front desk', status: 1, kind: 'inbound', manual: false }, 'c1'), 'Front desk');
    const before = campaignKey(undefined);
    assert.notEqual(campaignKey({ id: 'c1', name: 'Front desk', status: null, kind: 'inbound', manual: false }), before);
    assert.notEqual(campaignKey({ id: 'c1', name: 'Front desk', status: 1, kind: 'inbound', manual: false }), campaignKey({ id: 'c1', name: 'Front desk', status: 2, kind: 'inbound', manual: false }));
  });

  it('a preset is the same range whatever its dates; fixed ranges compare by dates', () => {
    assert.equal(sameRange({ ...MARCH, preset: 'last7' }, { ...YEAR, preset: 'last7' }), true);
    assert.equal(sameRange({ ...MARCH, preset: 'last7' }, MARCH), false);
    assert.equal(sameRange(MARCH, { ...MARCH }), true);
    assert.equal(sameRange(MARCH, YEAR), false);
  });

  it('a restored panel keeps its preset relative and its fixed dates fixed', () => {
    const preset = restoredRange({ preset: 'last7', range: YEAR });
    assert.equal(preset.preset, 'last7');
    assert.notEqual(preset.from, YEAR.from);
    assert.deepEqual(restoredRange({ preset: null, range: YEAR }), YEAR);
  });
});
