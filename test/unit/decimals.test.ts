/**
 * Merged sums of decimal amounts (a split range's costs, per-day prices) come out with the digits their inputs had:
 * the figure a user reads in the merged JSON and the CSV, not the float drift of binary addition.
 */
import assert from 'node:assert/strict';
import { decimalPlaces, roundToPlaces } from '../../src/api/decimals';
import { sumProvided } from '../../src/api/merge';

describe('decimal sums', () => {
  it('sums prices to the cents they were given in', () => {
    assert.equal(sumProvided([0.1, 0.2]), 0.3);
    assert.equal(sumProvided([1.1, 2.2]), 3.3);
    assert.equal(sumProvided([0.07, 0.07, 0.07]), 0.21);
    assert.equal(sumProvided([19.99, 0.01, 5]), 25);
    assert.equal(sumProvided([-0.1, -0.2]), -0.3);
  });

  it('keeps the finest input precision, also for amounts JavaScript writes with an exponent', () => {
    assert.equal(sumProvided([0.1, 0.02, 0.003]), 0.123);
    assert.equal(sumProvided([1.5e-7, 1.5e-8]), 1.65e-7);
    assert.equal(sumProvided([1.1e-7, 2.2e-7]), 3.3e-7);
  });

  it('leaves sums it cannot round as summed, without failing', () => {
    // 5e-324 has 324 decimal places, more than toFixed can write: the sum stays as added.
    assert.equal(sumProvided([5e-324, 5e-324]), 1e-323);
    assert.equal(sumProvided([0.5, Number.POSITIVE_INFINITY]), Number.POSITIVE_INFINITY);
    // 1.1e-99 has exactly 100 places, the most toFixed takes: still rounded.
    assert.equal(sumProvided([1.1e-99, 2.2e-99]), 3.3e-99);
    assert.ok(Number.isNaN(sumProvided([0.5, Number.NaN])));
  });

  it('counts the digits after the point of the shortest form of a number', () => {
    const cases: [number, number][] = [
      [2.5, 1],
      [-0.25, 2],
      [0.125, 3],
      [3.14159, 5],
      [1e-7, 7],
      [-1e-7, 7],
      [1.5e-7, 8],
      [1.23456e-8, 13],
      [42, 0],
      [1e21, 0],
      [Number.NaN, 0],
      [Number.POSITIVE_INFINITY, 0],
    ];
    for (const [value, places] of cases) assert.equal(decimalPlaces(value), places, String(value));
  });

  it('rounds to the places asked and reads the result back as its shortest number', () => {
    assert.equal(roundToPlaces(0.30000000000000004, 2), 0.3);
    assert.equal(roundToPlaces(2.675, 0), 3);
    assert.equal(roundToPlaces(1.6499999999999998e-7, 9), 1.65e-7);
    assert.equal(roundToPlaces(0.1, 101), 0.1);
    assert.equal(roundToPlaces(Number.NEGATIVE_INFINITY, 2), Number.NEGATIVE_INFINITY);
    assert.ok(Number.isNaN(roundToPlaces(Number.NaN, 2)));
  });
});
