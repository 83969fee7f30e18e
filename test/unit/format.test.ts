/** The texts numbers become on screen, at their edges: rounding, small prices, big counts, other locales, bad locales. */
import assert from 'node:assert/strict';
import {
  countFormatter, currencyText, formatBucketDate, formatCost, formatCostNumber, formatCount, formatDuration, formatPercent, isShowableNumber, weekdayNames,
} from '../../src/analytics/format';

const BAD_LOCALE = 'not a locale!';

describe('number texts at their edges', () => {
  it('shows numbers up to ±2^53 only', () => {
    assert.equal(isShowableNumber(Number.MAX_SAFE_INTEGER), true);
    assert.equal(isShowableNumber(-Number.MAX_SAFE_INTEGER), true);
    assert.equal(isShowableNumber(Number.MAX_SAFE_INTEGER + 2), false);
    assert.equal(isShowableNumber(-Number.MAX_SAFE_INTEGER - 2), false);
    assert.equal(isShowableNumber('1'), false);
    assert.equal(formatCount(2 ** 60), '—');
  });

  it('rounds counts to two decimals, in the locale, in English when the locale is not one', () => {
    assert.equal(formatCount(1.005), '1.01');
    assert.equal(formatCount(2.5), '2.5');
    assert.equal(formatCount(1234.567, 'de'), '1.234,57');
    assert.equal(formatCount(1234, BAD_LOCALE), '1,234');
    assert.equal(formatCount(1234), '1,234');
  });

  it('formats a list of counts like formatCount, small whole numbers and the rest alike', () => {
    const en = countFormatter('en');
    for (const v of [0, 7, 9999, 10_000, 123_456, 2.5, 1.005, 12_345.678, -3, Number.NaN, null, undefined]) assert.equal(en(v), formatCount(v, 'en'), String(v));
    assert.equal(en(7), '7');
    assert.equal(en(7), '7', 'the second time too');
    assert.equal(countFormatter('de')(1234), '1.234');
    assert.equal(countFormatter()(12345), '12,345');
  });

  it('rounds durations to whole seconds, carrying into minutes and hours', () => {
    assert.equal(formatDuration(59.5), '1:00');
    assert.equal(formatDuration(59.4), '0:59');
    assert.equal(formatDuration(3599.6), '1:00:00');
    assert.equal(formatDuration(36_061), '10:01:01');
    assert.equal(formatDuration(600), '10:00');
    assert.equal(formatDuration(2 ** 60), '—');
  });

  it('gives small prices up to four decimals and the rest two, with the currency after', () => {
    assert.equal(formatCostNumber(0.0425), '0.0425');
    assert.equal(formatCostNumber(0.09999), '0.10');
    assert.equal(formatCostNumber(0.1), '0.10');
    assert.equal(formatCostNumber(-0.05), '-0.05');
    assert.equal(formatCostNumber(0), '0.00');
    assert.equal(formatCostNumber(1234.5, 'de'), '1.234,50');
    assert.equal(formatCostNumber(Number.NaN), '—');
    assert.equal(formatCostNumber(3), '3.00');
    assert.equal(formatCostNumber(1.2345), '1.23', 'not small: two decimals');
    assert.equal(formatCost(3, 'EUR'), '3.00 EUR');
    assert.equal(formatCost(0.5, 'EUR', 'de'), '0,50 EUR');
  });

  it('says "credits" unless a currency label is set', () => {
    assert.equal(currencyText(null), 'credits');
    assert.equal(currencyText(undefined, 'Guthaben'), 'Guthaben');
    assert.equal(currencyText('   ', 'Guthaben'), 'Guthaben');
    assert.equal(currencyText('EUR', 'Guthaben'), 'EUR');
  });

  it('gives percentages one decimal unless asked otherwise, in the locale', () => {
    assert.equal(formatPercent(12.34), '12.3%');
    assert.equal(formatPercent(12.34, 'en', 0), '12%');
    assert.equal(formatPercent(12.5, 'de'), '12,5\u00a0%');
    assert.equal(formatPercent(100), '100%');
  });

  it('writes bucket dates in the locale, with the year when asked, in English when the locale is not one', () => {
    const ms = Date.UTC(2025, 5, 1, 23, 30);
    assert.equal(formatBucketDate(ms), 'Jun 1');
    assert.equal(formatBucketDate(ms, 'de'), '1. Juni');
    assert.equal(formatBucketDate(ms, BAD_LOCALE), 'Jun 1');
    assert.equal(formatBucketDate(ms, BAD_LOCALE, true), 'Jun 1, 2025');
    assert.equal(formatBucketDate(Number.NaN), '—');
  });

  it('names the weekdays from Sunday, in the locale, in English when the locale is not one', () => {
    assert.deepEqual(weekdayNames(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    assert.deepEqual(weekdayNames(BAD_LOCALE), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    assert.equal(weekdayNames('de')[0], 'So');
  });
});
