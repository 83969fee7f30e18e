// Credit runway: balance ÷ the average daily cost of the last 7 full UTC days.
import assert from 'node:assert/strict';
import { computeRunway } from '../../src/watch/runway';
import { fullDaysBefore, utcDayOf } from '../../src/watch/days';

const NOW = Date.parse('2026-03-10T15:00:00Z');
const cost = (date: string, totalPrice: number | null) => ({ date, totalPrice, averageCostPerCall: null });

describe('watch: runway', () => {
  it('the last 7 full days are the 7 UTC days before today, oldest first', () => {
    assert.deepEqual(fullDaysBefore(NOW, 7), ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
  });

  it('a date without an offset is UTC, not local time', () => {
    assert.equal(utcDayOf('2026-03-09T23:30:00'), '2026-03-09');
    assert.equal(utcDayOf('2026-03-09T23:30:00+02:00'), '2026-03-09');
    assert.equal(utcDayOf('not a date'), undefined);
  });

  it('balance 1200 over 7 days costing 70 in all (10 a day) lasts ≈ 120 days; today and older days do not count', () => {
    const timeline = [
      ...fullDaysBefore(NOW, 7).map((d) => cost(`${d}T00:00:00Z`, 10)),
      cost('2026-03-10T00:00:00Z', 500), // today: not a full day
      cost('2026-03-01T00:00:00Z', 900), // before the 7 days
    ];
    const runway = computeRunway(1200, [timeline], NOW);
    assert.deepEqual(runway, { kind: 'days', days: 120, averageDailyCost: 10 });
  });

  it('costs of several campaigns add up; a missing day is 0, a null price is 0', () => {
    const a = [cost('2026-03-09T00:00:00Z', 35), cost('2026-03-08T00:00:00Z', null)];
    const b = [cost('2026-03-03T00:00:00Z', 35)];
    const runway = computeRunway(100, [a, b, null], NOW);
    assert.equal(runway.kind, 'days');
    assert.equal(runway.kind === 'days' && runway.averageDailyCost, 10);
    assert.equal(runway.kind === 'days' && runway.days, 10);
  });

  it('"—" with its reason: no balance, no cost history, nothing spent', () => {
    assert.deepEqual(computeRunway(null, [[cost('2026-03-09', 5)]], NOW), { kind: 'unknown', reason: 'noBalance' });
    assert.deepEqual(computeRunway(100, [], NOW), { kind: 'unknown', reason: 'noHistory' });
    assert.deepEqual(computeRunway(100, [null, [cost('2026-02-01', 5)]], NOW), { kind: 'unknown', reason: 'noHistory' });
    assert.deepEqual(computeRunway(100, [[cost('2026-03-09', 0)]], NOW), { kind: 'unknown', reason: 'noSpending' });
  });

  it('a negative balance (debt) is 0 days, never negative', () => {
    const runway = computeRunway(-50, [[cost('2026-03-09', 70)]], NOW);
    assert.equal(runway.kind === 'days' && runway.days, 0);
  });
});
