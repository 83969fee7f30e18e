import assert from 'node:assert/strict';
import { currencyText, formatCost, formatCount, formatDuration, formatPercent } from '../../src/analytics/format';
import { englishTranslate } from '../../src/analytics/translate';

describe('analytics formatting', () => {
  it('formats durations as m:ss and h:mm:ss', () => {
    assert.equal(formatDuration(0), '0:00');
    assert.equal(formatDuration(161.4), '2:41');
    assert.equal(formatDuration(3600), '1:00:00');
    assert.equal(formatDuration(3725), '1:02:05');
  });

  it('shows — for anything that is not a finite number', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined]) {
      assert.equal(formatCount(bad), '—');
      assert.equal(formatDuration(bad), '—');
      assert.equal(formatPercent(bad), '—');
      assert.equal(formatCost(bad, 'credits'), '—');
    }
    assert.equal(formatDuration(-5), '—');
  });

  it('uses the locale for numbers and the currency label (or "credits") for costs', () => {
    assert.equal(formatCount(1234567, 'en'), '1,234,567');
    assert.equal(formatCount(1234567, 'de'), '1.234.567');
    assert.equal(currencyText(''), 'credits');
    assert.equal(currencyText('  USD '), 'USD');
    assert.equal(formatCost(12.5, 'USD', 'en'), '12.50 USD');
    assert.equal(formatCost(0.042, 'credits', 'en'), '0.042 credits');
  });

  it('formats percentages given on the 0–100 scale', () => {
    assert.equal(formatPercent(75, 'en'), '75%');
    assert.equal(formatPercent(33.333, 'en'), '33.3%');
  });

  it('fills {n} placeholders like vscode.l10n.t', () => {
    assert.equal(englishTranslate('{0} of {1}', 3, 'ten'), '3 of ten');
    assert.equal(englishTranslate('{2} stays', 1), '{2} stays');
  });
});
