/**
 * Which scale a campaign's success rate is on (0–100 or 0–1), voted by the days' own counts: what the
 * success-rate chart and KPI show as "40 %" rather than "0.4 %" or "4 000 %" rests on it.
 */
import assert from 'node:assert/strict';
import { rateOnScale, rateScaleFromCounts, type RateObservation } from '../../src/api/rateScale';

const day = (value: number | null, successful: number | null, unsuccessful: number | null): RateObservation => ({ value, successful, unsuccessful });

describe('success-rate scale from the days\' counts', () => {
  it('reads 40 for 4 of 10 as percent and 0.4 as a fraction', () => {
    assert.equal(rateScaleFromCounts([day(40, 4, 6)]), 'percent');
    assert.equal(rateScaleFromCounts([day(0.4, 4, 6)]), 'fraction');
  });

  it('accepts a server that rounds: half a point off, or 1 % of the rate when that is more', () => {
    assert.equal(rateScaleFromCounts([day(50.5, 1, 1)]), 'percent', 'exactly half a point off 50 %');
    assert.equal(rateScaleFromCounts([day(79.3, 8, 2)]), 'percent', '0.7 off 80 %: within 1 % of the rate');
    assert.equal(rateScaleFromCounts([day(0.333, 1, 2)]), 'fraction');
  });

  it('lets no day vote whose value matches neither reading', () => {
    assert.equal(rateScaleFromCounts([day(47, 1, 1)]), null, '3 points off 50 %, and far off 0.5');
  });

  it('lets no day vote that both readings match: 0.005 for a day at 0.5 % is its fraction, and read as 0.005 % still within half a point', () => {
    assert.equal(rateScaleFromCounts([day(0.005, 1, 199)]), null);
  });

  it('lets no day vote that is about as close to both readings (1 % sent as 0.005)', () => {
    assert.equal(rateScaleFromCounts([day(0.005, 1, 99)]), null);
  });

  it('lets no day vote without both counts, without a decided call, or with a value that is not a number', () => {
    assert.equal(rateScaleFromCounts([day(0.3, null, 4)]), null);
    assert.equal(rateScaleFromCounts([day(0.3, 4, null)]), null);
    assert.equal(rateScaleFromCounts([day(null, 4, 6)]), null);
    assert.equal(rateScaleFromCounts([day(Number.NaN, 4, 6)]), null);
    assert.equal(rateScaleFromCounts([day(Number.POSITIVE_INFINITY, 4, 6)]), null);
    assert.equal(rateScaleFromCounts([day(40, 0, 0)]), null);
  });

  it('goes with the majority of the days that vote, and says nothing on a tie', () => {
    assert.equal(rateScaleFromCounts([day(40, 4, 6), day(0.5, 1, 1), day(25, 1, 3)]), 'percent');
    assert.equal(rateScaleFromCounts([day(0.4, 4, 6), day(0.5, 1, 1), day(25, 1, 3)]), 'fraction');
    assert.equal(rateScaleFromCounts([day(40, 4, 6), day(0.5, 1, 1)]), null);
    assert.equal(rateScaleFromCounts([]), null);
  });

  it('computes a rate on the scale it was given (percent when unknown)', () => {
    assert.equal(rateOnScale(1, 4, 'fraction'), 0.25);
    assert.equal(rateOnScale(1, 4, 'percent'), 25);
    assert.equal(rateOnScale(1, 4, null), 25);
  });
});
