/**
 * The edges of "compared with what": a range has whole-day comparisons only when it starts exactly at a local
 * midnight (hour, minute, second and millisecond), and a range that is not one has no comparison at all (the
 * KPI cards then show no delta instead of one against a made-up period).
 */
import assert from 'node:assert/strict';
import { comparisonText } from '../../src/analytics/comparisonText';
import { englishTranslate } from '../../src/analytics/translate';
import { comparisonPeriod } from '../../src/api/comparison';
import { previousPeriod } from '../../src/api/range';
import { inProcessTimeZone } from './processTimeZone';

const text = (range: { from: string; to: string }) => {
  const c = comparisonPeriod(range);
  assert.ok(c, `no comparison for ${range.from} → ${range.to}`);
  return { range: c.range, text: comparisonText(c.label, { t: englishTranslate, locale: 'en-GB' }) };
};

describe('comparison periods: where whole days start, and ranges that are not ranges (Europe/Berlin)', () => {
  inProcessTimeZone('Europe/Berlin');
  // Local times are read inside the tests: the zone is set by a before() hook, after this body has run.
  const local = (y: number, m: number, d: number, h = 0, min = 0, sec = 0, ms = 0) => new Date(y, m, d, h, min, sec, ms).toISOString();
  const endOf12March = () => local(2026, 2, 12, 23, 59, 59, 999);

  it('three whole local days are compared with the three days before', () => {
    const c = text({ from: local(2026, 2, 10), to: endOf12March() });
    assert.equal(c.text, 'vs the 3 days before');
    assert.deepEqual(c.range, { from: local(2026, 2, 7), to: local(2026, 2, 9, 23, 59, 59, 999) });
  });

  for (const [what, time] of [
    ['05:00', [5, 0, 0, 0]],
    ['00:30', [0, 30, 0, 0]],
    ['00:00:30', [0, 0, 30, 0]],
    ['00:00:00.500', [0, 0, 0, 500]],
  ] as const) {
    it(`a range from ${what} to the end of a day is compared with the same length just before, not whole days`, () => {
      const range = { from: local(2026, 2, 10, ...time), to: endOf12March() };
      const c = text(range);
      assert.equal(c.text, 'vs the period of the same length just before');
      assert.deepEqual(c.range, previousPeriod(range));
    });
  }

  it('a range from a midnight that ends a millisecond before the next one is read as whole days; one that ends earlier is not', () => {
    const from = local(2026, 2, 10);
    assert.equal(text({ from, to: endOf12March() }).text, 'vs the 3 days before');
    const early = { from, to: local(2026, 2, 12, 23, 59, 59, 998) };
    assert.equal(text(early).text, 'vs the period of the same length just before');
  });

  it('has no comparison for a range that ends where it starts, ends before it starts, or has an unreadable end', () => {
    const at = local(2026, 2, 10);
    assert.equal(comparisonPeriod({ from: at, to: at }), undefined);
    assert.equal(comparisonPeriod({ from: endOf12March(), to: at }), undefined);
    assert.equal(comparisonPeriod({ from: 'last Tuesday', to: endOf12March() }), undefined);
    assert.equal(comparisonPeriod({ from: at, to: 'tomorrow' }), undefined);
  });
});
